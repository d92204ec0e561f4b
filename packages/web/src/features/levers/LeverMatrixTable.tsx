import { COP_DIMENSIONS } from '@trajectoire/domain';
import { Link } from '../../router';
import { Icon } from '../../ui/Icon';
import { DIMENSION_LABELS } from '../../labels';
import { formatNumber, plural } from '../../format';
import { filtersToSearch, type ActionFilters } from '../plans/filters';
import type { LeverMatrix, LeverMatrixRow } from './api';

const planLink = (planId: string, query: ActionFilters) => `/plans/${planId}?${filtersToSearch(query)}`;

function LeverRow({ row, planId }: { row: LeverMatrixRow; planId: string }) {
  return (
    <tr className={row.covered ? undefined : 'matrix__uncovered'}>
      <th scope="row">{row.labelFr}</th>
      {COP_DIMENSIONS.map((d) => (
        <td key={d} className="matrix__dim">
          {row.dimensions.includes(d) ? (
            <>
              <span aria-hidden="true">●</span>
              <span className="visually-hidden">oui</span>
            </>
          ) : (
            <span className="visually-hidden">non</span>
          )}
        </td>
      ))}
      <td className="num">
        {row.covered ? (
          <Link href={planLink(planId, { copLever: [row.code] } as ActionFilters)}>{plural(row.actionCount, 'action')}</Link>
        ) : (
          <span className="matrix__gap">
            <Icon name="warning" /> Non couvert
            {row.actionCount > 0 && (
              <>
                {' '}(<Link href={planLink(planId, { copLever: [row.code] } as ActionFilters)}>{plural(row.actionCount, 'action abandonnée', 'actions abandonnées')}</Link>)
              </>
            )}
          </span>
        )}
      </td>
    </tr>
  );
}

/** Levers by sector (row groups) × the five dimensions, with the plan's action counts. */
export function LeverMatrixTable({ matrix, onlyGaps }: { matrix: LeverMatrix; onlyGaps: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table matrix">
        <caption>Leviers de la planification écologique par secteur et dimension, avec le nombre d’actions du plan</caption>
        <thead>
          <tr>
            <th scope="col">Levier</th>
            {COP_DIMENSIONS.map((d) => (
              <th key={d} scope="col" className="matrix__dim">
                <Link href={planLink(matrix.planId, { dimension: [d] })}>{DIMENSION_LABELS[d]}</Link>
              </th>
            ))}
            <th scope="col" className="num">Actions</th>
          </tr>
        </thead>
        {matrix.sectors.map((s) => {
          const levers = onlyGaps ? s.levers.filter((l) => !l.covered) : s.levers;
          if (!levers.length) return null;
          return (
            <tbody key={s.sector}>
              <tr className="matrix__sector">
                <th scope="rowgroup" colSpan={COP_DIMENSIONS.length + 2}>
                  {s.labelFr} — {s.levers.filter((l) => l.covered).length} levier(s) couvert(s) sur {s.levers.length}
                </th>
              </tr>
              {levers.map((l) => (
                <LeverRow key={l.code} row={l} planId={matrix.planId} />
              ))}
            </tbody>
          );
        })}
        <tfoot>
          <tr>
            <th scope="row">Leviers couverts par dimension</th>
            {matrix.dimensions.map((d) => (
              <td key={d.dimension} className="matrix__dim">
                {formatNumber(d.coveredLeverCount)}/{formatNumber(d.leverCount)}
                <span className="small muted"> ({plural(d.actionCount, 'action')})</span>
              </td>
            ))}
            <td className="num">{formatNumber(matrix.taggedActionCount)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
