/** Participant roles of the canonical participants file. */
export type Role = 'consumer' | 'producer' | 'prosumer' | 'storage';

/**
 * One operation over T steps and n participants.
 *
 * Both curves are laid out step-major (index t*n + i) so that one step is a contiguous slice: every key works
 * step by step, so this keeps the hot loop sequential in memory. Values are integer Wh stored in Float64Array,
 * which is exact for integers up to Number.MAX_SAFE_INTEGER (2^53 − 1, about 9 PWh) and avoids a second code
 * path for "large" operations. Participant order is meaningful: ties always go to the lower index (the earlier
 * row of the participants file).
 */
export interface AllocationInput {
  /** Number of participants n. */
  participants: number;
  /** Number of steps T. */
  steps: number;
  /** Wh withdrawn at step t by participant i (consumer, prosumer withdrawal, storage charging). */
  consumption: Float64Array;
  /** Wh injected at step t by participant i (producer, prosumer injection, storage discharging). */
  production: Float64Array;
  /** Optional participant ids, only used to name participants in error messages. */
  ids?: readonly string[];
}

/**
 * Allocation key. Coefficients are integers in millionths (0.25 → 250000), so a coefficient with at most
 * 6 decimals is represented exactly and the arithmetic stays integral.
 */
export type KeySpec =
  | { kind: 'default' }
  /** One coefficient per participant (length n); Σ ≤ 10⁶. Unused shares become surplus. */
  | { kind: 'static'; coefficients: ArrayLike<number> }
  /** One coefficient per participant (length n); Σ ≤ 10⁶. Unused shares are re-offered (water-filling). */
  | { kind: 'static-redistributed'; coefficients: ArrayLike<number> }
  /** One coefficient per step and participant (length T*n, step-major); Σ per step ≤ 10⁶. */
  | { kind: 'dynamic'; coefficients: ArrayLike<number> }
  /** One rank per participant (length n): 1 is served first; 0 means unranked, served after every rank. */
  | { kind: 'priority'; ranks: ArrayLike<number> };

export type KeyKind = KeySpec['kind'];

export interface AllocationResult {
  input: AllocationInput;
  key: KeyKind;
  /** Wh allocated at step t to participant i, index t*n + i. */
  allocated: Float64Array;
  /** Per-step totals (length T): P, ΣC, ΣA and surplus P − ΣA. */
  stepProduction: Float64Array;
  stepConsumption: Float64Array;
  stepAllocated: Float64Array;
  stepSurplus: Float64Array;
}

/** Coefficients are expressed in millionths. */
export const MILLION = 1_000_000;
