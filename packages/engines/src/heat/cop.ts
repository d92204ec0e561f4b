/** Temperature compatibility of a source and a sink, and the heat-pump screening COP. */

export const KELVIN_OFFSET = 273.15;

export interface CopParams {
  /** Direct use needs the source at least this many kelvin above the sink supply temperature. */
  minDeltaK: number;
  /** Share of the Carnot COP that a real machine achieves (η). */
  carnotEfficiency: number;
  /** Heat-pump arcs below this COP are not kept. */
  minCop: number;
  /** Ceiling on the screening COP: η·Carnot explodes as the lift goes to zero, real machines do not. */
  maxCop: number;
}

export type Usability =
  | { mode: 'direct'; cop: null; gain: 1 }
  | { mode: 'heat_pump'; cop: number; gain: number }
  | { mode: 'unusable'; cop: number | null; gain: null };

/**
 * Carnot screening COP of a heat pump lifting heat from tSource to tSink (°C):
 * COP = η · T_sink,K / (T_sink,K − T_source,K). Infinite when there is no lift (the caller caps it).
 */
export function carnotCop(tSourceC: number, tSinkC: number, eta: number): number {
  const lift = tSinkC - tSourceC; // a difference of °C is a difference of K
  if (lift <= 0) return Infinity;
  return (eta * (tSinkC + KELVIN_OFFSET)) / lift;
}

/**
 * How source heat at tSource can serve a sink needing tSink. Direct through a heat exchanger when the source is hot
 * enough; otherwise through a heat pump if its (capped) COP reaches the minimum. The gain g is the heat delivered per
 * MWh of recovered waste heat: 1 when direct, COP/(COP − 1) with a heat pump, because the compressor's electricity
 * f/(COP − 1) also ends up in the delivered heat.
 */
export function usability(tSourceC: number, tSinkC: number, p: CopParams): Usability {
  if (tSourceC >= tSinkC + p.minDeltaK) return { mode: 'direct', cop: null, gain: 1 };
  const cop = Math.min(p.maxCop, carnotCop(tSourceC, tSinkC, p.carnotEfficiency));
  if (!(cop >= p.minCop) || cop <= 1) return { mode: 'unusable', cop: Number.isFinite(cop) ? cop : null, gain: null };
  return { mode: 'heat_pump', cop, gain: cop / (cop - 1) };
}

/** Electricity (MWh) a heat pump of this COP uses per MWh of recovered waste heat: 1/(COP − 1). */
export function electricityPerRecovered(cop: number): number {
  return 1 / (cop - 1);
}
