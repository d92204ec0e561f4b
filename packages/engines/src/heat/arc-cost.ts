import { annuity, eurPerMTrench, PIPE_CLASSES, sinkExchangerEur } from './costs';
import { electricityPerRecovered, usability } from './cop';
import { lineTemperatureC, lossMwhPerMTrench } from './losses';
import type { HeatParams } from './params';
import { hourlyWithdrawnMwh } from './profiles';
import type { SinkKind } from './types';

export type ArcMode = 'direct' | 'heat_pump';
export type DropReason = 'temperature' | 'zero_energy' | 'losses' | 'too_large' | 'cost';

/** Every figure behind one arc, so that a user can redo the arithmetic by hand. Energies in MWh/yr. */
export interface ArcBreakdown {
  distanceM: number;
  /** distance × detour factor. */
  trenchM: number;
  mode: ArcMode;
  /** Screening COP (null when direct). */
  cop: number | null;
  /** Delivered heat per MWh recovered: 1, or COP/(COP − 1). */
  gain: number;
  /** Fluid temperature used for the line's losses. */
  lineTemperatureC: number;
  /** Heat lost by the line over a year. */
  lossMwh: number;
  /** lossMwh / withdrawnMwh. */
  lossShare: number;
  /** Waste heat taken from the source: capacity + loss. */
  withdrawnMwh: number;
  /** Recovered waste heat that reaches the sink side: the arc's capacity in the LP. */
  capacityMwh: number;
  /** capacity × gain. */
  deliveredMwh: number;
  /** capacity / (COP − 1) with a heat pump, else 0. */
  electricityMwh: number;
  fullLoadHours: number;
  /** capacity / full-load hours, in kW: sizes the line. */
  peakKw: number;
  pipeClass: number;
  pipeClassCapacityKw: number;
  investment: { pipeEur: number; hxSourceEur: number; hxSinkEur: number; heatPumpEur: number; totalEur: number };
  annuityEur: number;
  omEur: number;
  electricityEur: number;
  annualCostEur: number;
  /** annualCost / capacity, € per MWh recovered: the figure the threshold and the LP use. */
  costEurPerMwh: number;
  /** annualCost / delivered: comparable with a heat price (lower than the above behind a heat pump). */
  costEurPerDeliveredMwh: number;
  /** delivered / trench (MWh per metre per year); the Fonds Chaleur screen asks ≥ 1.5 for a network. */
  linearDensityMwhPerM: number | null;
}

export interface ArcEnds {
  distanceM: number;
  supplyMwh: number;
  sourceC: number;
  sourceProfile: Float64Array | null;
  demandMwh: number;
  sinkC: number;
  sinkKind: SinkKind;
  sinkProfile: Float64Array | null;
}

/** Figures that depend only on the parameters, computed once per study. */
export interface CostContext {
  params: HeatParams;
  /** Annuity per € invested plus the O&M share. */
  fixedRate: number;
  /** Loss in MWh/yr per metre of trench and per kelvin above the soil, by pipe class. */
  lossPerMK: Float64Array;
}

export function costContext(params: HeatParams): CostContext {
  const lossPerMK = Float64Array.from(PIPE_CLASSES, (c) =>
    lossMwhPerMTrench(c, params.soil_temperature_c + 1, params.soil_temperature_c, params.insulation_w_per_mk),
  );
  return { params, fixedRate: annuity(1, params.discount_rate, params.lifetime_years) + params.om_share, lossPerMK };
}

export type ArcOutcome = { ok: true; breakdown: ArcBreakdown } | { ok: false; reason: DropReason };

/**
 * Stage 1 for one source–sink pair within the radius: usability, capacity net of line losses, line sizing and
 * cost. The pipe class is the smallest whose capacity covers the peak; since the loss depends on the class, each
 * class is tried in turn with its own loss and the first one that carries the resulting peak is kept.
 */
export function evaluateArc(e: ArcEnds, ctx: CostContext): ArcOutcome {
  const p = ctx.params;
  if (!(e.supplyMwh > 0) || !(e.demandMwh > 0)) return { ok: false, reason: 'zero_energy' };
  const use = usability(e.sourceC, e.sinkC, {
    minDeltaK: p.min_delta_k,
    carnotEfficiency: p.carnot_efficiency,
    minCop: p.min_cop,
    maxCop: p.max_cop,
  });
  if (use.mode === 'unusable') return { ok: false, reason: 'temperature' };
  const gain = use.gain;
  const cop = use.cop;
  const trenchM = e.distanceM * p.detour_factor;
  const flh = p.full_load_hours[e.sinkKind];
  const elecPerMwh = cop === null ? 0 : electricityPerRecovered(cop);
  const usableMwh = e.demandMwh / gain; // recovered heat the sink can absorb
  const hourly = e.sourceProfile !== null || e.sinkProfile !== null;

  // Safe lower bound on the cost per MWh: the capacity can only be ≤ min(S, D/g), the line costs at least the
  // smallest class, and exchangers/heat pump scale with capacity. Above the threshold, no class can pass.
  const upper = Math.min(e.supplyMwh, usableMwh);
  const perKwRates =
    p.hx_source_eur_per_kw +
    gain * Math.min(p.hx_sink_eur_per_kw_below_1mw, p.hx_sink_eur_per_kw_from_1mw) +
    (cop === null ? 0 : gain * p.heat_pump_eur_per_kw);
  const bound =
    (ctx.fixedRate * eurPerMTrench(PIPE_CLASSES[0]) * trenchM) / upper +
    (ctx.fixedRate * perKwRates * 1000) / flh +
    elecPerMwh * p.electricity_eur_per_mwh;
  if (bound > p.max_cost_eur_per_mwh) return { ok: false, reason: 'cost' };

  const tLine = lineTemperatureC(e.sourceC, e.sinkC);
  const dT = Math.max(0, tLine - p.soil_temperature_c);
  let anyPositive = false;
  for (let c = 0; c < PIPE_CLASSES.length; c++) {
    const lossMwh = ctx.lossPerMK[c] * dT * trenchM;
    const withdrawn = hourly
      ? hourlyWithdrawnMwh(e.supplyMwh, e.sourceProfile, usableMwh, e.sinkProfile, lossMwh)
      : Math.min(e.supplyMwh, usableMwh + lossMwh);
    const capacity = withdrawn - lossMwh;
    if (!(capacity > 0)) continue;
    anyPositive = true;
    const peakKw = (capacity * 1000) / flh;
    if (peakKw > PIPE_CLASSES[c].capacityKw) continue;
    const b = price(e, ctx, { c, trenchM, gain, cop, tLine, lossMwh, withdrawn, capacity, flh, peakKw, elecPerMwh });
    return b.costEurPerMwh > p.max_cost_eur_per_mwh ? { ok: false, reason: 'cost' } : { ok: true, breakdown: b };
  }
  return { ok: false, reason: anyPositive ? 'too_large' : 'losses' };
}

interface Sized {
  c: number;
  trenchM: number;
  gain: number;
  cop: number | null;
  tLine: number;
  lossMwh: number;
  withdrawn: number;
  capacity: number;
  flh: number;
  peakKw: number;
  elecPerMwh: number;
}

function price(e: ArcEnds, ctx: CostContext, s: Sized): ArcBreakdown {
  const p = ctx.params;
  const cls = PIPE_CLASSES[s.c];
  const deliveredPeakKw = s.peakKw * s.gain;
  const pipeEur = eurPerMTrench(cls) * s.trenchM;
  const hxSourceEur = p.hx_source_eur_per_kw * ((s.withdrawn * 1000) / s.flh);
  const hxSinkEur = sinkExchangerEur(deliveredPeakKw, p.hx_sink_eur_per_kw_below_1mw, p.hx_sink_eur_per_kw_from_1mw);
  const heatPumpEur = s.cop === null ? 0 : p.heat_pump_eur_per_kw * deliveredPeakKw;
  const totalEur = pipeEur + hxSourceEur + hxSinkEur + heatPumpEur;
  const annuityEur = annuity(totalEur, p.discount_rate, p.lifetime_years);
  const omEur = p.om_share * totalEur;
  const electricityMwh = s.capacity * s.elecPerMwh;
  const electricityEur = electricityMwh * p.electricity_eur_per_mwh;
  const annualCostEur = annuityEur + omEur + electricityEur;
  const deliveredMwh = s.capacity * s.gain;
  return {
    distanceM: e.distanceM,
    trenchM: s.trenchM,
    mode: s.cop === null ? 'direct' : 'heat_pump',
    cop: s.cop,
    gain: s.gain,
    lineTemperatureC: s.tLine,
    lossMwh: s.lossMwh,
    lossShare: s.lossMwh / s.withdrawn,
    withdrawnMwh: s.withdrawn,
    capacityMwh: s.capacity,
    deliveredMwh,
    electricityMwh,
    fullLoadHours: s.flh,
    peakKw: s.peakKw,
    pipeClass: cls.index,
    pipeClassCapacityKw: cls.capacityKw,
    investment: { pipeEur, hxSourceEur, hxSinkEur, heatPumpEur, totalEur },
    annuityEur,
    omEur,
    electricityEur,
    annualCostEur,
    costEurPerMwh: annualCostEur / s.capacity,
    costEurPerDeliveredMwh: annualCostEur / deliveredMwh,
    linearDensityMwhPerM: s.trenchM > 0 ? deliveredMwh / s.trenchM : null,
  };
}
