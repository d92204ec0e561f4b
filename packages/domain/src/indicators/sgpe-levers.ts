// The 29 SGPE "trajectoire-leviers": each lever takes a regional percentage of its sector's 2019→2030 GHG change.
// Percentages are data of the SGPE workbook, in the region order of LEVER_REGIONS. The method lives in
// @trajectoire/engines (trajectory.allocateLevers); this file only says which indicators each lever rests on.
import { LEVER_REGION_CODES, type LeverRegionCode } from './lever-regions';

export const LEVER_SECTORS = [
  'residential',
  'tertiary',
  'transport',
  'agriculture',
  'land_use',
  'industry',
  'waste',
  'energy_industry',
] as const;
export type LeverSector = (typeof LEVER_SECTORS)[number];

/** One catalogue indicator entering a lever's base; sign −1 turns sequestration (positive = removal) into emissions. */
export interface LeverBasisTerm {
  readonly indicator: string;
  readonly sign: 1 | -1;
}

export interface SgpeLever {
  readonly code: string;
  readonly labelFr: string;
  readonly sector: LeverSector;
  readonly basis: readonly LeverBasisTerm[];
  /** COP lever codes (levers/cop-levers.ts) whose tagged actions count for this lever. */
  readonly copLeverCodes: readonly string[];
  readonly percentByRegion: Readonly<Record<LeverRegionCode, number>>;
}

const t = (indicator: string, sign: 1 | -1 = 1): LeverBasisTerm => ({ indicator, sign });
const SECTOR_BASIS: Record<LeverSector, readonly LeverBasisTerm[]> = {
  residential: [t('ghg.sector.residential')],
  tertiary: [t('ghg.sector.tertiary')],
  transport: [t('ghg.sector.road_transport'), t('ghg.sector.other_transport')],
  agriculture: [t('ghg.sector.agriculture')],
  land_use: [t('sequestration', -1)],
  industry: [t('ghg.sector.industry_excl_energy'), t('ghg.ccs')],
  waste: [t('ghg.sector.waste')],
  energy_industry: [t('ghg.sector.energy_industry')],
};

type Row = [code: string, labelFr: string, sector: LeverSector, percents: number | readonly number[], cop: readonly string[], basis?: readonly LeverBasisTerm[]];

const ROWS: readonly Row[] = [
  ['residential-oil-boiler-replacement', 'Changement chaudières fioul + rénovation (résidentiel)', 'residential', [43, 48, 51, 40, 10, 43, 31, 24, 45, 41, 41, 41, 42], ['residential-oil-boiler-replacement']],
  ['residential-gas-boiler-replacement', 'Changement chaudières gaz + rénovation (résidentiel)', 'residential', [32, 28, 26, 32, 17, 33, 43, 47, 29, 32, 32, 34, 32], ['residential-gas-boiler-replacement']],
  ['residential-sufficiency-insulation', 'Sobriété des bâtiments (résidentiel)', 'residential', [25, 23, 23, 28, 73, 24, 26, 28, 26, 27, 26, 25, 26], ['residential-sufficiency-insulation']],
  ['tertiary-oil-boiler-replacement', 'Changement de chaudière à fioul (tertiaire)', 'tertiary', [37, 39, 32, 43, 50, 36, 33, 15, 40, 41, 38, 39, 31], ['tertiary-oil-boiler-replacement']],
  ['tertiary-gas-boiler-replacement', 'Changement de chaudière à gaz (tertiaire)', 'tertiary', [17, 19, 23, 16, 0, 21, 21, 24, 17, 15, 14, 19, 16], ['tertiary-gas-boiler-replacement']],
  ['tertiary-sufficiency-insulation', 'Sobriété et isolation des bâtiments (tertiaire)', 'tertiary', [45, 42, 46, 42, 50, 43, 47, 60, 43, 43, 48, 42, 53], ['tertiary-sufficiency-insulation']],
  ['travel-reduction', 'Réduction des déplacements', 'transport', [5, 4, 5, 4, 8, 4, 4, 8, 4, 5, 5, 5, 6], ['travel-reduction']],
  ['carpooling', 'Covoiturage', 'transport', [5, 4, 5, 4, 8, 4, 4, 8, 4, 5, 5, 5, 6], ['carpooling']],
  ['cycling-public-transport', 'Vélo et transport en commun', 'transport', [8, 7, 8, 7, 14, 7, 7, 13, 7, 8, 9, 8, 9], ['cycling-public-transport']],
  ['electric-vehicles', 'Véhicules électriques', 'transport', [19, 18, 20, 18, 32, 18, 16, 20, 18, 19, 22, 19, 21], ['electric-vehicles']],
  ['private-vehicle-efficiency-low-carbon-fuels', 'Efficacité et carburants décarbonés des véhicules privés', 'transport', [10, 10, 11, 10, 17, 10, 9, 11, 10, 11, 12, 10, 12], ['private-vehicle-efficiency-low-carbon-fuels']],
  ['decarbonised-buses-coaches', 'Bus et cars décarbonés', 'transport', [1, 1, 1, 1, 3, 1, 1, 2, 1, 1, 1, 1, 2], ['decarbonised-buses-coaches']],
  ['decarbonised-freight-multimodality', 'Fret décarboné et multimodalité', 'transport', [23, 25, 22, 25, 8, 25, 26, 17, 25, 23, 20, 24, 20], ['decarbonised-freight-multimodality']],
  ['logistics-efficiency-sufficiency', 'Efficacité et sobriété logistique', 'transport', [28, 31, 28, 31, 9, 31, 32, 21, 30, 29, 25, 29, 25], ['logistics-efficiency-sufficiency']],
  ['agricultural-buildings-machinery', 'Bâtiments & Machines agricoles', 'agriculture', 100, ['agricultural-buildings-machinery'], [t('ghg.sector.agriculture.energy')]],
  ['sustainable-livestock', 'Elevage durable', 'agriculture', 100, ['sustainable-livestock'], [t('ghg.sector.agriculture.livestock')]],
  ['nitrogen-fertilisation-practices', 'Changements de pratiques de fertilisation azotée', 'agriculture', 100, ['nitrogen-fertilisation-practices'], [t('ghg.sector.agriculture.crop_practices')]],
  ['forest-management-wood-products', 'Gestion des forêts et produits bois', 'land_use', 100, ['forest-management', 'wood-products'], [t('sequestration.land_use.forest', -1), t('sequestration.land_use.wood_products', -1)]],
  ['carbon-storing-practices', 'Pratiques stockantes', 'land_use', [34, 41, 55, 53, 5, 50, 54, 57, 46, 47, 40, 51, 26], ['carbon-storing-practices'], [t('sequestration.land_use.cropland', -1)]],
  ['hedgerow-management', 'Gestion des haies', 'land_use', [66, 59, 45, 47, 95, 50, 46, 43, 54, 53, 60, 49, 74], ['hedgerow-management'], [t('sequestration.land_use.cropland', -1)]],
  ['grassland-management', 'Gestion des prairies', 'land_use', 100, ['grassland-management'], [t('sequestration.land_use.grassland', -1)]],
  ['land-sufficiency', 'Sobriété foncière', 'land_use', 100, ['land-sufficiency'], [t('sequestration.land_use.artificialised_soils', -1)]],
  ['industrial-production', 'Production industrielle', 'industry', 100, ['large-industrial-sites', 'diffuse-industry']],
  ['landfill-methane-capture', 'Captage de méthane dans les ISDND', 'waste', [59, 66, 43, 64, 64, 60, 66, 63, 62, 62, 61, 64, 53], ['landfill-methane-capture']],
  ['waste-prevention', 'Prévention des déchets', 'waste', [7, 6, 11, 6, 5, 6, 6, 5, 6, 7, 7, 7, 7], ['waste-prevention']],
  ['waste-material-recovery', 'Valorisation matière des déchets', 'waste', [35, 28, 46, 30, 31, 34, 28, 32, 32, 30, 33, 30, 40], ['waste-material-recovery']],
  ['renewable-electricity', 'Electricité renouvelable', 'energy_industry', [50, 101, 88, 96, 52, 44, 25, 15, 20, 95, 67, 39, 96], ['renewable-electricity']],
  ['biogas', 'Biogaz', 'energy_industry', [44, 78, 163, 110, 40, 79, 61, 15, 77, 94, 59, 85, 19], ['biogas']],
  ['decarbonised-heat-networks', 'Réseaux de chaleur décarbonés', 'energy_industry', [38, 35, 17, 20, 0, 53, 31, 113, 26, 10, 7, 16, 8], ['decarbonised-heat-networks']],
];

function byRegion(percents: number | readonly number[]): Record<LeverRegionCode, number> {
  const list = typeof percents === 'number' ? LEVER_REGION_CODES.map(() => percents) : percents;
  if (list.length !== LEVER_REGION_CODES.length) throw new Error('One percentage per region is required');
  return Object.fromEntries(LEVER_REGION_CODES.map((code, i) => [code, list[i]])) as Record<LeverRegionCode, number>;
}

export interface SgpeLeverSet {
  readonly version: string;
  readonly source: string;
  readonly referenceYear: 2019;
  readonly targetYear: 2030;
  readonly levers: readonly SgpeLever[];
}

export const SGPE_LEVER_SET: SgpeLeverSet = {
  version: 'sgpe-trajectoire-leviers-2025',
  source:
    'SGPE workbook « Proposition de calcul des Trajectoire-Leviers », percentages as transcribed in Territoires en ' +
    'Transitions apps/backend/src/indicateurs/trajectoire-leviers/trajectoire-leviers.config.ts ' +
    '(incubateur-ademe/territoires-en-transitions, commit 0bd03df724af8b31c7bc8877492302aafb259079, added 2025-08/09)',
  referenceYear: 2019,
  targetYear: 2030,
  levers: ROWS.map(([code, labelFr, sector, percents, copLeverCodes, basis]) => ({
    code,
    labelFr,
    sector,
    basis: basis ?? SECTOR_BASIS[sector],
    copLeverCodes,
    percentByRegion: byRegion(percents),
  })),
};

export function sectorBasis(sector: LeverSector): readonly LeverBasisTerm[] {
  return SECTOR_BASIS[sector];
}

/**
 * The levers with one region's percentage, in the shape the trajectory engine's `allocateLevers` takes. A region
 * outside the table (overseas) gets `percent: null`, so every lever's reduction is "no value", never zero.
 */
export function sgpeLeversForRegion(regionCode: string) {
  return SGPE_LEVER_SET.levers.map((lever) => ({
    code: lever.code,
    sector: lever.sector,
    basis: lever.basis,
    percent: (lever.percentByRegion as Record<string, number>)[regionCode] ?? null,
    actionLeverCodes: lever.copLeverCodes,
  }));
}
