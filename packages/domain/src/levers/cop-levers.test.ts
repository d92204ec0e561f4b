import { describe, expect, it } from 'vitest';
import {
  COP_DIMENSIONS,
  COP_DIMENSION_LABELS_FR,
  COP_LEVER_SET,
  COP_SECTORS,
  COP_SECTOR_LABELS_FR,
  findCopLever,
  isCopLeverCode,
} from './cop-levers';

const levers = COP_LEVER_SET.levers;

function countInSector(sector: string): number {
  return levers.filter((lever) => lever.sector === sector).length;
}

describe('COP lever set', () => {
  it('has the 43 levers of the table, each with a unique kebab-case code', () => {
    expect(levers).toHaveLength(43);
    expect(new Set(levers.map((lever) => lever.code)).size).toBe(43);
    for (const lever of levers) expect(lever.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every lever a known sector, a label and at least one known dimension, without repeats', () => {
    for (const lever of levers) {
      expect(COP_SECTORS).toContain(lever.sector);
      expect(lever.labelFr.trim()).not.toBe('');
      expect(lever.dimensions.length).toBeGreaterThan(0);
      expect(new Set(lever.dimensions).size).toBe(lever.dimensions.length);
      for (const dimension of lever.dimensions) expect(COP_DIMENSIONS).toContain(dimension);
    }
  });

  it('has unique French labels', () => {
    expect(new Set(levers.map((lever) => lever.labelFr)).size).toBe(43);
  });

  // Row counts per group, counted by hand in the seed table (the two "Déchets" groups have 3 + 2 rows).
  it('matches the number of rows per sector in the table', () => {
    expect(countInSector('transport')).toBe(8);
    expect(countInSector('buildings')).toBe(6);
    expect(countInSector('energy')).toBe(2);
    expect(countInSector('industry')).toBe(4);
    expect(countInSector('waste')).toBe(5);
    expect(countInSector('agriculture_soils')).toBe(8);
    expect(countInSector('natural_areas')).toBe(6);
    expect(countInSector('food')).toBe(1);
    expect(countInSector('water')).toBe(3);
  });

  // Dimensions read by hand from the X marks of the seed table.
  it.each([
    ['residential-sufficiency-insulation', ['climate', 'biodiversity', 'resources', 'adaptation', 'health']],
    ['residential-oil-boiler-replacement', ['climate']],
    ['decarbonised-heat-networks', ['climate', 'resources']],
    ['carbon-storing-practices', ['climate', 'biodiversity', 'adaptation']],
    ['ecological-continuity-black-spots', ['biodiversity']],
    ['egalim-law', ['biodiversity', 'health']],
    ['soil-desealing', ['resources', 'adaptation']],
    ['waste-collection-rate', ['climate', 'resources', 'health']],
  ])('lever %s has the dimensions marked in the table', (code, expected) => {
    expect(findCopLever(code)?.dimensions).toEqual(expected);
  });

  it('keeps the exact French label and sector of checked rows', () => {
    expect(findCopLever('electric-vehicles')).toMatchObject({ sector: 'transport', labelFr: 'Véhicules électriques' });
    expect(findCopLever('landfill-methane-capture')?.labelFr).toBe('Captage de méthane dans les ISDND');
    expect(findCopLever('landfilling')).toMatchObject({ sector: 'waste', labelFr: 'Mise en décharge' });
  });

  it('keeps the table order, starting with transport and ending with the second waste group', () => {
    expect(levers[0].code).toBe('electric-vehicles');
    expect(levers.slice(-2).map((lever) => lever.labelFr)).toEqual(['Mise en décharge', 'Taux de collecte']);
  });

  it('recognises known codes only', () => {
    expect(isCopLeverCode('carpooling')).toBe(true);
    expect(isCopLeverCode('Covoiturage')).toBe(false);
    expect(findCopLever('unknown-lever')).toBeUndefined();
  });

  it('labels every sector and dimension code in French', () => {
    expect(Object.keys(COP_SECTOR_LABELS_FR).sort()).toEqual([...COP_SECTORS].sort());
    expect(Object.keys(COP_DIMENSION_LABELS_FR).sort()).toEqual([...COP_DIMENSIONS].sort());
    expect(COP_SECTOR_LABELS_FR.agriculture_soils).toBe('Agriculture et sols');
    expect(COP_DIMENSION_LABELS_FR.biodiversity).toBe('Biodiversité');
  });
});
