import type { DensityClass } from './density';

/**
 * Eligibility rules of an extended ACC operation (autoconsommation collective étendue) as dated data. A `--date`
 * selects the versions in force (validFrom ≤ date ≤ validTo, both inclusive, Paris calendar days).
 *
 * Entry-into-force dates: none of these arrêtés states one, so each applies from the day after its publication in
 * the Journal officiel (Code civil art. 1). The publication dates come from secondary sources listed in the README
 * (§ Eligibility) ⚠: check them on Légifrance before relying on a date at the boundary.
 */
export type Requirement = 'proximity' | 'power';

export type RuleCheck =
  /** The two most distant participants are at most maxM apart. */
  | { kind: 'distance'; maxM: number }
  /** Derogation granted at the minister's discretion up to maxM: the data cannot decide it. */
  | { kind: 'discretionary-distance'; baseM: number; maxM: number }
  /** Derogation up to maxM when every participant's commune is in one of `classes`. */
  | { kind: 'density-distance'; baseM: number; maxM: number; classes: readonly DensityClass[] }
  /** Cumulated power of production installations strictly below belowW (peak power for PV). */
  | { kind: 'power'; region: 'mainland' | 'zni'; belowW: number }
  /** 2025 public-body derogation: EPCI perimeter instead of a distance, and a power cap of belowW. */
  | { kind: 'public-body'; belowW: number };

export interface RuleVersion {
  id: string;
  /** What the rule can satisfy; an operation is eligible when every requirement is met by some rule. */
  satisfies: readonly Requirement[];
  /** Derogations must be requested from the minister (demande motivée); the check says whether it can be. */
  derogation: boolean;
  source: string;
  validFrom: string;
  validTo: string | null;
  check: RuleCheck;
}

const A2019 = 'Arrêté du 21 novembre 2019 fixant le critère de proximité géographique de l’ACC étendue (JO 24/11/2019)';
const A2020 = 'Arrêté du 14 octobre 2020 (JO 18/10/2020) créant l’art. 1 bis de l’arrêté du 21/11/2019';
const A2023 = 'Arrêté du 19 septembre 2023 (JO 07/10/2023), art. 1 bis de l’arrêté du 21/11/2019';
const A2025 = 'Arrêté du 21 février 2025 (JO 05/03/2025) modifiant l’arrêté du 21/11/2019';

export const ELIGIBILITY_RULES: readonly RuleVersion[] = [
  {
    id: 'distance-2km',
    satisfies: ['proximity'],
    derogation: false,
    source: `${A2019}, art. 1 1°`,
    validFrom: '2019-11-25',
    validTo: null,
    check: { kind: 'distance', maxM: 2_000 },
  },
  {
    id: 'derogation-20km-discretionary',
    satisfies: ['proximity'],
    derogation: true,
    source: A2020,
    validFrom: '2020-10-19',
    validTo: '2023-10-07',
    check: { kind: 'discretionary-distance', baseM: 2_000, maxM: 20_000 },
  },
  {
    id: 'derogation-10km-periurban-rural',
    satisfies: ['proximity'],
    derogation: true,
    source: A2023,
    validFrom: '2023-10-08',
    validTo: null,
    check: { kind: 'density-distance', baseM: 2_000, maxM: 10_000, classes: ['periurban', 'rural'] },
  },
  {
    id: 'derogation-20km-rural',
    satisfies: ['proximity'],
    derogation: true,
    source: A2023,
    validFrom: '2023-10-08',
    validTo: null,
    check: { kind: 'density-distance', baseM: 2_000, maxM: 20_000, classes: ['rural'] },
  },
  {
    id: 'power-cap-mainland',
    satisfies: ['power'],
    derogation: false,
    source: `${A2019}, art. 1 2° (3 MW)`,
    validFrom: '2019-11-25',
    validTo: '2025-03-05',
    check: { kind: 'power', region: 'mainland', belowW: 3_000_000 },
  },
  {
    id: 'power-cap-mainland',
    satisfies: ['power'],
    derogation: false,
    source: `${A2019}, art. 1 2°, as amended by the ${A2025} (5 MW)`,
    validFrom: '2025-03-06',
    validTo: null,
    check: { kind: 'power', region: 'mainland', belowW: 5_000_000 },
  },
  {
    id: 'power-cap-zni',
    satisfies: ['power'],
    derogation: false,
    source: `${A2019}, art. 1 2° (zones non interconnectées)`,
    validFrom: '2019-11-25',
    validTo: null,
    check: { kind: 'power', region: 'zni', belowW: 500_000 },
  },
  {
    id: 'derogation-public-body',
    satisfies: ['proximity', 'power'],
    derogation: true,
    source: A2025,
    validFrom: '2025-03-06',
    validTo: null,
    check: { kind: 'public-body', belowW: 10_000_000 },
  },
];

/** Versions in force on `date` (YYYY-MM-DD). String comparison is date order for this fixed format. */
export function rulesInForce(date: string, rules: readonly RuleVersion[] = ELIGIBILITY_RULES): RuleVersion[] {
  return rules.filter((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}
