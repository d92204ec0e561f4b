import { useState } from 'react';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router';
import { Async, ErrorState } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { formatDate, plural } from '../../format';
import { LateBadge, StatusBadge } from '../actions/StatusBadge';
import type { Action } from '../actions/api';
import { listActions, type ActionPage } from './api';
import { filtersToSearch, type ActionFilters } from './filters';
import type { FlatAxis } from './axis-tree';

function ActionRow({ a, axes }: { a: Action; axes: Map<string, FlatAxis> }) {
  const axis = a.axisId ? axes.get(a.axisId) : undefined;
  return (
    <tr>
      <td>{a.ref}</td>
      <th scope="row">
        <Link href={`/actions/${a.id}`}>{a.title}</Link>
        {a.parentId && <span className="small muted"> (sous-action)</span>}
      </th>
      <td>
        <span className="cluster">
          <StatusBadge status={a.status} />
          {a.late && <LateBadge />}
        </span>
      </td>
      <td>{a.pilots.map((p) => p.name).join(', ')}</td>
      <td>{formatDate(a.endDate)}</td>
      <td>{axis ? `${axis.number}. ${axis.axis.title}` : <span className="muted">Hors axe</span>}</td>
    </tr>
  );
}

/** The filtered action list, 100 at a time. */
export function ActionList({ planId, filters, axes }: { planId: string; filters: ActionFilters; axes: Map<string, FlatAxis> }) {
  const key = filtersToSearch(filters).toString();
  const first = useResource((signal) => listActions(planId, filters, null, signal), [planId, key]);
  const [more, setMore] = useState<{ key: string; pages: ActionPage[] }>({ key, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const extra = more.key === key ? more.pages : [];

  const loadMore = async (cursor: string) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listActions(planId, filters, cursor);
      setMore({ key, pages: [...extra, page] });
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Async resource={first} label="Chargement des actions…">
      {(page) => {
        const items = [...page.items, ...extra.flatMap((p) => p.items)];
        const next = extra.length ? extra[extra.length - 1].nextCursor : page.nextCursor;
        const total = page.total ?? items.length;
        return (
          <>
            <p role="status" className="action-list__count" aria-busy={first.loading}>
              {first.loading ? 'Mise à jour…' : `${plural(total, 'action')} ${total < 2 ? 'correspond' : 'correspondent'} aux filtres.`}
            </p>
            {items.length === 0 ? (
              <p className="empty">Aucune action ne correspond à ces filtres.</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">Actions du plan</caption>
                  <thead>
                    <tr>
                      <th scope="col">Réf.</th>
                      <th scope="col">Titre</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Pilotes</th>
                      <th scope="col">Fin</th>
                      <th scope="col">Axe</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((a) => (
                      <ActionRow key={a.id} a={a} axes={axes} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {moreError !== null && <ErrorState error={moreError} />}
            {next && (
              <Button variant="secondary" onPress={() => loadMore(next)} isDisabled={loadingMore}>
                {loadingMore ? 'Chargement…' : 'Afficher plus d’actions'}
              </Button>
            )}
          </>
        );
      }}
    </Async>
  );
}
