import type { HeatParams } from './params';

/**
 * Where each default comes from. `assumption: true` marks our own choice where no authoritative figure was found;
 * the README repeats this table and flags those rows. Keep both in step (a test checks the keys).
 */
export interface ParameterSource {
  unit: string;
  source: string;
  assumption: boolean;
}

const HOTMAPS = 'HotMaps excess_heat_cm (H2020 Hotmaps, Apache)';

export const PARAMETER_SOURCES: Record<keyof HeatParams, ParameterSource> = {
  radius_m: { unit: 'm', source: `${HOTMAPS}: fixed_radius_search(20000) in excess_heat.py; the UI radius is commented out`, assumption: false },
  min_delta_k: { unit: 'K', source: 'Minimum approach of a plate heat exchanger between the source and the supply temperature', assumption: true },
  carnot_efficiency: { unit: '-', source: 'Research note §2.5: η ≈ 0.45–0.55 for modern large heat pumps (review of 33 units, Jesper et al., Univ. Kassel); mid-range', assumption: false },
  min_cop: { unit: '-', source: 'Renewable-energy accounting threshold for electric heat pumps, SPF > 1.15/η = 2.5 (Directive 2009/28/EC Annex VII; Commission Decision 2013/114/EU) ⚠ verify', assumption: false },
  max_cop: { unit: '-', source: 'Ceiling on the screening COP: η·Carnot tends to infinity as the lift vanishes, real machines do not', assumption: true },
  detour_factor: { unit: '-', source: 'Trench length / straight distance; order of magnitude of road-network circuity factors', assumption: true },
  full_load_hours: { unit: 'h/yr', source: 'Equivalent full-load hours used to size the line from annual energy: heat_network 4000 (base load incl. summer hot water), district 2500, building 2000 (space heating + hot water)', assumption: true },
  discount_rate: { unit: '-', source: `${HOTMAPS}: constant.py default 3 %`, assumption: false },
  lifetime_years: { unit: 'yr', source: `${HOTMAPS}: constant.py default 30 years`, assumption: false },
  om_share: { unit: '-/yr', source: `${HOTMAPS}: operational_costs_factor = 0.01 as used by dh_objects.py (the UI's 2 % is parsed but never used)`, assumption: false },
  electricity_eur_per_mwh: { unit: '€/MWh', source: `${HOTMAPS}: parameters.py ELECTRICITY_PRICE_MAP FR = 15.6 c€/kWh ⚠ dated; use the current tariff`, assumption: false },
  max_cost_eur_per_mwh: { unit: '€/MWh', source: 'Average selling price of heat from French networks, 71.7 €/MWh excl. VAT in 2014 (SDES, "Les réseaux de chaleur : quels prix pour le consommateur ?") ⚠ dated', assumption: false },
  hx_source_eur_per_kw: { unit: '€/kW', source: `${HOTMAPS}: parameters.py AIR_TO_LIQUID_HEAT_EXCHANGER_COST 15,000 €/MW`, assumption: false },
  hx_sink_eur_per_kw_below_1mw: { unit: '€/kW', source: `${HOTMAPS}: LIQUID_TO_LIQUID_HEAT_EXCHANGER_COST_SUB_1MW 265,000 €/MW`, assumption: false },
  hx_sink_eur_per_kw_from_1mw: { unit: '€/kW', source: `${HOTMAPS}: LIQUID_TO_LIQUID_HEAT_EXCHANGER_COST_ABOVE_1MW 100,000 €/MW`, assumption: false },
  heat_pump_eur_per_kw: { unit: '€/kW_th', source: 'Central heat pump, 1200 €/kW (Energy Informatics 4 (2021), doi:10.1186/s42162-021-00178-0, Table 1) ⚠ single secondary source; large MW units are often cheaper', assumption: false },
  soil_temperature_c: { unit: '°C', source: `${HOTMAPS}: parameters.py SOIL_TEMPERATURE_MAP FR = 10.7 °C`, assumption: false },
  insulation_w_per_mk: { unit: 'W/(m·K)', source: `${HOTMAPS}: parameters.py INSULATOR_CONDUCTIVITY = 0.05`, assumption: false },
  lp_epsilon: { unit: '-', source: 'Relative slack of the recovery floor in the cost phase; 100× below HiGHS feasibility tolerance (1e-7) relative to a 1 MWh flow', assumption: true },
  merit_steps: { unit: '-', source: 'Points of the merit-order curve (brief: 20 thresholds between the cheapest and dearest arc)', assumption: true },
};
