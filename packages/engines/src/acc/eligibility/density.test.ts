import { describe, expect, it } from 'vitest';
import { densityClass, parseDensitiesCsv } from './density';

describe('density categories (arrêté of 19 Sep 2023 grouping of the INSEE grid)', () => {
  it('maps INSEE labels regardless of case and accents, codes 1–7 and class names', () => {
    expect(densityClass('Rural à habitat très dispersé')).toBe('rural');
    expect(densityClass('RURAL A HABITAT DISPERSE')).toBe('rural');
    expect(densityClass('Bourgs ruraux')).toBe('rural');
    expect(densityClass('Petites villes')).toBe('periurban');
    expect(densityClass('Ceintures urbaines')).toBe('periurban');
    expect(densityClass('Centres urbains intermédiaires')).toBe('urban');
    expect(densityClass('Grands centres urbains')).toBe('urban');
    expect(['1', '2', '3', '4', '5', '6', '7'].map(densityClass)).toEqual(['urban', 'urban', 'periurban', 'periurban', 'rural', 'rural', 'rural']);
    expect(densityClass('suburban')).toBeNull();
  });

  it('parses commune- or id-keyed files and names bad rows', () => {
    const t = parseDensitiesCsv('commune,density\n01001,Bourgs ruraux\n"69123",Grands centres urbains\n');
    expect(t.key).toBe('commune');
    expect([...t.classes]).toEqual([['01001', 'rural'], ['69123', 'urban']]);
    expect(parseDensitiesCsv('id,density\npv,4\n').key).toBe('id');
    expect(() => parseDensitiesCsv('commune,density\n01001,village\n')).toThrow(/line 2, column density: 'village'/);
    expect(() => parseDensitiesCsv('commune,density\n01001,5\n01001,6\n')).toThrow(/line 3: commune '01001' appears twice/);
    expect(() => parseDensitiesCsv('commune,densite\n')).toThrow(/unknown column 'densite'/);
  });
});
