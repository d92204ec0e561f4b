import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../router';
import { Button } from '../../ui/Button';
import { ErrorState, Loading } from '../../ui/AsyncState';
import { formatNumber } from '../../format';
import { listTerritoryChildren, territoryPath, type Territory, type TerritoryDetail } from './api';

const TITLES: Record<string, string> = { epci: 'Communes membres', departement: 'Communes', region: 'Départements' };

/** Children of a territory, largest first, loaded page by page ("Afficher plus"). */
export function TerritoryChildren({ territory }: { territory: TerritoryDetail }) {
  const [items, setItems] = useState<Territory[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (from: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await listTerritoryChildren(territory.id, from);
        setItems((prev) => (from ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setDone(page.nextCursor === null);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [territory.id],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const title = TITLES[territory.kind] ?? 'Territoires rattachés';
  const codeHeader = territory.kind === 'region' ? 'Code' : 'Code INSEE';
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">
        {title} ({formatNumber(territory.childrenCount)})
      </h2>
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}, par population décroissante</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">{codeHeader}</th>
                <th scope="col" className="num">Population</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row"><Link href={territoryPath(c.id)}>{c.name}</Link></th>
                  <td>{c.code}</td>
                  <td className="num">{formatNumber(c.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="small muted" role="status">
        {items.length > 0 && `${formatNumber(items.length)} affichés sur ${formatNumber(territory.childrenCount)}.`}
      </p>
      {loading && <Loading />}
      {error !== null && <ErrorState error={error} onRetry={() => load(cursor)} />}
      {!done && !loading && error === null && items.length > 0 && (
        <Button variant="secondary" onPress={() => load(cursor)}>
          Afficher plus
        </Button>
      )}
    </section>
  );
}
