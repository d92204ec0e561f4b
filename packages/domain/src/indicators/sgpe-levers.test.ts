import { describe, expect, it } from 'vitest';
import { isCopLeverCode } from '../levers/cop-levers';
import { SNBC2_CARBON_BUDGETS } from './carbon-budgets';
import { findIndicator } from './catalogue';
import { LEVER_REGIONS, LEVER_REGION_CODES, isLeverRegionCode } from './lever-regions';
import { LEVER_SECTORS, SGPE_LEVER_SET, sgpeLeversForRegion } from './sgpe-levers';

const levers = SGPE_LEVER_SET.levers;
const pct = (code: string, region: string) =>
  (levers.find((l) => l.code === code)?.percentByRegion as Record<string, number> | undefined)?.[region];

describe('SGPE trajectory levers', () => {
  it('has 29 levers over 8 sectors with unique codes', () => {
    expect(levers).toHaveLength(29);
    expect(new Set(levers.map((l) => l.code)).size).toBe(29);
    const perSector = Object.fromEntries(LEVER_SECTORS.map((s) => [s, levers.filter((l) => l.sector === s).length]));
    // Counted in the source configuration: 3 + 3 + 8 + 3 + 5 + 1 + 3 + 3 = 29.
    expect(perSector).toEqual({ residential: 3, tertiary: 3, transport: 8, agriculture: 3, land_use: 5, industry: 1, waste: 3, energy_industry: 3 });
  });

  it('rests every lever on catalogue GHG/sequestration indicators, sequestration with sign −1', () => {
    for (const lever of levers) {
      expect(lever.basis.length).toBeGreaterThan(0);
      for (const term of lever.basis) {
        const indicator = findIndicator(term.indicator);
        expect(indicator, term.indicator).toBeDefined();
        expect(indicator?.unit).toBe('tCO2e');
        expect(term.sign).toBe(indicator?.family === 'sequestration' ? -1 : 1);
      }
    }
  });

  it('maps every lever to existing COP lever codes', () => {
    for (const lever of levers) {
      expect(lever.copLeverCodes.length).toBeGreaterThan(0);
      for (const code of lever.copLeverCodes) expect(isCopLeverCode(code), code).toBe(true);
    }
  });

  it('keeps the published percentages checked by hand (P6: Bretagne 51 %, Île-de-France 24 %)', () => {
    expect(pct('residential-oil-boiler-replacement', '53')).toBe(51);
    expect(pct('residential-oil-boiler-replacement', '11')).toBe(24);
    expect(pct('decarbonised-heat-networks', '11')).toBe(113);
    expect(pct('biogas', '53')).toBe(163);
    expect(pct('industrial-production', '94')).toBe(100);
  });

  // A transcription check: the SGPE rounded each share to the unit, so shares of these sectors add up to 100 ± 1.
  it.each(['residential', 'tertiary', 'transport', 'waste'])('shares of %s add up to 100 ± 1 in every region', (sector) => {
    for (const region of LEVER_REGION_CODES) {
      const total = levers.filter((l) => l.sector === sector).reduce((s, l) => s + pct(l.code, region)!, 0);
      expect(Math.abs(total - 100), `${sector} ${region}`).toBeLessThanOrEqual(1);
    }
  });

  it('splits cropland sequestration exactly between storing practices and hedgerows', () => {
    for (const region of LEVER_REGION_CODES) {
      expect(pct('carbon-storing-practices', region)! + pct('hedgerow-management', region)!).toBe(100);
    }
  });

  it('gives one region its percentages and an overseas region none', () => {
    const bretagne = sgpeLeversForRegion('53');
    expect(bretagne).toHaveLength(29);
    expect(bretagne.find((l) => l.code === 'residential-oil-boiler-replacement')).toMatchObject({
      percent: 51,
      sector: 'residential',
      actionLeverCodes: ['residential-oil-boiler-replacement'],
    });
    expect(sgpeLeversForRegion('01').every((l) => l.percent === null)).toBe(true);
  });

  it('lists the 13 metropolitan regions', () => {
    expect(LEVER_REGIONS).toHaveLength(13);
    expect(isLeverRegionCode('94')).toBe(true);
    expect(isLeverRegionCode('971')).toBe(false);
  });
});

describe('SNBC-2 carbon budgets', () => {
  it('are three contiguous 5-year periods from 2019 to 2033', () => {
    const periods = SNBC2_CARBON_BUDGETS.periods;
    expect(periods[0].firstYear).toBe(2019);
    expect(periods.at(-1)?.lastYear).toBe(2033);
    periods.forEach((p, i) => {
      expect(p.lastYear - p.firstYear).toBe(4);
      if (i > 0) expect(p.firstYear).toBe(periods[i - 1].lastYear + 1);
    });
  });
});
