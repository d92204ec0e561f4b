import * as Plot from '@observablehq/plot';
import type { ChartData, SeriesInfo } from './series';
import { seriesStyle } from './chart-style';
import { formatValue, unitLabel } from './format';
import { usePlot } from './use-plot';

const yearTicks = (years: number[]) => {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const step = Math.max(1, Math.ceil((last - first) / 10));
  return Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => first + i * step);
};

function marks(data: ChartData, unit: string) {
  const title = (d: { year: number; value: number }) => `${d.year} : ${formatValue(d.value)} ${unitLabel(unit)}`;
  return data.series.flatMap((s) => {
    const pts = data.points.filter((p) => p.series === s.key);
    const style = seriesStyle(s);
    const out: Plot.Markish[] = [];
    if (style.dash !== 'none') {
      out.push(Plot.line(pts, { x: 'year', y: 'value', stroke: style.colour, strokeWidth: 2, strokeDasharray: style.dash ?? undefined }));
    }
    if (style.symbol) {
      const big = s.kind === 'milestone';
      out.push(Plot.dot(pts, { x: 'year', y: 'value', symbol: style.symbol, fill: style.colour, stroke: '#ffffff', strokeWidth: 1, r: big ? 7 : 4, title }));
    }
    return out;
  });
}

/** Observed values by source, objective milestones, yearly trajectory and trend projection. */
export function IndicatorChart({ data, unit, label, svgRef }: { data: ChartData; unit: string; label: string; svgRef?: (svg: SVGSVGElement | null) => void }) {
  const ref = usePlot(
    (width) => {
      const svg = Plot.plot({
        width,
        height: Math.max(280, Math.min(440, width * 0.55)),
        // Room for the longest formatted value of the y axis (about 8 px per character at 13 px).
        marginLeft: 20 + 8 * Math.max(...data.points.map((p) => formatValue(p.value).length), 3),
        style: { fontFamily: 'system-ui, sans-serif', fontSize: '13px', background: '#ffffff', color: '#1a1d21' },
        ariaLabel: label,
        x: { label: 'Année', ticks: yearTicks(data.points.map((p) => p.year)), tickFormat: (d: number) => String(d) },
        y: { label: unitLabel(unit), grid: true, tickFormat: (d: number) => formatValue(d) },
        marks: marks(data, unit),
      }) as SVGSVGElement;
      svgRef?.(svg);
      return svg;
    },
    [data, unit, label],
  );
  return <div ref={ref} className="chart" />;
}

/** The chart's key in HTML, with a sample of each series' line pattern and mark. */
export function ChartLegend({ series }: { series: SeriesInfo[] }) {
  return (
    <ul className="chart-legend" aria-label="Légende du graphique">
      {series.map((s) => {
        const style = seriesStyle(s);
        return (
          <li key={s.key}>
            <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
              {style.dash !== 'none' && <line x1="2" y1="8" x2="38" y2="8" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash ?? undefined} />}
              {style.symbol && <SymbolSample symbol={style.symbol} colour={style.colour} />}
            </svg>
            {s.label}
          </li>
        );
      })}
    </ul>
  );
}

function SymbolSample({ symbol, colour }: { symbol: string; colour: string }) {
  const paths: Record<string, string> = {
    circle: 'M20,3.5a4.5,4.5 0 1,0 0.01,0Z',
    square: 'M16,4h8v8h-8Z',
    triangle: 'M20,3l5,9h-10Z',
    diamond: 'M20,2l6,6l-6,6l-6-6Z',
    cross: 'M18,3h4v3h3v4h-3v3h-4v-3h-3v-4h3Z',
    star: 'M20,1l2,5h5l-4,3.5l1.5,5.5l-4.5-3.2l-4.5,3.2l1.5-5.5l-4-3.5h5Z',
  };
  return <path d={paths[symbol] ?? paths.circle} fill={colour} stroke="#ffffff" strokeWidth="1" />;
}
