import { describe, expect, it } from 'vitest';
import { PIPE_CLASSES } from './costs';
import { lineTemperatureC, lossMwhPerMTrench } from './losses';

describe('lossMwhPerMTrench', () => {
  it('research case H9: smallest class, 100 °C, FR soil 10.7 °C, 1 km of trench ≈ 170.5 MWh/yr (not Hotmaps\' 1,705)', () => {
    // ln(1 + 2×60/37.2) = ln 4.22581 = 1.441210
    // per pipe: π × 0.05 × (100 − 10.7) / 1.441210 = 14.02699 / 1.441210 = 9.73294 W/m
    // trench (2 pipes): 19.46588 W/m × 8,760 h / 1e6 = 0.170521 MWh/(m·yr) → × 1,000 m = 170.52 MWh/yr
    const perM = lossMwhPerMTrench(PIPE_CLASSES[0], 100, 10.7, 0.05);
    expect(perM * 1000).toBeCloseTo(170.52, 2);
    // Hotmaps as coded multiplies by 10e-6 = 1e-5: ten times this.
    expect(perM * 1000 * 10).toBeCloseTo(1705.2, 1);
  });

  it('is proportional to the temperature difference and zero when the fluid is not warmer than the soil', () => {
    const c = PIPE_CLASSES[5];
    expect(lossMwhPerMTrench(c, 50.7, 10.7, 0.05)).toBeCloseTo(2 * lossMwhPerMTrench(c, 30.7, 10.7, 0.05), 12);
    expect(lossMwhPerMTrench(c, 10.7, 10.7, 0.05)).toBe(0);
    expect(lossMwhPerMTrench(c, 5, 10.7, 0.05)).toBe(0);
  });

  it('counts every parallel pipe pair of the multi-pipe classes', () => {
    // Class 12 is one 595.8 mm pair, class 13 two of them, class 21 ten.
    const one = lossMwhPerMTrench(PIPE_CLASSES[12], 90, 10.7, 0.05);
    expect(lossMwhPerMTrench(PIPE_CLASSES[13], 90, 10.7, 0.05)).toBeCloseTo(2 * one, 12);
    expect(lossMwhPerMTrench(PIPE_CLASSES[21], 90, 10.7, 0.05)).toBeCloseTo(10 * one, 12);
  });
});

describe('lineTemperatureC', () => {
  it('is the sink supply temperature when direct and the source temperature with a heat pump', () => {
    expect(lineTemperatureC(150, 90)).toBe(90);
    expect(lineTemperatureC(30, 70)).toBe(30);
  });
});
