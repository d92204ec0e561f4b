// The PCAET diagnostic indicator catalogue (R229-51 I; arrêté of 4 Aug 2016), as versioned data generated from the
// dimension lists. Each indicator has a stable English code, a French label, a unit, a parent for sums and the
// dimension values it stands for. Values are annual quantities in the indicator's unit.
import * as d from './dimensions';
import type { ReferenceSourceId } from './sources';
import type { UnitCode } from './units';

export const INDICATOR_FAMILIES = ['final_energy', 'ghg', 'air', 'renewables', 'recovered_heat', 'sequestration'] as const;
export type IndicatorFamily = (typeof INDICATOR_FAMILIES)[number];

/** Name of the child set an indicator belongs to under its parent; a parent may have several (sector, vector). */
export type IndicatorBreakdown = 'sector' | 'vector' | 'subsector' | 'carrier' | 'filiere' | 'land_use';

export interface IndicatorDimensions {
  readonly sector?: d.PcaetSector;
  readonly vector?: d.EnergyVector;
  readonly pollutant?: d.AirPollutant;
  readonly carrier?: 'electricity' | 'heat' | 'biomethane' | 'biofuels';
  readonly filiere?: d.RenewableElectricityFiliere | d.RenewableHeatFiliere;
  readonly landUse?: d.SequestrationLandUse;
  readonly subsector?: d.AgricultureGhgSubsector;
}

export interface IndicatorDefinition {
  readonly code: string;
  readonly family: IndicatorFamily;
  readonly labelFr: string;
  readonly unit: UnitCode;
  readonly parent: string | null;
  /** Set only with a parent: the children of one parent and one breakdown must add up to the parent. */
  readonly breakdown: IndicatorBreakdown | null;
  readonly dims: IndicatorDimensions;
  /** Direction the plan wants: what "on track" means for the trajectory engine. */
  readonly goal: 'decrease' | 'increase';
  readonly source: ReferenceSourceId;
  readonly note?: string;
}

type Def = IndicatorDefinition;
type Base = Pick<Def, 'family' | 'unit' | 'goal' | 'source'>;
const SECTOR_SOURCE = 'arrete-2016-08-04-pcaet' as const;

function child(
  base: Base,
  code: string,
  labelFr: string,
  parent: string,
  breakdown: IndicatorBreakdown,
  dims: IndicatorDimensions,
  extra: Partial<Def> = {},
): Def {
  return { ...base, code, labelFr, parent, breakdown, dims, ...extra };
}

function finalEnergy(): Def[] {
  const base = { family: 'final_energy', unit: 'MWh', goal: 'decrease', source: SECTOR_SOURCE } as const;
  const out: Def[] = [{ ...base, code: 'final_energy', labelFr: "Consommation d'énergie finale", parent: null, breakdown: null, dims: {} }];
  for (const sector of d.PCAET_SECTORS) {
    const code = `final_energy.sector.${sector}`;
    out.push(child(base, code, `Consommation d'énergie finale — ${d.PCAET_SECTOR_LABELS_FR[sector]}`, 'final_energy', 'sector', { sector }));
    for (const vector of d.ENERGY_VECTORS) {
      out.push({
        ...base,
        code: `${code}.vector.${vector}`,
        labelFr: `Consommation d'énergie finale — ${d.PCAET_SECTOR_LABELS_FR[sector]} — ${d.ENERGY_VECTOR_LABELS_FR[vector]}`,
        parent: code,
        breakdown: 'vector',
        dims: { sector, vector },
        source: 'project-energy-vectors',
      });
    }
  }
  for (const vector of d.ENERGY_VECTORS) {
    const label = `Consommation d'énergie finale — ${d.ENERGY_VECTOR_LABELS_FR[vector]}`;
    out.push(child(base, `final_energy.vector.${vector}`, label, 'final_energy', 'vector', { vector }, { source: 'project-energy-vectors' }));
  }
  return out;
}

function ghg(): Def[] {
  const base = { family: 'ghg', unit: 'tCO2e', goal: 'decrease', source: SECTOR_SOURCE } as const;
  const out: Def[] = [
    {
      ...base,
      code: 'ghg',
      labelFr: 'Émissions de gaz à effet de serre (scopes 1 et 2)',
      parent: null,
      breakdown: null,
      dims: {},
      note: 'Scope 1 of the 8 sectors plus scope 2 (electricity, heat and cold consumed on the territory). Source ademe-scope-pcaet.',
    },
  ];
  for (const sector of d.PCAET_SECTORS) {
    out.push({
      ...base,
      code: `ghg.sector.${sector}`,
      labelFr: `Émissions de GES — ${d.PCAET_SECTOR_LABELS_FR[sector]}`,
      parent: 'ghg',
      breakdown: 'sector',
      dims: { sector },
      ...(sector === 'energy_industry'
        ? { note: 'Excludes electricity, heat and cold production: those emissions are counted where consumed (scope 2).' }
        : {}),
    });
  }
  for (const subsector of d.AGRICULTURE_GHG_SUBSECTORS) {
    const label = `Émissions de GES — Agriculture — ${d.AGRICULTURE_GHG_SUBSECTOR_LABELS_FR[subsector]}`;
    const dims = { sector: 'agriculture', subsector } as const;
    out.push(child(base, `ghg.sector.agriculture.${subsector}`, label, 'ghg.sector.agriculture', 'subsector', dims, { source: 'tet-trajectoire-snbc' }));
  }
  out.push({
    ...base,
    code: 'ghg.ccs',
    labelFr: 'Captage et stockage de carbone (CSC)',
    parent: null,
    breakdown: null,
    dims: {},
    source: 'tet-trajectoire-snbc',
    note: 'Negative emissions of industrial CCS (SNBC-2, from 2030). Outside the 8 regulatory sectors; used with industry by the SGPE lever method.',
  });
  return out;
}

function air(): Def[] {
  const out: Def[] = [];
  for (const pollutant of d.AIR_POLLUTANTS) {
    const base = { family: 'air', unit: 't', goal: 'decrease', source: SECTOR_SOURCE } as const;
    const code = `air.${pollutant}`;
    out.push({ ...base, code, labelFr: `Émissions de ${d.AIR_POLLUTANT_LABELS_FR[pollutant]}`, parent: null, breakdown: null, dims: { pollutant } });
    for (const sector of d.PCAET_SECTORS) {
      const label = `Émissions de ${d.AIR_POLLUTANT_LABELS_FR[pollutant]} — ${d.PCAET_SECTOR_LABELS_FR[sector]}`;
      out.push(child(base, `${code}.sector.${sector}`, label, code, 'sector', { pollutant, sector }));
    }
  }
  return out;
}

function renewables(): Def[] {
  const base = { family: 'renewables', unit: 'MWh', goal: 'increase', source: 'code-env-r229-51' } as const;
  const out: Def[] = [{ ...base, code: 'renewables', labelFr: "Production d'énergie renouvelable", parent: null, breakdown: null, dims: {} }];
  const carriers = [
    ['electricity', 'Électricité renouvelable', d.RENEWABLE_ELECTRICITY_FILIERES],
    ['heat', 'Chaleur renouvelable', d.RENEWABLE_HEAT_FILIERES],
    ['biomethane', 'Biométhane', []],
    ['biofuels', 'Biocarburants', []],
  ] as const;
  for (const [carrier, label, filieres] of carriers) {
    const code = `renewables.${carrier}`;
    out.push(child(base, code, `Production — ${label}`, 'renewables', 'carrier', { carrier }));
    for (const filiere of filieres) {
      const filiereLabel = `Production — ${label} — ${d.RENEWABLE_FILIERE_LABELS_FR[filiere]}`;
      out.push(child(base, `${code}.${filiere}`, filiereLabel, code, 'filiere', { carrier, filiere }));
    }
  }
  out.push({
    ...base,
    family: 'recovered_heat',
    code: 'recovered_heat',
    labelFr: 'Chaleur de récupération valorisée',
    parent: null,
    breakdown: null,
    dims: {},
    note: 'Recovered (waste) heat is not renewable: it is kept outside the renewables sum; EnR&R = renewables + recovered_heat.',
  });
  return out;
}

function sequestration(): Def[] {
  const base = { family: 'sequestration', unit: 'tCO2e', goal: 'increase', source: 'code-env-r229-51' } as const;
  const note = 'Net flux, positive = CO2 removed from the atmosphere; a land use that releases carbon has a negative value.';
  const out: Def[] = [{ ...base, code: 'sequestration', labelFr: 'Séquestration nette de CO2', parent: null, breakdown: null, dims: {}, note }];
  for (const landUse of d.SEQUESTRATION_LAND_USES) {
    const label = `Séquestration nette — ${d.SEQUESTRATION_LAND_USE_LABELS_FR[landUse]}`;
    const extra = { source: 'tet-trajectoire-snbc', note } as const;
    out.push(child(base, `sequestration.land_use.${landUse}`, label, 'sequestration', 'land_use', { landUse }, extra));
  }
  return out;
}

export interface IndicatorCatalogue {
  readonly version: string;
  readonly indicators: readonly IndicatorDefinition[];
}

export const INDICATOR_CATALOGUE: IndicatorCatalogue = {
  version: 'pcaet-diagnostic-2016.1',
  indicators: [...finalEnergy(), ...ghg(), ...air(), ...renewables(), ...sequestration()],
};

const BY_CODE: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATOR_CATALOGUE.indicators.map((i) => [i.code, i]));

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}
