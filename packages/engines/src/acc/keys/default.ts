import type { KeyContext } from './context';
import { makeScratch, proRataStep } from './prorata';

/** D315-6 default key: pro rata of consumption among all participants, at every step. */
export function allocateDefault(ctx: KeyContext): void {
  const { n, steps, consumption, stepProduction, stepConsumption, out } = ctx;
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const scratch = makeScratch(n);
  for (let t = 0; t < steps; t++) {
    proRataStep(stepProduction[t], all, n, consumption, t * n, stepConsumption[t], out, scratch, ctx.forceBig);
  }
}
