import { describe, expect, it } from 'vitest';
import { carnotCop, electricityPerRecovered, usability } from './cop';

const P = { minDeltaK: 5, carnotEfficiency: 0.5, minCop: 2.5, maxCop: 7 };

describe('carnotCop', () => {
  it('research case H13: sink 70 °C, source 20 °C, η = 0.5', () => {
    // COP = 0.5 × (70 + 273.15) / (70 − 20) = 0.5 × 343.15 / 50 = 3.4315
    expect(carnotCop(20, 70, 0.5)).toBeCloseTo(3.4315, 10);
  });

  it('for 1,000 MWh delivered: 291.4 MWh of electricity and 708.6 MWh from the source', () => {
    const cop = carnotCop(20, 70, 0.5);
    // electricity = Q/COP = 1000 / 3.4315 = 291.418; from the source = Q·(1 − 1/COP) = 708.582
    const recovered = 1000 * (1 - 1 / cop);
    expect(1000 / cop).toBeCloseTo(291.418, 3);
    expect(recovered).toBeCloseTo(708.582, 3);
    // The engine's per-recovered view agrees: recovered × g = delivered, recovered/(COP − 1) = electricity.
    expect(recovered * (cop / (cop - 1))).toBeCloseTo(1000, 9);
    expect(recovered * electricityPerRecovered(cop)).toBeCloseTo(291.418, 3);
  });

  it('has no finite value without a lift', () => {
    expect(carnotCop(70, 70, 0.5)).toBe(Infinity);
    expect(carnotCop(80, 70, 0.5)).toBe(Infinity);
  });
});

describe('usability', () => {
  it('is direct when the source is at least min_delta_k above the sink', () => {
    expect(usability(75, 70, P)).toEqual({ mode: 'direct', cop: null, gain: 1 });
    expect(usability(74.9, 70, P).mode).toBe('heat_pump');
  });

  it('uses a heat pump with g = COP/(COP − 1) when the COP reaches min_cop', () => {
    const u = usability(20, 70, P);
    // COP 3.4315 → g = 3.4315 / 2.4315 = 1.411269
    expect(u.mode).toBe('heat_pump');
    expect(u.cop).toBeCloseTo(3.4315, 10);
    expect(u.gain).toBeCloseTo(1.411269, 6);
  });

  it('rejects a lift too large for min_cop', () => {
    // Source 10 °C, sink 90 °C: COP = 0.5 × 363.15 / 80 = 2.2697 < 2.5
    const u = usability(10, 90, P);
    expect(u.mode).toBe('unusable');
    expect(u.cop).toBeCloseTo(2.2697, 4);
  });

  it('caps the COP at max_cop for small lifts, including a source between T_sink and T_sink + Δ', () => {
    // Source 68 °C, sink 70 °C: η·Carnot = 0.5 × 343.15 / 2 = 85.8, capped at 7 → g = 7/6
    expect(usability(68, 70, P)).toEqual({ mode: 'heat_pump', cop: 7, gain: 7 / 6 });
    expect(usability(72, 70, P)).toEqual({ mode: 'heat_pump', cop: 7, gain: 7 / 6 });
  });
});
