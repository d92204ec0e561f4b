import { AccInputError } from '../errors';
import type { KeyContext } from './context';
import { checkCoefficients, sharesStep } from './shares';

/** Dynamic key: coefficients given per step (index t*n + i), each step applied like the static key. */
export function allocateDynamic(ctx: KeyContext, coefficients: ArrayLike<number>): void {
  const { n, steps, consumption, stepProduction, out } = ctx;
  if (coefficients.length !== n * steps) {
    throw new AccInputError(
      'SHAPE',
      `dynamic key needs ${n * steps} coefficients (${steps} steps × ${n} participants), got ${coefficients.length}`,
    );
  }
  for (let t = 0; t < steps; t++) {
    const base = t * n;
    checkCoefficients(coefficients, base, n, ctx.ids, t);
    sharesStep(stepProduction[t], coefficients, base, consumption, base, n, out, ctx.forceBig);
  }
}
