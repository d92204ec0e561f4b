import { AccInputError, participantName } from '../errors';
import type { KeyContext } from './context';
import { makeScratch, proRataStep } from './prorata';

/**
 * Priority key: ranks are served in increasing order (1 first); within a rank the default pro rata applies
 * (D315-6 rule restricted to that rank); the next rank gets what is left. Rank 0 means "unranked" and is served
 * after every rank, so no consumer is left on the grid while production goes to surplus.
 */
export function allocatePriority(ctx: KeyContext, ranks: ArrayLike<number>): void {
  const { n, steps, consumption, stepProduction, out } = ctx;
  const groups = groupByRank(ranks, n, ctx.ids);
  const scratch = makeScratch(n);
  for (let t = 0; t < steps; t++) {
    const base = t * n;
    let left = stepProduction[t];
    for (const group of groups) {
      let sumC = 0;
      for (let j = 0; j < group.length; j++) sumC += consumption[base + group[j]];
      proRataStep(left, group, group.length, consumption, base, sumC, out, scratch, ctx.forceBig);
      if (sumC >= left) break;
      left -= sumC;
    }
  }
}

/** Participant indices grouped by rank, ranks ascending with 0 last; each group keeps participants-file order. */
export function groupByRank(ranks: ArrayLike<number>, n: number, ids?: readonly string[]): Int32Array[] {
  if (ranks.length !== n) {
    throw new AccInputError('SHAPE', `priority key needs ${n} ranks (one per participant), got ${ranks.length}`);
  }
  const byRank = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = ranks[i];
    if (!(Number.isInteger(r) && r >= 0)) {
      throw new AccInputError(
        'BAD_RANK',
        `rank of participant ${participantName(ids, i)} must be a positive integer (or 0 for unranked), got ${r}`,
        { participant: ids?.[i] },
      );
    }
    const list = byRank.get(r);
    if (list) list.push(i);
    else byRank.set(r, [i]);
  }
  const order = [...byRank.keys()].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
  return order.map((r) => Int32Array.from(byRank.get(r)!));
}
