import { ACTION_STATUSES, COP_DIMENSIONS, COP_SECTORS, type ActionStatus, type CopSector } from '@trajectoire/domain';

export interface MatrixLever {
  code: string;
  sector: string;
  labelFr: string;
  dimensions: string[];
}
export interface MatrixAction {
  id: string;
  title: string;
  status: ActionStatus;
  copLevers: string[];
  impactTco2ePerYear: number | null;
  impactMwhPerYear: number | null;
}
type ActionRef = { id: string; title: string; status: ActionStatus };

const zeroByStatus = () => Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
// Sums of decimal inputs drift in binary floating point (0.1 + 0.2); impacts are shown to the kilogram at best.
const round = (n: number) => Math.round(n * 1000) / 1000;
/** Abandoned actions are listed and counted but neither cover a lever nor bring expected impact. */
const counts = (a: MatrixAction) => a.status !== 'abandoned';

function summarise(tagged: MatrixAction[]) {
  const byStatus = zeroByStatus();
  let tco2e = 0;
  let mwh = 0;
  for (const a of tagged) {
    byStatus[a.status] += 1;
    if (!counts(a)) continue;
    tco2e += a.impactTco2ePerYear ?? 0;
    mwh += a.impactMwhPerYear ?? 0;
  }
  return {
    actionCount: tagged.length,
    byStatus,
    impactTco2ePerYear: round(tco2e),
    impactMwhPerYear: round(mwh),
    covered: tagged.some(counts),
  };
}

const ref = (a: MatrixAction): ActionRef => ({ id: a.id, title: a.title, status: a.status });

/**
 * Coverage of a lever set by a plan's actions. An action tagged with several levers counts fully for each lever;
 * dimension totals count each action once, so they are not the sum of their levers.
 */
export function buildLeverMatrix(levers: readonly MatrixLever[], planActions: readonly MatrixAction[]) {
  const rows = levers.map((l) => {
    const tagged = planActions.filter((a) => a.copLevers.includes(l.code));
    return { ...l, ...summarise(tagged), actions: tagged.map(ref) };
  });
  const sectorOrder = [...COP_SECTORS, ...new Set(levers.map((l) => l.sector).filter((s) => !COP_SECTORS.includes(s as CopSector)))];
  const sectors = sectorOrder
    .map((sector) => ({ sector, levers: rows.filter((r) => r.sector === sector) }))
    .filter((s) => s.levers.length);
  const dimensions = COP_DIMENSIONS.map((dimension) => {
    const inDimension = rows.filter((r) => r.dimensions.includes(dimension));
    const codes = new Set(inDimension.map((r) => r.code));
    const tagged = planActions.filter((a) => a.copLevers.some((c) => codes.has(c)));
    const { covered: _covered, ...summary } = summarise(tagged);
    return {
      dimension,
      leverCount: inDimension.length,
      coveredLeverCount: inDimension.filter((r) => r.covered).length,
      ...summary,
      actions: tagged.map(ref),
    };
  });
  return {
    sectors,
    dimensions,
    leverCount: rows.length,
    coveredLeverCount: rows.filter((r) => r.covered).length,
    taggedActionCount: planActions.filter((a) => a.copLevers.some((c) => rows.some((r) => r.code === c))).length,
  };
}
export type LeverMatrix = ReturnType<typeof buildLeverMatrix>;
