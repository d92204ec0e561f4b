import { useResource } from '../../api/use-resource';
import { Async } from '../../ui/AsyncState';
import { Alert } from '../../ui/Alert';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { PageHeader } from '../../ui/PageTitle';
import { getPlan, type PlanDetail } from '../plans/api';
import { getCatalogue, getLeverCoverage, type LeverCoverage, type PlanCoverage } from './api';
import { CoverageChart } from './CoverageChart';
import { COVERAGE_REASONS, formatPercent, formatValue, VERDICT_LABELS } from './format';
import './indicators.css';

const SECTOR_LABELS: Record<string, string> = {
  residential: 'Résidentiel',
  tertiary: 'Tertiaire',
  transport: 'Transports',
  agriculture: 'Agriculture',
  land_use: 'Usage des terres',
  industry: 'Industrie',
  waste: 'Déchets',
  energy_industry: 'Branche énergie',
};

const kt = (n: number | null) => (n === null ? '—' : formatValue(n));

function Notes({ lever: l, targetYear }: { lever: LeverCoverage; targetYear: number }) {
  const notes = [
    l.actionIds.length === 0 && 'aucune action rattachée',
    l.actionsWithoutImpact.length > 0 && `${l.actionsWithoutImpact.length} action(s) sans gain d’émissions chiffré`,
    l.actionsAfterTarget.length > 0 && `${l.actionsAfterTarget.length} action(s) commençant après ${targetYear} (non comptées)`,
    l.missing.length > 0 && 'données du territoire manquantes',
  ].filter(Boolean);
  return <>{notes.length ? notes.join(' ; ') : '—'}</>;
}

function CoverageTable({ coverage }: { coverage: PlanCoverage }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>Réduction des émissions par levier entre {coverage.referenceYear} et {coverage.targetYear} (ktCO₂e par an)</caption>
        <thead>
          <tr>
            <th scope="col">Levier</th>
            <th scope="col">Secteur</th>
            <th scope="col" className="num">Réduction nécessaire</th>
            <th scope="col" className="num">Réduction prévue</th>
            <th scope="col" className="num">Couverture</th>
            <th scope="col" className="num">Écart</th>
            <th scope="col">Bilan</th>
            <th scope="col">Remarques</th>
          </tr>
        </thead>
        <tbody>
          {coverage.levers.map((l) => (
            <tr key={l.code}>
              <th scope="row">{l.labelFr}</th>
              <td>{SECTOR_LABELS[l.sector] ?? l.sector}</td>
              <td className="num">{kt(l.neededKt)}</td>
              <td className="num">{kt(l.plannedKt)}</td>
              <td className="num">{l.coverage === null ? '—' : formatPercent(l.coverage)}</td>
              <td className="num">{kt(l.gapKt)}</td>
              <td>{VERDICT_LABELS[l.verdict]}</td>
              <td className="small"><Notes lever={l} targetYear={coverage.targetYear} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Insufficient({ coverage }: { coverage: PlanCoverage }) {
  const catalogue = useResource((signal) => getCatalogue(signal), []);
  const label = (code: string) => catalogue.data?.indicators.find((i) => i.code === code)?.labelFr ?? code;
  if (!coverage.insufficientData.length) return null;
  return (
    <Alert tone="warning" title="Données insuffisantes pour calculer la réduction à atteindre">
      <ul>
        {coverage.insufficientData.map((d) => (
          <li key={d.reason}>
            {COVERAGE_REASONS[d.reason]}
            {d.indicators.length > 0 && ` Indicateurs concernés : ${d.indicators.map(label).join(', ')}.`}
          </li>
        ))}
      </ul>
      <p>Importez les valeurs et définissez les objectifs du territoire depuis le tableau de bord de l’organisation.</p>
    </Alert>
  );
}

function CoverageView({ plan, coverage }: { plan: PlanDetail; coverage: PlanCoverage }) {
  const shown = coverage.levers.filter((l) => l.neededKt !== null || l.plannedKt > 0);
  return (
    <>
      <Insufficient coverage={coverage} />
      {shown.length ? <CoverageChart levers={shown} /> : <p className="empty">Aucune réduction nécessaire ni prévue à représenter.</p>}
      <CoverageTable coverage={coverage} />
      <p className="small muted">
        Répartition SGPE des leviers, version {coverage.leverSetVersion}. La réduction prévue additionne les gains d’émissions des actions de « {plan.title} »
        rattachées à chaque levier.
      </p>
    </>
  );
}

export function CoveragePage({ planId }: { planId: string }) {
  const plan = useResource((signal) => getPlan(planId, signal), [planId]);
  const coverage = useResource((signal) => getLeverCoverage(planId, signal), [planId]);
  return (
    <Async resource={plan}>
      {(p) => (
        <>
          <Breadcrumbs items={[{ label: p.title, href: `/plans/${p.id}` }, { label: 'Matrice des leviers', href: `/plans/${p.id}/leviers` }, { label: 'Couverture' }]} />
          <PageHeader title="Couverture des leviers en émissions" kicker={p.title}>
            <p>Pour chaque levier de la planification écologique, la réduction d’émissions à atteindre sur le territoire comparée à celle que prévoient les actions du plan.</p>
          </PageHeader>
          <Async resource={coverage}>{(c) => <CoverageView plan={p} coverage={c} />}</Async>
        </>
      )}
    </Async>
  );
}
