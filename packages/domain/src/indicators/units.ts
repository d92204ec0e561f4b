// Units of the diagnostic data and exact conversions within one dimension.
//
// Each unit is an integer multiple of the smallest unit of its dimension (Wh, kgCO2e, kg, m²). Integers below
// 2^53 are exact doubles, so the factors themselves carry no rounding; a conversion is then one exact-integer
// multiplication or division (correctly rounded), except toe ↔ Wh-multiples, whose ratio is not an integer.

export const UNIT_DIMENSIONS = ['energy', 'ghg_mass', 'mass', 'area'] as const;
export type UnitDimension = (typeof UNIT_DIMENSIONS)[number];

export interface UnitDefinition {
  readonly code: string;
  readonly dimension: UnitDimension;
  /** Size of the unit in the smallest unit of its dimension (Wh, kgCO2e, kg, m²). */
  readonly factor: number;
  readonly note?: string;
}

/**
 * 1 toe (tep) = 10⁷ kcal(IT) = 41.868 GJ = 41,868,000 kJ / 3,600 kJ·kWh⁻¹ = 11,630 kWh exactly.
 * This is the IEA/Eurostat definition used by French energy statistics for final energy (PCI). It is not a
 * primary-energy coefficient (e.g. 2.3 kWhEP/kWh for electricity in the DPE): those are a different conversion.
 */
export const WH_PER_TOE = 11_630_000;

// Greenhouse-gas mass (CO2 equivalent) and physical mass are separate dimensions on purpose: tonnes of NOx must
// never be added to, or converted into, tonnes of CO2e.
const UNITS = [
  { code: 'Wh', dimension: 'energy', factor: 1 },
  { code: 'kWh', dimension: 'energy', factor: 1e3 },
  { code: 'MWh', dimension: 'energy', factor: 1e6 },
  { code: 'GWh', dimension: 'energy', factor: 1e9 },
  { code: 'TWh', dimension: 'energy', factor: 1e12 },
  { code: 'toe', dimension: 'energy', factor: WH_PER_TOE, note: 'tonne of oil equivalent (tep), 41.868 GJ' },
  { code: 'ktoe', dimension: 'energy', factor: WH_PER_TOE * 1e3, note: 'thousand toe (ktep)' },
  { code: 'kgCO2e', dimension: 'ghg_mass', factor: 1 },
  { code: 'tCO2e', dimension: 'ghg_mass', factor: 1e3 },
  { code: 'ktCO2e', dimension: 'ghg_mass', factor: 1e6 },
  { code: 'MtCO2e', dimension: 'ghg_mass', factor: 1e9 },
  { code: 'kg', dimension: 'mass', factor: 1 },
  { code: 't', dimension: 'mass', factor: 1e3 },
  { code: 'kt', dimension: 'mass', factor: 1e6 },
  { code: 'm2', dimension: 'area', factor: 1 },
  { code: 'ha', dimension: 'area', factor: 1e4 },
  { code: 'km2', dimension: 'area', factor: 1e6 },
] as const satisfies readonly UnitDefinition[];

export type UnitCode = (typeof UNITS)[number]['code'];
export const UNIT_CODES: readonly UnitCode[] = UNITS.map((u) => u.code);
const BY_CODE: ReadonlyMap<string, UnitDefinition> = new Map(UNITS.map((u) => [u.code, u]));

export type UnitErrorCode = 'unknown_unit' | 'unit_mismatch';

export class UnitError extends Error {
  override readonly name = 'UnitError';
  constructor(
    readonly code: UnitErrorCode,
    message: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(message);
  }
}

export function isUnitCode(code: string): code is UnitCode {
  return BY_CODE.has(code);
}

export function findUnit(code: string): UnitDefinition | undefined {
  return BY_CODE.get(code);
}

function unitOrThrow(code: string, from: string, to: string): UnitDefinition {
  const unit = BY_CODE.get(code);
  if (!unit) throw new UnitError('unknown_unit', `Unknown unit "${code}"`, from, to);
  return unit;
}

/**
 * Converts a value between two units of the same dimension. Throws `UnitError` `unit_mismatch` across
 * dimensions (e.g. MWh → tCO2e) and `unknown_unit` for a code outside the table.
 */
export function convertUnit(value: number, from: string, to: string): number {
  const a = unitOrThrow(from, from, to);
  const b = unitOrThrow(to, from, to);
  if (a.dimension !== b.dimension) {
    throw new UnitError('unit_mismatch', `Cannot convert ${a.dimension} (${from}) to ${b.dimension} (${to})`, from, to);
  }
  if (a.factor === b.factor) return value;
  // Prefer one operation by an exact integer ratio, so e.g. 1 GWh → MWh is exactly 1000 and 1 MWh → GWh is 0.001.
  if (a.factor % b.factor === 0) return value * (a.factor / b.factor);
  if (b.factor % a.factor === 0) return value / (b.factor / a.factor);
  return (value * a.factor) / b.factor;
}
