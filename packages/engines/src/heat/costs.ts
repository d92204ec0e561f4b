/**
 * Techno-economic data and formulas for a transport line between one source and one sink.
 *
 * Pipe classes: HotMaps "CM – Excess heat transport potential", file
 * cm/app/api_v1/my_calculation_module_directory/excess_heat/parameters.py (H2020 Hotmaps, Apache licence; values
 * read at commit eaca720a). Per class: the largest continuous power it carries (PIPE_CAPACITIES_AT_OPTIMUM, MW), its
 * cost per metre of pipe (PIPE_COSTS, €/m), inner diameter (PIPE_DIAMETER, mm) and insulation (INSULATOR_THICKNESS,
 * mm). Above 190 MW Hotmaps lays n parallel 595.8 mm pipes (n = 2…10) at n times the cost; we keep that reading.
 * A trench holds a supply and a return pipe, so a metre of trench costs twice a metre of pipe (Hotmaps: line length
 * = 2 × distance).
 */
export interface PipeClass {
  /** Position in the table, 0 = smallest. */
  index: number;
  capacityKw: number;
  eurPerMPipe: number;
  diameterMm: number;
  insulationMm: number;
  /** Parallel pipe pairs in the trench. */
  parallel: number;
}

const SINGLE_MW = [0.2, 0.3, 0.6, 1.2, 1.9, 3.6, 6.1, 9.8, 20, 45, 75, 125, 190];
const SINGLE_EUR = [195, 206, 220, 240, 261, 288, 323, 357, 426, 564, 701, 839, 976];
const SINGLE_DIAMETER = [37.2, 43.1, 54.5, 70.3, 82.5, 107.1, 132.5, 160.3, 210.1, 312.7, 393.8, 495.4, 595.8];
const SINGLE_INSULATION = [60, 60, 60, 80, 80, 100, 125, 165, 175, 200, 200, 200, 200];

export const PIPES_PER_TRENCH = 2;

export const PIPE_CLASSES: readonly PipeClass[] = [
  ...SINGLE_MW.map((mw, i) => ({
    index: i,
    capacityKw: mw * 1000,
    eurPerMPipe: SINGLE_EUR[i],
    diameterMm: SINGLE_DIAMETER[i],
    insulationMm: SINGLE_INSULATION[i],
    parallel: 1,
  })),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n, k) => ({
    index: SINGLE_MW.length + k,
    capacityKw: n * 190_000,
    eurPerMPipe: n * 976,
    diameterMm: 595.8,
    insulationMm: 200,
    parallel: n,
  })),
];

/** Cost of one metre of trench (supply + return) for a class, in €. */
export function eurPerMTrench(c: PipeClass): number {
  return PIPES_PER_TRENCH * c.eurPerMPipe;
}

/** Smallest class able to carry `peakKw`, or null when even the largest cannot. */
export function pipeClassFor(peakKw: number): PipeClass | null {
  for (const c of PIPE_CLASSES) if (c.capacityKw >= peakKw) return c;
  return null;
}

/**
 * Equal annual payment that repays `investment` over `years` at `rate`: I·r(1+r)ⁿ/((1+r)ⁿ − 1), or I/n when r = 0.
 * Same formula as Hotmaps utility.annuity_costs.
 */
export function annuity(investment: number, rate: number, years: number): number {
  if (rate === 0) return investment / years;
  const f = (1 + rate) ** years;
  return (investment * rate * f) / (f - 1);
}

/** Sink-side (liquid–liquid) exchanger cost; Hotmaps prices the whole capacity at the lower rate from 1 MW. */
export function sinkExchangerEur(peakKw: number, eurPerKwBelow1Mw: number, eurPerKwFrom1Mw: number): number {
  return peakKw * (peakKw < 1000 ? eurPerKwBelow1Mw : eurPerKwFrom1Mw);
}
