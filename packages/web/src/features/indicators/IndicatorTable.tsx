import type { TableData } from './series';
import { formatDecimal } from '../../format';
import { unitLabel } from './format';

/** The chart's numbers as a table (two decimals, finer than the rounded labels): the accessible alternative to the chart. */
export function IndicatorTable({ table, unit, caption }: { table: TableData; unit: string; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption} ({unitLabel(unit)})</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Année</th>
            {table.columns.map((c) => <th key={c.key} scope="col" className="num">{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.year}>
              <th scope="row" className="num">{r.year}</th>
              {r.values.map((v, i) => (
                <td key={table.columns[i].key} className="num">
                  {v === null ? <span aria-label="aucune valeur">—</span> : formatDecimal(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
