import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HeatInputError } from './errors';
import { DEFAULT_PARAMS, resolveParams } from './params';
import { PARAMETER_SOURCES } from './sources';

const issuesOf = (input: unknown) => {
  try {
    resolveParams(input);
  } catch (err) {
    if (err instanceof HeatInputError) return err.issues;
    throw err;
  }
  return [];
};

describe('resolveParams', () => {
  it('returns the defaults for an empty object and overlays given keys', () => {
    expect(resolveParams({})).toEqual(DEFAULT_PARAMS);
    const p = resolveParams({ radius_m: 5000, full_load_hours: { building: 1800 } });
    expect(p.radius_m).toBe(5000);
    expect(p.full_load_hours).toEqual({ ...DEFAULT_PARAMS.full_load_hours, building: 1800 });
    expect(DEFAULT_PARAMS.full_load_hours.building).toBe(2000); // the defaults were not mutated
  });

  it('rejects unknown keys with the key named, nested ones included', () => {
    const issues = issuesOf({ radius: 5000, full_load_hours: { factory: 3000 } });
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ['UNKNOWN_PARAMETER', 'radius'],
      ['UNKNOWN_PARAMETER', 'full_load_hours.factory'],
    ]);
    expect(issues[0].message).toContain('radius');
  });

  it('rejects out-of-range and ill-typed values, naming each', () => {
    const issues = issuesOf({ radius_m: 0, carnot_efficiency: 1.5, lifetime_years: 2.5, min_cop: '3', full_load_hours: { district: 9000 } });
    expect(issues.map((i) => i.column)).toEqual(['radius_m', 'carnot_efficiency', 'lifetime_years', 'min_cop', 'full_load_hours.district']);
    expect(issues.every((i) => i.code === 'BAD_PARAMETER')).toBe(true);
    expect(issuesOf({ min_cop: 3, max_cop: 2.8 }).map((i) => i.column)).toEqual(['max_cop']);
    expect(issuesOf([1, 2])[0].code).toBe('BAD_PARAMETER');
  });

  it('keeps the Hotmaps economic defaults (research note §2.2)', () => {
    expect(DEFAULT_PARAMS).toMatchObject({ radius_m: 20_000, discount_rate: 0.03, lifetime_years: 30, om_share: 0.01, soil_temperature_c: 10.7 });
    // research case H4: a 3 MW source exchanger costs 45,000 € at the Hotmaps air–liquid rate
    expect(DEFAULT_PARAMS.hx_source_eur_per_kw * 3000).toBe(45_000);
  });
});

describe('parameter sources', () => {
  it('document every parameter, in the code and in the README defaults table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const key of Object.keys(DEFAULT_PARAMS)) {
      expect(PARAMETER_SOURCES).toHaveProperty(key);
      expect(readme).toContain(`\`${key}\``);
    }
    expect(Object.keys(PARAMETER_SOURCES).sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
  });
});
