// Reference grid of the 43 action levers used by the regional COPs ("COP régionales") of the
// ecological planning. Codes are stable English slugs so that stored data never depends on the
// French wording; the French label is kept verbatim from the published table.

export const COP_SECTORS = [
  'transport',
  'buildings',
  'energy',
  'industry',
  'waste',
  'agriculture_soils',
  'natural_areas',
  'food',
  'water',
] as const;
export type CopSector = (typeof COP_SECTORS)[number];

export const COP_DIMENSIONS = ['climate', 'biodiversity', 'resources', 'adaptation', 'health'] as const;
export type CopDimension = (typeof COP_DIMENSIONS)[number];

// Sector labels as printed in the table (which writes "Energie" without an accent, as on capitals).
export const COP_SECTOR_LABELS_FR: Record<CopSector, string> = {
  transport: 'Transport',
  buildings: 'Bâtiments',
  energy: 'Energie',
  industry: 'Industrie',
  waste: 'Déchets',
  agriculture_soils: 'Agriculture et sols',
  natural_areas: 'Espaces naturels',
  food: 'Alimentation',
  water: 'Eau',
};

// Column headers of the table, in table order.
export const COP_DIMENSION_LABELS_FR: Record<CopDimension, string> = {
  climate: 'Climat',
  biodiversity: 'Biodiversité',
  resources: 'Ressources',
  adaptation: 'Adaptation',
  health: 'Santé',
};

export interface CopLever {
  readonly code: string;
  readonly sector: CopSector;
  readonly labelFr: string;
  readonly dimensions: readonly CopDimension[];
}

export interface CopLeverSet {
  readonly version: string;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly publishedOn?: string;
  readonly levers: readonly CopLever[];
}

// Levers in table order. The table has two separate "Déchets" groups (rows 21-23 and 42-43);
// both belong to sector 'waste', and the order below keeps the table's row order.
// "Réseaux de chaleur décarbonés" sits in the "Industrie" group of the table, so it stays there.
const LEVERS = [
  { code: 'electric-vehicles', sector: 'transport', labelFr: 'Véhicules électriques', dimensions: ['climate', 'resources', 'health'] },
  { code: 'decarbonised-buses-coaches', sector: 'transport', labelFr: 'Bus et cars décarbonés', dimensions: ['climate', 'resources', 'health'] },
  { code: 'travel-reduction', sector: 'transport', labelFr: 'Réduction des déplacements', dimensions: ['climate', 'health'] },
  { code: 'carpooling', sector: 'transport', labelFr: 'Covoiturage', dimensions: ['climate', 'health'] },
  { code: 'cycling-public-transport', sector: 'transport', labelFr: 'Vélo et transport en commun', dimensions: ['climate', 'health'] },
  { code: 'decarbonised-freight-multimodality', sector: 'transport', labelFr: 'Fret décarboné et multimodalité', dimensions: ['climate', 'resources', 'health'] },
  { code: 'logistics-efficiency-sufficiency', sector: 'transport', labelFr: 'Efficacité et sobriété logistique', dimensions: ['climate', 'health'] },
  { code: 'private-vehicle-efficiency-low-carbon-fuels', sector: 'transport', labelFr: 'Efficacité et carburants décarbonés des véhicules privés', dimensions: ['climate', 'resources', 'health'] },
  { code: 'residential-sufficiency-insulation', sector: 'buildings', labelFr: 'Sobriété et isolation des bâtiments (résidentiel)', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation', 'health'] },
  { code: 'residential-oil-boiler-replacement', sector: 'buildings', labelFr: 'Changement de chaudière à fioul (résidentiel)', dimensions: ['climate'] },
  { code: 'residential-gas-boiler-replacement', sector: 'buildings', labelFr: 'Changement de chaudière à gaz (résidentiel)', dimensions: ['climate'] },
  { code: 'tertiary-sufficiency-insulation', sector: 'buildings', labelFr: 'Sobriété et isolation des bâtiments (tertiaire)', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation', 'health'] },
  { code: 'tertiary-oil-boiler-replacement', sector: 'buildings', labelFr: 'Changement de chaudière à fioul (tertiaire)', dimensions: ['climate'] },
  { code: 'tertiary-gas-boiler-replacement', sector: 'buildings', labelFr: 'Changement de chaudière à gaz (tertiaire)', dimensions: ['climate'] },
  { code: 'renewable-electricity', sector: 'energy', labelFr: 'Electricité renouvelable', dimensions: ['climate', 'biodiversity', 'resources'] },
  { code: 'biogas', sector: 'energy', labelFr: 'Biogaz', dimensions: ['climate', 'biodiversity', 'resources'] },
  { code: 'decarbonised-heat-networks', sector: 'industry', labelFr: 'Réseaux de chaleur décarbonés', dimensions: ['climate', 'resources'] },
  { code: 'large-industrial-sites', sector: 'industry', labelFr: 'Grands sites industriels', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation', 'health'] },
  { code: 'diffuse-industry', sector: 'industry', labelFr: 'Industrie diffuse', dimensions: ['climate', 'resources', 'adaptation', 'health'] },
  { code: 'wood-products', sector: 'industry', labelFr: 'Produits bois', dimensions: ['climate', 'biodiversity', 'resources'] },
  { code: 'landfill-methane-capture', sector: 'waste', labelFr: 'Captage de méthane dans les ISDND', dimensions: ['climate', 'resources'] },
  { code: 'waste-material-recovery', sector: 'waste', labelFr: 'Valorisation matière des déchets', dimensions: ['climate', 'resources'] },
  { code: 'waste-prevention', sector: 'waste', labelFr: 'Prévention des déchets', dimensions: ['climate', 'resources'] },
  { code: 'nitrogen-fertilisation-practices', sector: 'agriculture_soils', labelFr: 'Changements de pratiques de fertilisation azotée', dimensions: ['climate', 'biodiversity', 'health'] },
  { code: 'sustainable-livestock', sector: 'agriculture_soils', labelFr: 'Elevage durable', dimensions: ['climate', 'biodiversity', 'health'] },
  { code: 'forest-management', sector: 'agriculture_soils', labelFr: 'Gestion des forêts', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation'] },
  { code: 'hedgerow-management', sector: 'agriculture_soils', labelFr: 'Gestion des haies', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation'] },
  { code: 'grassland-management', sector: 'agriculture_soils', labelFr: 'Gestion des prairies', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation'] },
  { code: 'carbon-storing-practices', sector: 'agriculture_soils', labelFr: 'Pratiques stockantes', dimensions: ['climate', 'biodiversity', 'adaptation'] },
  { code: 'land-sufficiency', sector: 'agriculture_soils', labelFr: 'Sobriété foncière', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation'] },
  { code: 'agricultural-buildings-machinery', sector: 'agriculture_soils', labelFr: 'Bâtiments & Machines agricoles', dimensions: ['climate', 'health'] },
  { code: 'ecological-continuity-black-spots', sector: 'natural_areas', labelFr: 'Points noirs prioritaires de continuité écologique', dimensions: ['biodiversity'] },
  { code: 'protected-area-coverage', sector: 'natural_areas', labelFr: 'Surface en aire protégée', dimensions: ['biodiversity', 'adaptation'] },
  { code: 'sustainably-managed-forests', sector: 'natural_areas', labelFr: 'Forêts sous gestion durable', dimensions: ['climate', 'biodiversity', 'resources', 'adaptation'] },
  { code: 'natural-habitat-restoration', sector: 'natural_areas', labelFr: 'Restauration des habitats naturels', dimensions: ['biodiversity', 'adaptation'] },
  { code: 'pesticide-use-reduction', sector: 'natural_areas', labelFr: "Réduction de l'usage des phytos", dimensions: ['biodiversity', 'resources', 'health'] },
  { code: 'organic-hve-farming', sector: 'natural_areas', labelFr: 'Agriculture biologique et de HVE', dimensions: ['biodiversity', 'resources', 'health'] },
  { code: 'egalim-law', sector: 'food', labelFr: 'Loi Egalim', dimensions: ['biodiversity', 'health'] },
  { code: 'water-use-sufficiency', sector: 'water', labelFr: "Sobriété dans l'utilisation de la ressource en eau", dimensions: ['resources', 'adaptation'] },
  { code: 'water-catchment-protection', sector: 'water', labelFr: "Protection des zones de captage d'eau", dimensions: ['biodiversity', 'resources', 'adaptation'] },
  { code: 'soil-desealing', sector: 'water', labelFr: 'Désimperméabilisation des sols', dimensions: ['resources', 'adaptation'] },
  { code: 'landfilling', sector: 'waste', labelFr: 'Mise en décharge', dimensions: ['climate', 'resources', 'health'] },
  { code: 'waste-collection-rate', sector: 'waste', labelFr: 'Taux de collecte', dimensions: ['climate', 'resources', 'health'] },
] as const satisfies readonly CopLever[];

export type CopLeverCode = (typeof LEVERS)[number]['code'];

export const COP_LEVER_CODES: readonly CopLeverCode[] = LEVERS.map((lever) => lever.code);

export const COP_LEVER_SET: CopLeverSet = {
  // The seed gives no SGPE publication date. This is the 43-lever grid of the 2023-2024 COP
  // régionales. It is not the SGPE's later 50-lever referential ("50_leviers_SGPE_03_2025.csv",
  // schema.data.gouv.fr) or the 29-lever trajectory set used by Territoires en Transitions.
  version: 'cop-regionales-2023-43',
  source:
    "Secrétariat général à la planification écologique (SGPE), « COP régionales — 43 leviers d'action », " +
    'as reproduced in the presentation to the Comité local de cohésion territoriale de la Manche ' +
    '(Préfecture de la Manche, 12 March 2024), section « Mise en œuvre de la planification écologique ».',
  levers: LEVERS,
};

const LEVERS_BY_CODE: ReadonlyMap<string, CopLever> = new Map(LEVERS.map((lever) => [lever.code, lever]));

export function isCopLeverCode(code: string): code is CopLeverCode {
  return LEVERS_BY_CODE.has(code);
}

export function findCopLever(code: string): CopLever | undefined {
  return LEVERS_BY_CODE.get(code);
}
