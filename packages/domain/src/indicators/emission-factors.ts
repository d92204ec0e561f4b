// Dated emission-factor sets, in kgCO2e per kWh of final energy (equal to tCO2e per MWh). Two conventions must not
// be mixed (research note energy-engines §4.4): the regulatory building set (DPE, OPERAT) and inventory sets for
// PCAET/BEGES. Every factor keeps its own vintage and source because a set compiles several publications.

export type FactorConvention = 'regulatory' | 'life_cycle' | 'direct';

export interface EmissionFactor {
  /** Energy carrier, possibly with its end use or appliance when the source differentiates them. */
  readonly carrier: string;
  /** kgCO2e per kWh of final energy, on a lower-heating-value (PCI) basis for fuels. */
  readonly kgCo2ePerKwh: number;
  /** Year (or date) of the data the value describes. */
  readonly vintage: string;
  readonly source: string;
}

export interface EmissionFactorSet {
  readonly id: string;
  readonly purpose: 'regulatory_building' | 'inventory';
  readonly convention: FactorConvention;
  /** Date of the text or publication that fixes the set. */
  readonly date: string;
  readonly source: string;
  readonly note?: string;
  readonly factors: readonly EmissionFactor[];
}

const DPE = "Arrêté du 31 mars 2021 (DPE), as coded in the Open3CL engine conso.js coef_ges (@open3cl/engine 1.4.0)";

export const DPE_2021_FACTOR_SET: EmissionFactorSet = {
  id: 'dpe-2021',
  purpose: 'regulatory_building',
  convention: 'regulatory',
  date: '2021-03-31',
  source: DPE,
  note: 'Heat networks use the per-network content of the yearly arrêté (no default here). Electricity differs by end use.',
  factors: [
    { carrier: 'electricity_heating', kgCo2ePerKwh: 0.079, vintage: '2021', source: DPE },
    { carrier: 'electricity_dhw', kgCo2ePerKwh: 0.065, vintage: '2021', source: DPE },
    { carrier: 'electricity_cooling', kgCo2ePerKwh: 0.064, vintage: '2021', source: DPE },
    { carrier: 'electricity_lighting', kgCo2ePerKwh: 0.069, vintage: '2021', source: DPE },
    { carrier: 'electricity_auxiliaries', kgCo2ePerKwh: 0.064, vintage: '2021', source: DPE },
    { carrier: 'natural_gas', kgCo2ePerKwh: 0.227, vintage: '2021', source: DPE },
    { carrier: 'fuel_oil', kgCo2ePerKwh: 0.324, vintage: '2021', source: DPE },
    { carrier: 'lpg', kgCo2ePerKwh: 0.272, vintage: '2021', source: DPE },
    { carrier: 'coal', kgCo2ePerKwh: 0.385, vintage: '2021', source: DPE },
    { carrier: 'wood_logs', kgCo2ePerKwh: 0.03, vintage: '2021', source: DPE },
    { carrier: 'wood_pellets', kgCo2ePerKwh: 0.03, vintage: '2021', source: DPE },
    { carrier: 'wood_chips', kgCo2ePerKwh: 0.024, vintage: '2021', source: DPE },
  ],
};

const FCU_RATIOS = 'Base Empreinte (ADEME) via France Chaleur Urbaine publicodes ratios-environnementaux.publicodes';
const FEDENE = 'FEDENE/SNCU 2025 survey on 2024 data, via France Chaleur Urbaine publicodes liste-rfu-rcu.publicodes';

export const INVENTORY_LIFE_CYCLE_FACTOR_SET: EmissionFactorSet = {
  id: 'inventory-life-cycle-2025',
  purpose: 'inventory',
  convention: 'life_cycle',
  date: '2025',
  source: `${FCU_RATIOS}; ${FEDENE}`,
  note:
    'No generic electricity factor yet: the Base Empreinte "mix de consommation – moyen" value for BEGES/PCAET was not ' +
    'retrieved. The per-use electricity factors below stop at the 2023 values (ADEME decision, 2025).',
  factors: [
    { carrier: 'electricity_heating', kgCo2ePerKwh: 0.0693, vintage: '2020', source: FCU_RATIOS },
    { carrier: 'electricity_dhw', kgCo2ePerKwh: 0.0585, vintage: '2020', source: FCU_RATIOS },
    { carrier: 'electricity_cooling', kgCo2ePerKwh: 0.0583, vintage: '2020', source: FCU_RATIOS },
    { carrier: 'gas_boiler', kgCo2ePerKwh: 0.243, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'fuel_oil_boiler', kgCo2ePerKwh: 0.314, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'biogas_boiler', kgCo2ePerKwh: 0.0445, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'wood_pellets_boiler', kgCo2ePerKwh: 0.027, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'wood_pellets_stove', kgCo2ePerKwh: 0.032, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'wood_logs_boiler', kgCo2ePerKwh: 0.032, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'wood_logs_stove', kgCo2ePerKwh: 0.046, vintage: '2023', source: FCU_RATIOS },
    { carrier: 'heat_network', kgCo2ePerKwh: 0.109, vintage: '2024', source: `${FEDENE} (national average, 67 % EnR&R)` },
    { carrier: 'cold_network', kgCo2ePerKwh: 0.021, vintage: '2021', source: FEDENE },
  ],
};

export const NETWORKS_DIRECT_FACTOR_SET: EmissionFactorSet = {
  id: 'networks-direct-2025',
  purpose: 'inventory',
  convention: 'direct',
  date: '2025',
  source: FEDENE,
  note: 'Direct (combustion) content of heat and cold delivered by networks, national averages.',
  factors: [
    { carrier: 'heat_network', kgCo2ePerKwh: 0.087, vintage: '2024', source: FEDENE },
    { carrier: 'cold_network', kgCo2ePerKwh: 0.011, vintage: '2021', source: FEDENE },
  ],
};

export const EMISSION_FACTOR_SETS: readonly EmissionFactorSet[] = [
  DPE_2021_FACTOR_SET,
  INVENTORY_LIFE_CYCLE_FACTOR_SET,
  NETWORKS_DIRECT_FACTOR_SET,
];

export function findEmissionFactorSet(id: string): EmissionFactorSet | undefined {
  return EMISSION_FACTOR_SETS.find((s) => s.id === id);
}
