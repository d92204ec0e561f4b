// GHG emissions of final-energy consumption with one factor set.
import type { EmissionFactorSet } from './emission-factors';
import { convertUnit } from './units';

export interface EnergyQuantity {
  readonly value: number;
  /** Any energy unit of units.ts (kWh, MWh, GWh, toe…). */
  readonly unit: string;
}

export interface GhgFromEnergyResult {
  /** Echo of the set used, so a stored figure always says which convention produced it. */
  readonly factorSetId: string;
  readonly convention: EmissionFactorSet['convention'];
  readonly totalTco2e: number;
  readonly byCarrierTco2e: Readonly<Record<string, number>>;
}

export class MissingEmissionFactorError extends Error {
  override readonly name = 'MissingEmissionFactorError';
  readonly code = 'missing_emission_factor';
  constructor(
    readonly factorSetId: string,
    readonly carriers: readonly string[],
  ) {
    super(`Factor set ${factorSetId} has no factor for: ${carriers.join(', ')}`);
  }
}

/**
 * tCO2e = Σ energy[MWh] × factor[kgCO2e/kWh] (1 kg/kWh = 1 t/MWh). Full precision, no rounding. A carrier without a
 * factor in the set is an error (never a silent zero); a non-energy unit is a `UnitError` `unit_mismatch`.
 */
export function ghgFromEnergy(
  energyByCarrier: Readonly<Record<string, EnergyQuantity>>,
  factorSet: EmissionFactorSet,
): GhgFromEnergyResult {
  const factors = new Map(factorSet.factors.map((f) => [f.carrier, f.kgCo2ePerKwh]));
  const missing = Object.keys(energyByCarrier).filter((c) => !factors.has(c));
  if (missing.length) throw new MissingEmissionFactorError(factorSet.id, missing);
  const byCarrierTco2e: Record<string, number> = {};
  let totalTco2e = 0;
  for (const [carrier, quantity] of Object.entries(energyByCarrier)) {
    if (!Number.isFinite(quantity.value)) throw new RangeError(`Energy for ${carrier} is not a finite number`);
    const tco2e = convertUnit(quantity.value, quantity.unit, 'MWh') * (factors.get(carrier) as number);
    byCarrierTco2e[carrier] = tco2e;
    totalTco2e += tco2e;
  }
  return { factorSetId: factorSet.id, convention: factorSet.convention, totalTco2e, byCarrierTco2e };
}
