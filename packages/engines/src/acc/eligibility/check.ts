import { AccInputError } from '../errors';
import type { Role } from '../types';
import type { DensityClass } from './density';
import { diameter } from './geo';
import { ELIGIBILITY_RULES, rulesInForce, type Requirement, type RuleCheck, type RuleVersion } from './rules';

export type Verdict = 'pass' | 'fail' | 'not_applicable' | 'unknown';

export interface EligibilityParticipant {
  id: string;
  role: Role;
  lat: number | null;
  lon: number | null;
  /** Peak power for PV (kWc), installed power otherwise; only producers and prosumers count. */
  powerKw: number | null;
  density?: DensityClass | null;
}

export interface EligibilityInput {
  /** Day to judge, YYYY-MM-DD: selects the rule versions in force. */
  date: string;
  participants: readonly EligibilityParticipant[];
  /** Operation in a zone non interconnectée (Corsica, overseas): 0.5 MW cap, no mainland derogation. */
  zni?: boolean;
  /** The user declares the 2025 public-body criteria (i)–(iii) met; they cannot be checked from the files. */
  publicBody?: boolean;
  rules?: readonly RuleVersion[];
}

export interface RuleResult {
  id: string;
  source: string;
  validFrom: string;
  validTo: string | null;
  satisfies: readonly Requirement[];
  derogation: boolean;
  verdict: Verdict;
  detail: string;
}

export interface EligibilityReport {
  date: string;
  /** pass: every requirement met; fail: one cannot be met; unknown: data missing or a discretionary decision. */
  verdict: 'pass' | 'fail' | 'unknown';
  requirements: { id: Requirement; verdict: 'pass' | 'fail' | 'unknown'; metBy: string[] }[];
  /** Derogations the operation relies on; each must be requested from the minister. */
  derogationsNeeded: string[];
  measures: {
    diameterM: number | null;
    farthestPair: [string, string] | null;
    /** Σ power of producers and prosumers, in whole watts; null when one is missing. */
    productionPowerW: number | null;
    missingCoordinates: string[];
    missingPower: string[];
    missingDensity: string[];
  };
  rules: RuleResult[];
  /** Criteria of the texts that the files cannot show. */
  notChecked: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const km = (m: number) => `${(m / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })} km`;
const mw = (w: number) => `${(w / 1e6).toLocaleString('en-US', { maximumFractionDigits: 6 })} MW`;

/** Judge an extended ACC operation against the rules in force on `date`. Pure. */
export function checkEligibility(input: EligibilityInput): EligibilityReport {
  const m = DATE.exec(input.date);
  const day = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!day || day.getUTCDate() !== +m![3] || day.getUTCMonth() !== +m![2] - 1) {
    throw new AccInputError('BAD_VALUE', `date must be a calendar day YYYY-MM-DD, got '${input.date}'`);
  }
  const rules = rulesInForce(input.date, input.rules ?? ELIGIBILITY_RULES);
  if (rules.length === 0) {
    throw new AccInputError('BAD_VALUE', `no extended-ACC rule is in force on ${input.date} (they start on 2019-11-25)`);
  }
  const facts = measure(input);
  const results = rules.map((rule) => ({
    id: rule.id,
    source: rule.source,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
    satisfies: rule.satisfies,
    derogation: rule.derogation,
    ...judge(rule.check, facts, input),
  }));
  const requirements = (['proximity', 'power'] as const).map((id) => {
    const relevant = results.filter((r) => r.satisfies.includes(id));
    const metBy = relevant.filter((r) => r.verdict === 'pass').map((r) => r.id);
    const verdict: 'pass' | 'fail' | 'unknown' =
      metBy.length > 0 ? 'pass' : relevant.some((r) => r.verdict === 'unknown') ? 'unknown' : 'fail';
    return { id, verdict, metBy };
  });
  const verdict = requirements.some((r) => r.verdict === 'fail')
    ? 'fail'
    : requirements.every((r) => r.verdict === 'pass')
      ? 'pass'
      : 'unknown';
  // A requirement met by an ordinary rule needs no derogation; otherwise the first passing derogation is named.
  const derogationsNeeded = new Set<string>();
  for (const r of requirements) {
    const byRule = results.filter((x) => r.metBy.includes(x.id));
    if (byRule.length > 0 && byRule.every((x) => x.derogation)) derogationsNeeded.add(byRule[0].id);
  }
  return {
    date: input.date,
    verdict,
    requirements,
    derogationsNeeded: verdict === 'pass' ? [...derogationsNeeded] : [],
    measures: {
      diameterM: facts.diameterM,
      farthestPair: facts.pair,
      productionPowerW: facts.powerW,
      missingCoordinates: facts.missingCoordinates,
      missingPower: facts.missingPower,
      missingDensity: facts.missingDensity,
    },
    rules: results,
    notChecked: [
      'art. 1 1°: participants connected to the low-voltage network of a single distribution system operator',
      'L315-2: operations within one building have no distance or power criterion; this check is for extended operations',
      ...(input.publicBody
        ? ['2025 public-body derogation (i)–(iii): a commune or EPCI participates, every participant has a public-service ' +
            'mission (or is an SEM and subsidiary), every point lies within that EPCI — declared, not checked']
        : []),
    ],
  };
}

interface Facts {
  diameterM: number | null;
  pair: [string, string] | null;
  powerW: number | null;
  missingCoordinates: string[];
  missingPower: string[];
  missingDensity: string[];
  classes: (DensityClass | null)[];
}

function measure(input: EligibilityInput): Facts {
  const ps = input.participants;
  const missingCoordinates = ps.filter((p) => p.lat === null || p.lon === null).map((p) => p.id);
  let diameterM: number | null = null;
  let pair: [string, string] | null = null;
  if (missingCoordinates.length === 0) {
    const d = diameter(Float64Array.from(ps, (p) => p.lat!), Float64Array.from(ps, (p) => p.lon!));
    diameterM = d.metres;
    pair = d.pair ? [ps[d.pair[0]].id, ps[d.pair[1]].id] : null;
  }
  // Storage is not a production installation in the arrêté's sense (⚠ README): only producers and prosumers count.
  const producing = ps.filter((p) => p.role === 'producer' || p.role === 'prosumer');
  const missingPower = producing.filter((p) => p.powerKw === null).map((p) => p.id);
  // Whole watts: power_kw with up to 3 decimals is exact, so the strict "< 5 MW" compares integers.
  const powerW = missingPower.length ? null : producing.reduce((s, p) => s + Math.round(p.powerKw! * 1000), 0);
  const classes = ps.map((p) => p.density ?? null);
  const missingDensity = ps.filter((_, i) => classes[i] === null).map((p) => p.id);
  return { diameterM, pair, powerW, missingCoordinates, missingPower, missingDensity, classes };
}

function list(ids: string[]): string {
  return ids.slice(0, 5).map((id) => `'${id}'`).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
}

function judge(check: RuleCheck, f: Facts, input: EligibilityInput): { verdict: Verdict; detail: string } {
  const noDistance = () => ({
    verdict: 'unknown' as const,
    detail: `no coordinates (lat, lon) for ${list(f.missingCoordinates)}`,
  });
  const noPower = () => ({ verdict: 'unknown' as const, detail: `no power_kw for ${list(f.missingPower)}` });
  const pairText = () => (f.pair ? ` between '${f.pair[0]}' and '${f.pair[1]}'` : '');
  switch (check.kind) {
    case 'distance': {
      if (f.diameterM === null) return noDistance();
      const ok = f.diameterM <= check.maxM;
      return {
        verdict: ok ? 'pass' : 'fail',
        detail: `greatest distance ${km(f.diameterM)}${pairText()} ${ok ? '≤' : '>'} ${km(check.maxM)}`,
      };
    }
    case 'discretionary-distance':
    case 'density-distance': {
      if (input.zni) return { verdict: 'not_applicable', detail: 'derogation reserved to mainland France (métropole continentale)' };
      if (f.diameterM === null) return noDistance();
      if (f.diameterM <= check.baseM) return { verdict: 'not_applicable', detail: `not needed: within ${km(check.baseM)}` };
      if (f.diameterM > check.maxM) {
        return { verdict: 'fail', detail: `greatest distance ${km(f.diameterM)}${pairText()} > ${km(check.maxM)}` };
      }
      if (check.kind === 'discretionary-distance') {
        return {
          verdict: 'unknown',
          detail: `greatest distance ${km(f.diameterM)} ≤ ${km(check.maxM)}; the minister decides case by case (isolation, dispersed habitat, low density)`,
        };
      }
      const outside = input.participants.filter((_, i) => f.classes[i] !== null && !check.classes.includes(f.classes[i]!));
      const wanted = check.classes.join(' or ');
      if (outside.length > 0) {
        return {
          verdict: 'fail',
          detail: `${list(outside.map((p) => p.id))} ${outside.length > 1 ? 'are' : 'is'} in a commune that is not ${wanted}`,
        };
      }
      if (f.missingDensity.length > 0) {
        return { verdict: 'unknown', detail: `no density category for ${list(f.missingDensity)}` };
      }
      return {
        verdict: 'pass',
        detail: `greatest distance ${km(f.diameterM)} ≤ ${km(check.maxM)} and every commune is ${wanted}; the derogation must be requested`,
      };
    }
    case 'power': {
      if ((check.region === 'zni') !== Boolean(input.zni)) {
        return { verdict: 'not_applicable', detail: check.region === 'zni' ? 'operation on the mainland' : 'operation in a ZNI' };
      }
      if (f.powerW === null) return noPower();
      const ok = f.powerW < check.belowW;
      return { verdict: ok ? 'pass' : 'fail', detail: `production power ${mw(f.powerW)} ${ok ? '<' : '≥'} ${mw(check.belowW)}` };
    }
    case 'public-body': {
      if (!input.publicBody) return { verdict: 'not_applicable', detail: 'not declared (--public-body)' };
      if (input.zni) return { verdict: 'fail', detail: 'derogation reserved to mainland France (métropole continentale)' };
      if (f.powerW === null) return noPower();
      const ok = f.powerW < check.belowW;
      return {
        verdict: ok ? 'pass' : 'fail',
        detail: `EPCI perimeter instead of a distance (criteria declared); production power ${mw(f.powerW)} ${ok ? '<' : '≥'} ${mw(check.belowW)}`,
      };
    }
  }
}
