import { useResource } from '../../api/use-resource';
import { Link } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { PageHeader } from '../../ui/PageTitle';
import { EPCI_TYPE_LABELS, TERRITORY_KIND_LABELS } from '../../labels';
import { formatNumber } from '../../format';
import { getTerritory, territoryPath, type TerritoryDetail, type TerritoryRef } from './api';
import { TerritoryChildren } from './TerritoryChildren';

const RefLink = ({ t }: { t: TerritoryRef }) => <Link href={territoryPath(t.id)}>{t.name}</Link>;

function Hierarchy({ t }: { t: TerritoryDetail }) {
  const { epcis, departement, region } = t.parents;
  if (!epcis.length && !departement && !region) return null;
  return (
    <section aria-labelledby="hierarchy">
      <h2 id="hierarchy">Rattachements</h2>
      <dl className="definition-grid">
        {epcis.length > 0 && (
          <>
            <dt>Intercommunalité</dt>
            <dd>
              {epcis.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && ', '}
                  <RefLink t={e} />
                </span>
              ))}
            </dd>
          </>
        )}
        {departement && (
          <>
            <dt>Département</dt>
            <dd><RefLink t={departement} /> ({departement.code})</dd>
          </>
        )}
        {region && (
          <>
            <dt>Région</dt>
            <dd><RefLink t={region} /></dd>
          </>
        )}
      </dl>
    </section>
  );
}

function TerritoryView({ t }: { t: TerritoryDetail }) {
  const kindLabel = t.kind === 'epci' && t.epciType ? (EPCI_TYPE_LABELS[t.epciType] ?? TERRITORY_KIND_LABELS.epci) : TERRITORY_KIND_LABELS[t.kind];
  return (
    <>
      <Breadcrumbs items={[{ label: 'Territoires', href: '/territoires' }, { label: t.name }]} />
      <PageHeader title={t.name} kicker={kindLabel} />
      <dl className="definition-grid">
        <dt>Population</dt>
        <dd>{t.population === null ? 'Non renseignée' : `${formatNumber(t.population)} habitants`}</dd>
        <dt>{t.kind === 'epci' ? 'SIREN' : 'Code officiel géographique'}</dt>
        <dd>{t.code}</dd>
        {t.siren && t.kind !== 'epci' && (
          <>
            <dt>SIREN</dt>
            <dd>{t.siren}</dd>
          </>
        )}
        {t.postcodes.length > 0 && (
          <>
            <dt>{t.postcodes.length > 1 ? 'Codes postaux' : 'Code postal'}</dt>
            <dd>{t.postcodes.join(', ')}</dd>
          </>
        )}
      </dl>
      <Hierarchy t={t} />
      {t.childrenCount > 0 && <TerritoryChildren territory={t} />}
    </>
  );
}

export function TerritoryPage({ id }: { id: string }) {
  const territory = useResource((signal) => getTerritory(id, signal), [id]);
  return <Async resource={territory}>{(t) => <TerritoryView t={t} />}</Async>;
}
