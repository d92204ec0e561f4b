import * as Plot from '@observablehq/plot';
import type { LeverCoverage } from './api';
import { formatValue } from './format';
import { usePlot } from './use-plot';

const NEEDED = '#1a1d21';
const PLANNED = '#0d5c4e';

/** Needed reduction as an outlined bar, planned reduction as a filled bar inside it: readable without colour. */
export function CoverageChart({ levers }: { levers: LeverCoverage[] }) {
  const ref = usePlot((width) => {
    const marginLeft = Math.min(260, Math.round(width * 0.4));
    // Lever names wrap within the left margin (Plot's line width is in ems; its estimate runs a little short).
    const lineWidth = Math.max(8, Math.floor(((marginLeft - 24) / 12) * 0.85));
    return Plot.plot({
      width,
      height: levers.length * 30 + 50,
      marginLeft,
      style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', background: '#ffffff', color: '#1a1d21' },
      ariaLabel: 'Graphique en barres : réduction nécessaire et réduction prévue par levier, en ktCO₂e par an',
      x: { label: 'ktCO₂e par an', grid: true, tickFormat: (d: number) => formatValue(d) },
      y: { label: null, domain: levers.map((l) => l.labelFr) },
      marks: [
        Plot.axisY({ lineWidth, tickSize: 0 }),
        Plot.barX(levers.filter((l) => l.neededKt !== null), {
          x: 'neededKt',
          y: 'labelFr',
          fill: 'none',
          stroke: NEEDED,
          strokeWidth: 1.5,
          title: (l: LeverCoverage) => `${l.labelFr} — nécessaire : ${formatValue(l.neededKt!)} ktCO₂e/an`,
        }),
        Plot.barX(levers, {
          x: 'plannedKt',
          y: 'labelFr',
          fill: PLANNED,
          insetTop: 8,
          insetBottom: 8,
          title: (l: LeverCoverage) => `${l.labelFr} — prévu : ${formatValue(l.plannedKt)} ktCO₂e/an`,
        }),
        Plot.ruleX([0]),
      ],
    });
  }, [levers]);
  return (
    <figure className="stack">
      <div ref={ref} className="chart" />
      <figcaption>
        <ul className="chart-legend" aria-label="Légende du graphique">
          <li>
            <svg width="28" height="16" aria-hidden="true" focusable="false"><rect x="1" y="1" width="26" height="14" fill="none" stroke={NEEDED} strokeWidth="1.5" /></svg>
            Réduction nécessaire (barre vide)
          </li>
          <li>
            <svg width="28" height="16" aria-hidden="true" focusable="false"><rect x="1" y="4" width="26" height="8" fill={PLANNED} /></svg>
            Réduction prévue par les actions (barre pleine)
          </li>
        </ul>
        <p className="small muted">Les mêmes valeurs figurent dans le tableau ci-dessous.</p>
      </figcaption>
    </figure>
  );
}
