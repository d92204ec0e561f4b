import { AccInputError } from '../errors';
import type { KeyContext } from './context';
import { checkCoefficients, sharesStep } from './shares';

/** Static key: the same coefficients at every step, no reallocation of unused shares. */
export function allocateStatic(ctx: KeyContext, coefficients: ArrayLike<number>): void {
  const { n, steps, consumption, stepProduction, out } = ctx;
  if (coefficients.length !== n) {
    throw new AccInputError('SHAPE', `static key needs ${n} coefficients (one per participant), got ${coefficients.length}`);
  }
  checkCoefficients(coefficients, 0, n, ctx.ids);
  for (let t = 0; t < steps; t++) {
    sharesStep(stepProduction[t], coefficients, 0, consumption, t * n, n, out, ctx.forceBig);
  }
}
