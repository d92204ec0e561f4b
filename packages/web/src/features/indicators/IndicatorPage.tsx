import { useMemo, useRef, useState } from 'react';
import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageTitle';
import { useActor } from '../auth/session';
import { getOrganisation, type OrganisationDetail } from '../organisations/api';
import { getIndicatorView, type IndicatorView } from './api';
import { downloadPng, downloadSvg } from './chart-export';
import { csvBlob, download, toCsv } from './csv';
import { ASSESSMENT_REASONS, describeTrend, formatRate, formatWithUnit, TRAJECTORY_ISSUES, unitLabel } from './format';
import { ChartLegend, IndicatorChart } from './IndicatorChart';
import { IndicatorTable } from './IndicatorTable';
import { buildChartData, toTable, type ChartData } from './series';
import { SourcesPanel } from './SourcesPanel';
import { TrackBadge, TrendLine } from './StatusBadge';
import './indicators.css';

const KIND_LABELS = { observed: 'Observé', milestone: 'Objectif', trajectory: 'Trajectoire', projection: 'Tendance prolongée' };

/** Long-format CSV of the shown series: one line per series and year. */
export function chartCsv(data: ChartData, unit: string): string {
  const info = new Map(data.series.map((s) => [s.key, s]));
  return toCsv(
    ['Série', 'Source', 'Année', 'Valeur', 'Unité'],
    data.points.map((p) => [KIND_LABELS[p.kind], info.get(p.series)?.source ?? '', p.year, p.value, unitLabel(unit)]),
  );
}

function Summary({ view }: { view: IndicatorView }) {
  const { indicator: ind, assessment: a } = view;
  const observed = view.series.find((s) => s.source.id === view.preferredSource?.sourceId)?.observed ?? [];
  const latest = observed.length ? observed.reduce((x, y) => (y.year > x.year ? y : x)) : null;
  const trend = view.trend ? describeTrend(view.trend, ind.unit, ind.goal) : null;
  return (
    <ul className="counts">
      <li>Dernière valeur : <strong>{latest ? `${formatWithUnit(latest.value, ind.unit)} (${latest.year})` : 'aucune'}</strong></li>
      <li>Tendance : {trend ? <TrendLine arrow={trend.arrow} text={trend.text} /> : 'pas assez d’années'}</li>
      <li>
        Objectif : {a ? `${formatWithUnit(a.target.value, ind.unit)} en ${a.target.year}` : (TRAJECTORY_ISSUES[view.trajectoryIssue ?? ''] ?? 'aucun')}
      </li>
      <li>
        Situation : <TrackBadge status={a?.status ?? null} />
        {a?.status === 'insufficient_data' && a.reason && <span className="small"> — {ASSESSMENT_REASONS[a.reason] ?? a.reason}</span>}
        {a && a.status !== 'insufficient_data' && a.requiredRate !== null && a.observedRate !== null && (
          <span className="small"> — rythme observé {formatRate(a.observedRate)} par an, rythme nécessaire {formatRate(a.requiredRate)} par an</span>
        )}
      </li>
    </ul>
  );
}

function ChartSection({ view }: { view: IndicatorView }) {
  const data = useMemo(() => buildChartData(view), [view]);
  const table = useMemo(() => toTable(data), [data]);
  const svg = useRef<SVGSVGElement | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { indicator: ind } = view;
  const fileName = `${ind.code}-${view.territoryId.replace(/[^\w.-]+/g, '_')}`;
  if (!data.points.length) return <p className="empty">Aucune valeur ni objectif à représenter pour cet indicateur.</p>;
  return (
    <section aria-labelledby="chart-title" className="stack">
      <h2 id="chart-title">Évolution et objectif</h2>
      <figure className="stack" aria-describedby="chart-note">
        <IndicatorChart data={data} unit={ind.unit} label={`Graphique : ${ind.labelFr}, en ${unitLabel(ind.unit)}, par année`} svgRef={(s) => (svg.current = s)} />
        <figcaption>
          <ChartLegend series={data.series} />
          <p id="chart-note" className="small muted">Les mêmes valeurs figurent dans le tableau ci-dessous.</p>
        </figcaption>
      </figure>
      <div className="cluster">
        <Button small variant="secondary" onPress={() => download(csvBlob(chartCsv(data, ind.unit)), `${fileName}.csv`)}>Télécharger les données (CSV)</Button>
        <Button small variant="secondary" onPress={() => svg.current && downloadSvg(svg.current, fileName)}>Exporter le graphique (SVG)</Button>
        <Button
          small
          variant="secondary"
          onPress={() => svg.current && downloadPng(svg.current, fileName).catch((e) => setFailure(`L’export PNG a échoué. ${errorText(e)}`))}
        >
          Exporter le graphique (PNG)
        </Button>
      </div>
      {failure && <Alert tone="error" live>{failure}</Alert>}
      <IndicatorTable table={table} unit={ind.unit} caption={`${ind.labelFr} : valeurs du graphique`} />
    </section>
  );
}

function IndicatorContent({ org, view, reload }: { org: OrganisationDetail; view: IndicatorView; reload: () => void }) {
  const actor = useActor(org.id);
  const territory = org.territory?.id === view.territoryId ? org.territory.name : view.territoryId;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: org.name, href: `/organisations/${org.id}` },
          { label: 'Tableau de bord', href: `/organisations/${org.id}/tableau-de-bord` },
          { label: view.indicator.labelFr },
        ]}
      />
      <PageHeader title={view.indicator.labelFr} kicker={territory}>
        <p className="small muted">Unité : {unitLabel(view.indicator.unit)} · objectif de {view.indicator.goal === 'decrease' ? 'baisse' : 'hausse'}</p>
      </PageHeader>
      <Summary view={view} />
      <ChartSection view={view} />
      <SourcesPanel orgId={org.id} view={view} canChoose={Boolean(actor && can(actor, 'plan.update'))} onChanged={reload} />
    </>
  );
}

export function IndicatorPage({ orgId, territoryId, code }: { orgId: string; territoryId: string; code: string }) {
  const org = useResource((signal) => getOrganisation(orgId, signal), [orgId]);
  const view = useResource((signal) => getIndicatorView(orgId, territoryId, code, signal), [orgId, territoryId, code]);
  return <Async resource={org}>{(o) => <Async resource={view}>{(v) => <IndicatorContent org={o} view={v} reload={view.reload} />}</Async>}</Async>;
}
