// Breakdown dimensions of the PCAET diagnostic. Codes are stable English slugs; French labels are the reference
// wording of the sources (like the COP lever labels), kept here so the catalogue is self-describing.

/** The 8 sectors of the arrêté of 4 Aug 2016, in the arrêté's order. */
export const PCAET_SECTORS = [
  'residential',
  'tertiary',
  'road_transport',
  'other_transport',
  'agriculture',
  'waste',
  'industry_excl_energy',
  'energy_industry',
] as const;
export type PcaetSector = (typeof PCAET_SECTORS)[number];

export const PCAET_SECTOR_LABELS_FR: Record<PcaetSector, string> = {
  residential: 'Résidentiel',
  tertiary: 'Tertiaire',
  road_transport: 'Transport routier',
  other_transport: 'Autres transports',
  agriculture: 'Agriculture',
  waste: 'Déchets',
  industry_excl_energy: 'Industrie hors branche énergie',
  energy_industry: 'Branche énergie',
};

/** The 6 air pollutants of the arrêté (COVNM = NMVOC as defined in R221-1 I). */
export const AIR_POLLUTANTS = ['nox', 'pm10', 'pm2_5', 'nmvoc', 'so2', 'nh3'] as const;
export type AirPollutant = (typeof AIR_POLLUTANTS)[number];

export const AIR_POLLUTANT_LABELS_FR: Record<AirPollutant, string> = {
  nox: 'Oxydes d’azote (NOx)',
  pm10: 'Particules PM10',
  pm2_5: 'Particules PM2,5',
  nmvoc: 'Composés organiques volatils non méthaniques (COVNM)',
  so2: 'Dioxyde de soufre (SO2)',
  nh3: 'Ammoniac (NH3)',
};

/** Final-energy vectors (see source 'project-energy-vectors': not yet checked against the arrêté). */
export const ENERGY_VECTORS = [
  'electricity',
  'natural_gas',
  'oil_products',
  'coal',
  'wood_biomass',
  'heat_cold_networks',
  'other_renewables',
  'other_non_renewables',
] as const;
export type EnergyVector = (typeof ENERGY_VECTORS)[number];

export const ENERGY_VECTOR_LABELS_FR: Record<EnergyVector, string> = {
  electricity: 'Électricité',
  natural_gas: 'Gaz naturel',
  oil_products: 'Produits pétroliers',
  coal: 'Combustibles minéraux solides',
  wood_biomass: 'Bois-énergie et biomasse',
  heat_cold_networks: 'Chaleur et froid des réseaux',
  other_renewables: 'Autres énergies renouvelables',
  other_non_renewables: 'Autres énergies non renouvelables',
};

/** Renewable electricity filières listed in R229-51 (diagnostic 5°). */
export const RENEWABLE_ELECTRICITY_FILIERES = [
  'onshore_wind',
  'solar_pv',
  'solar_thermodynamic',
  'hydro',
  'solid_biomass',
  'biogas',
  'geothermal',
] as const;
/** Renewable heat filières listed in R229-51 (diagnostic 5°). */
export const RENEWABLE_HEAT_FILIERES = ['solid_biomass', 'heat_pumps', 'geothermal', 'solar_thermal', 'biogas'] as const;
export type RenewableElectricityFiliere = (typeof RENEWABLE_ELECTRICITY_FILIERES)[number];
export type RenewableHeatFiliere = (typeof RENEWABLE_HEAT_FILIERES)[number];

export const RENEWABLE_FILIERE_LABELS_FR: Record<RenewableElectricityFiliere | RenewableHeatFiliere, string> = {
  onshore_wind: 'Éolien terrestre',
  solar_pv: 'Solaire photovoltaïque',
  solar_thermodynamic: 'Solaire thermodynamique',
  hydro: 'Hydraulique',
  solid_biomass: 'Biomasse solide',
  biogas: 'Biogaz',
  geothermal: 'Géothermie',
  heat_pumps: 'Pompes à chaleur',
  solar_thermal: 'Solaire thermique',
};

/** Land uses of carbon sequestration (R229-51 2° asks at least soils and forest; the 8 of the ADEME tool). */
export const SEQUESTRATION_LAND_USES = [
  'cropland',
  'grassland',
  'wetlands',
  'orchards',
  'vineyards',
  'artificialised_soils',
  'forest',
  'wood_products',
] as const;
export type SequestrationLandUse = (typeof SEQUESTRATION_LAND_USES)[number];

export const SEQUESTRATION_LAND_USE_LABELS_FR: Record<SequestrationLandUse, string> = {
  cropland: 'Cultures',
  grassland: 'Prairies',
  wetlands: 'Zones humides',
  orchards: 'Vergers',
  vineyards: 'Vignes',
  artificialised_soils: 'Sols artificialisés',
  forest: 'Forêts',
  wood_products: 'Produits bois',
};

/** Agriculture GHG sub-sectors of the ADEME trajectory tool, needed by the SGPE agriculture levers. */
export const AGRICULTURE_GHG_SUBSECTORS = ['energy', 'livestock', 'crop_practices'] as const;
export type AgricultureGhgSubsector = (typeof AGRICULTURE_GHG_SUBSECTORS)[number];

export const AGRICULTURE_GHG_SUBSECTOR_LABELS_FR: Record<AgricultureGhgSubsector, string> = {
  energy: 'Énergie (bâtiments et engins)',
  livestock: 'Élevage',
  crop_practices: 'Pratiques culturales',
};
