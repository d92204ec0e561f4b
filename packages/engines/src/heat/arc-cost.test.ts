import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costContext, evaluateArc, type ArcEnds } from './arc-cost';
import { resolveParams } from './params';

// Round numbers so that each figure can be redone by hand.
const HAND = resolveParams({
  detour_factor: 1.5,
  full_load_hours: { building: 2000, heat_network: 4000 },
  discount_rate: 0,
  lifetime_years: 20,
  om_share: 0.02,
  electricity_eur_per_mwh: 100,
  hx_source_eur_per_kw: 10,
  hx_sink_eur_per_kw_below_1mw: 200,
  hx_sink_eur_per_kw_from_1mw: 100,
  heat_pump_eur_per_kw: 1000,
  soil_temperature_c: 10,
  insulation_w_per_mk: 0.05,
  max_cost_eur_per_mwh: 1000,
});

const ends = (over: Partial<ArcEnds>): ArcEnds => ({
  distanceM: 1000,
  supplyMwh: 5000,
  sourceC: 160,
  sourceProfile: null,
  demandMwh: 1000,
  sinkC: 60,
  sinkKind: 'building',
  sinkProfile: null,
  ...over,
});

describe('evaluateArc: hand-computed cases', () => {
  it('direct arc: 160 °C incinerator → 60 °C building, 1 km apart', () => {
    const out = evaluateArc(ends({}), costContext(HAND));
    if (!out.ok) throw new Error(out.reason);
    const b = out.breakdown;
    // trench = 1,000 m × 1.5 = 1,500 m; direct (160 ≥ 60 + 5), g = 1; line at min(160, 60) = 60 °C, ΔT = 50 K
    expect(b).toMatchObject({ mode: 'direct', cop: null, gain: 1, trenchM: 1500, lineTemperatureC: 60, fullLoadHours: 2000 });
    // Class 0: capacity min(5000, 1000 + L) − L = 1000, peak 1000 MWh / 2000 h = 500 kW > 200 kW; class 1: > 300 kW.
    // Class 2 (0.6 MW, Ø 54.5 mm, 60 mm insulation): ln(1 + 120/54.5) = 1.163720;
    //   per pipe π × 0.05 × 50 / 1.163720 = 6.74904 W/m; trench 13.49808 W/m × 8.76 = 0.1182432 MWh/(m·yr)
    //   loss = 0.1182432 × 1,500 = 177.364 MWh; withdrawn = min(5000, 1000 + 177.364) = 1,177.364; capacity 1,000
    expect(b.pipeClass).toBe(2);
    expect(b.lossMwh).toBeCloseTo(177.3639, 3);
    expect(b.withdrawnMwh).toBeCloseTo(1177.3639, 3);
    expect(b.capacityMwh).toBeCloseTo(1000, 9);
    expect(b.deliveredMwh).toBeCloseTo(1000, 9);
    expect(b.lossShare).toBeCloseTo(177.3639 / 1177.3639, 6);
    expect(b.peakKw).toBeCloseTo(500, 9);
    // pipe 2 × 220 €/m × 1,500 m = 660,000 €; source exchanger 10 €/kW × (1,177.364 MWh / 2000 h = 588.682 kW) = 5,886.82 €
    // sink exchanger 500 kW < 1 MW → 200 €/kW × 500 = 100,000 €; total 765,886.82 €
    expect(b.investment.pipeEur).toBeCloseTo(660_000, 6);
    expect(b.investment.hxSourceEur).toBeCloseTo(5_886.82, 2);
    expect(b.investment.hxSinkEur).toBeCloseTo(100_000, 6);
    expect(b.investment.heatPumpEur).toBe(0);
    expect(b.investment.totalEur).toBeCloseTo(765_886.82, 2);
    // annuity at 0 % over 20 years = 38,294.34 €; O&M 2 % = 15,317.74 €; no electricity; 53,612.08 €/yr → 53.612 €/MWh
    expect(b.annuityEur).toBeCloseTo(38_294.34, 2);
    expect(b.omEur).toBeCloseTo(15_317.74, 2);
    expect(b.electricityEur).toBe(0);
    expect(b.annualCostEur).toBeCloseTo(53_612.08, 2);
    expect(b.costEurPerMwh).toBeCloseTo(53.6121, 4);
    // 1,000 MWh over 1,500 m = 0.667 MWh/m: below the Fonds Chaleur 1.5 MWh/m screen
    expect(b.linearDensityMwhPerM).toBeCloseTo(0.6667, 4);
  });

  it('heat-pump arc: 30 °C datacentre → 70 °C network, source-limited', () => {
    const p = { ...HAND, discount_rate: 0.04, lifetime_years: 25 };
    const out = evaluateArc(ends({ supplyMwh: 2000, sourceC: 30, demandMwh: 10_000, sinkC: 70, sinkKind: 'heat_network' }), costContext(p));
    if (!out.ok) throw new Error(out.reason);
    const b = out.breakdown;
    // COP = 0.5 × 343.15 / 40 = 4.289375; g = 4.289375 / 3.289375 = 1.304009; line at 30 °C, ΔT = 20 K
    expect(b.mode).toBe('heat_pump');
    expect(b.cop).toBeCloseTo(4.289375, 9);
    expect(b.gain).toBeCloseTo(1.304009, 6);
    // Class 2 loss: 0.1182432 × 20/50 × 1,500 = 70.9456 MWh; the source binds: capacity = 2000 − 70.9456 = 1,929.054
    // peak 1,929.054 / 4000 h = 482.264 kW (class 1 would need ≤ 300 kW)
    expect(b.pipeClass).toBe(2);
    expect(b.lossMwh).toBeCloseTo(70.9456, 3);
    expect(b.withdrawnMwh).toBeCloseTo(2000, 9);
    expect(b.capacityMwh).toBeCloseTo(1929.0544, 3);
    expect(b.peakKw).toBeCloseTo(482.2636, 3);
    // delivered peak 482.264 × 1.304009 = 628.876 kW: sink exchanger 200 × 628.876 = 125,775.23 €,
    // heat pump 1000 × 628.876 = 628,876.15 €; source exchanger 10 × 500 kW = 5,000 €; pipe 660,000 €
    expect(b.investment.hxSinkEur).toBeCloseTo(125_775.23, 1);
    expect(b.investment.heatPumpEur).toBeCloseTo(628_876.15, 1);
    expect(b.investment.hxSourceEur).toBeCloseTo(5_000, 6);
    expect(b.investment.totalEur).toBeCloseTo(1_419_651.37, 1);
    // annuity 4 %, 25 y: factor 0.0640120 → 90,874.67 €; O&M 28,393.03 €;
    // electricity 1,929.054 / 3.289375 = 586.450 MWh × 100 €/MWh = 58,645.01 €; total 177,912.71 €/yr → 92.228 €/MWh
    expect(b.annuityEur).toBeCloseTo(90_874.67, 1);
    expect(b.omEur).toBeCloseTo(28_393.03, 1);
    expect(b.electricityMwh).toBeCloseTo(586.4501, 3);
    expect(b.electricityEur).toBeCloseTo(58_645.01, 1);
    expect(b.costEurPerMwh).toBeCloseTo(92.2279, 3);
    expect(b.deliveredMwh).toBeCloseTo(2515.5046, 3);
    // per delivered MWh: 177,912.71 / (1,929.054 × 1.304009 = 2,515.505) = 70.726 €/MWh
    expect(b.costEurPerDeliveredMwh).toBeCloseTo(70.7265, 3);
  });
});

describe('evaluateArc: dropped pairs', () => {
  const ctx = costContext(HAND);
  it('names the reason', () => {
    expect(evaluateArc(ends({ sourceC: 5, sinkC: 90 }), ctx)).toEqual({ ok: false, reason: 'temperature' });
    expect(evaluateArc(ends({ supplyMwh: 0 }), ctx)).toEqual({ ok: false, reason: 'zero_energy' });
    // 20 MWh a year over 15 km of trench: class 0 alone loses 0.0955 × 15,000 ≈ 1,432 MWh
    const far = { ...HAND, max_cost_eur_per_mwh: 1e6 };
    expect(evaluateArc(ends({ supplyMwh: 20, distanceM: 10_000 }), costContext(far))).toEqual({ ok: false, reason: 'losses' });
    // 10 TWh a year at 2000 h is a 5 GW peak, beyond the largest class (10 × 190 MW)
    expect(evaluateArc(ends({ supplyMwh: 1e7, demandMwh: 1e7 }), costContext(far))).toEqual({ ok: false, reason: 'too_large' });
    expect(evaluateArc(ends({}), costContext({ ...HAND, max_cost_eur_per_mwh: 50 }))).toEqual({ ok: false, reason: 'cost' });
  });

  it('drops on cost exactly the arcs whose full computation exceeds the threshold (the lower-bound shortcut is safe)', () => {
    const unlimited = costContext({ ...HAND, max_cost_eur_per_mwh: 1e9 });
    fc.assert(
      fc.property(
        fc.record({
          distanceM: fc.double({ min: 0, max: 20_000, noNaN: true }),
          supplyMwh: fc.double({ min: 1, max: 200_000, noNaN: true }),
          sourceC: fc.double({ min: 10, max: 300, noNaN: true }),
          demandMwh: fc.double({ min: 1, max: 200_000, noNaN: true }),
          sinkC: fc.double({ min: 30, max: 110, noNaN: true }),
          sinkKind: fc.constantFrom('building' as const, 'district' as const, 'heat_network' as const),
        }),
        fc.double({ min: 1, max: 300, noNaN: true }),
        (e, threshold) => {
          const full = evaluateArc(ends(e), unlimited);
          const cut = evaluateArc(ends(e), costContext({ ...HAND, max_cost_eur_per_mwh: threshold }));
          if (!full.ok) expect(cut.ok).toBe(false);
          else if (full.breakdown.costEurPerMwh <= threshold) expect(cut).toEqual(full);
          else expect(cut).toEqual({ ok: false, reason: 'cost' });
        },
      ),
      { numRuns: 500 },
    );
  });
});
