/** What every key receives: validated inputs, per-step totals, and a zeroed output (index t*n + i). */
export interface KeyContext {
  n: number;
  steps: number;
  consumption: Float64Array;
  stepProduction: Float64Array;
  stepConsumption: Float64Array;
  out: Float64Array;
  ids?: readonly string[];
  /** Test hook: take the BigInt path even when Numbers would be exact, to compare both paths. */
  forceBig?: boolean;
}
