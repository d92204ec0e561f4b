import { HeatInputError, type HeatIssue } from './errors';
import { SINK_KINDS, type SinkKind } from './types';

/** Every tunable figure of the engine. Keys are snake_case because they travel as JSON/CLI options unchanged. */
export interface HeatParams {
  radius_m: number;
  min_delta_k: number;
  carnot_efficiency: number;
  min_cop: number;
  max_cop: number;
  detour_factor: number;
  full_load_hours: Record<SinkKind, number>;
  discount_rate: number;
  lifetime_years: number;
  om_share: number;
  electricity_eur_per_mwh: number;
  max_cost_eur_per_mwh: number;
  hx_source_eur_per_kw: number;
  hx_sink_eur_per_kw_below_1mw: number;
  hx_sink_eur_per_kw_from_1mw: number;
  heat_pump_eur_per_kw: number;
  soil_temperature_c: number;
  insulation_w_per_mk: number;
  lp_epsilon: number;
  merit_steps: number;
}

export type HeatParamsInput = Partial<Omit<HeatParams, 'full_load_hours'>> & {
  full_load_hours?: Partial<Record<SinkKind, number>>;
};

export const DEFAULT_PARAMS: Readonly<HeatParams> = Object.freeze({
  radius_m: 20_000,
  min_delta_k: 5,
  carnot_efficiency: 0.5,
  min_cop: 2.5,
  max_cop: 7,
  detour_factor: 1.3,
  full_load_hours: Object.freeze({ heat_network: 4000, building: 2000, district: 2500 }),
  discount_rate: 0.03,
  lifetime_years: 30,
  om_share: 0.01,
  electricity_eur_per_mwh: 156,
  max_cost_eur_per_mwh: 71.7,
  hx_source_eur_per_kw: 15,
  hx_sink_eur_per_kw_below_1mw: 265,
  hx_sink_eur_per_kw_from_1mw: 100,
  heat_pump_eur_per_kw: 1200,
  soil_temperature_c: 10.7,
  insulation_w_per_mk: 0.05,
  lp_epsilon: 1e-9,
  merit_steps: 20,
}) as HeatParams;

interface Rule {
  min: number;
  max: number;
  /** min is excluded (the value must be strictly greater). */
  exclusiveMin?: boolean;
  integer?: boolean;
}

const RULES: Record<Exclude<keyof HeatParams, 'full_load_hours'>, Rule> = {
  radius_m: { min: 0, max: 1_000_000, exclusiveMin: true },
  min_delta_k: { min: 0, max: 200 },
  carnot_efficiency: { min: 0, max: 1, exclusiveMin: true },
  min_cop: { min: 1, max: 100, exclusiveMin: true },
  max_cop: { min: 1, max: 100, exclusiveMin: true },
  detour_factor: { min: 1, max: 5 },
  discount_rate: { min: 0, max: 1 },
  lifetime_years: { min: 1, max: 100, integer: true },
  om_share: { min: 0, max: 1 },
  electricity_eur_per_mwh: { min: 0, max: 10_000 },
  max_cost_eur_per_mwh: { min: 0, max: 1e6, exclusiveMin: true },
  hx_source_eur_per_kw: { min: 0, max: 1e5 },
  hx_sink_eur_per_kw_below_1mw: { min: 0, max: 1e5 },
  hx_sink_eur_per_kw_from_1mw: { min: 0, max: 1e5 },
  heat_pump_eur_per_kw: { min: 0, max: 1e5 },
  soil_temperature_c: { min: -30, max: 40 },
  insulation_w_per_mk: { min: 0, max: 10, exclusiveMin: true },
  lp_epsilon: { min: 0, max: 0.01 },
  merit_steps: { min: 2, max: 1000, integer: true },
};
const FLH_RULE: Rule = { min: 0, max: 8760, exclusiveMin: true };

function check(key: string, value: unknown, rule: Rule, issues: HeatIssue[]): number | undefined {
  const bad = (why: string) => issues.push({ code: 'BAD_PARAMETER', column: key, message: `parameter ${key}: ${why}` });
  if (typeof value !== 'number' || !Number.isFinite(value)) return void bad(`expected a finite number, got ${JSON.stringify(value)}`);
  if (rule.integer && !Number.isInteger(value)) return void bad(`expected an integer, got ${value}`);
  if (rule.exclusiveMin ? value <= rule.min : value < rule.min) {
    return void bad(`must be ${rule.exclusiveMin ? '>' : '≥'} ${rule.min}, got ${value}`);
  }
  if (value > rule.max) return void bad(`must be ≤ ${rule.max}, got ${value}`);
  return value;
}

/**
 * Defaults overlaid with `input`. Unknown keys (a typo such as "radius") are rejected with the key named, so a
 * misspelt parameter can never silently fall back to its default. Throws HeatInputError listing every problem.
 */
export function resolveParams(input: unknown = {}): HeatParams {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new HeatInputError([{ code: 'BAD_PARAMETER', message: 'parameters must be an object' }]);
  }
  const issues: HeatIssue[] = [];
  const out: HeatParams = { ...DEFAULT_PARAMS, full_load_hours: { ...DEFAULT_PARAMS.full_load_hours } };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'full_load_hours') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        issues.push({ code: 'BAD_PARAMETER', column: key, message: 'parameter full_load_hours: expected an object by sink kind' });
        continue;
      }
      for (const [kind, hours] of Object.entries(value)) {
        const name = `full_load_hours.${kind}`;
        if (!(SINK_KINDS as readonly string[]).includes(kind)) {
          issues.push({ code: 'UNKNOWN_PARAMETER', column: name, message: `unknown parameter ${name} (sink kinds: ${SINK_KINDS.join(', ')})` });
          continue;
        }
        const v = check(name, hours, FLH_RULE, issues);
        if (v !== undefined) out.full_load_hours[kind as SinkKind] = v;
      }
      continue;
    }
    if (!Object.hasOwn(RULES, key)) {
      issues.push({ code: 'UNKNOWN_PARAMETER', column: key, message: `unknown parameter ${key}` });
      continue;
    }
    const k = key as keyof typeof RULES;
    const v = check(key, value, RULES[k], issues);
    if (v !== undefined) out[k] = v;
  }
  if (issues.length === 0 && out.max_cop < out.min_cop) {
    issues.push({ code: 'BAD_PARAMETER', column: 'max_cop', message: `parameter max_cop (${out.max_cop}) is below min_cop (${out.min_cop})` });
  }
  if (issues.length > 0) throw new HeatInputError(issues);
  return out;
}
