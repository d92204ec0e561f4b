// The 13 metropolitan regions (INSEE codes) that carry SGPE regional lever percentages.

export const LEVER_REGIONS = [
  { code: '84', nameFr: 'Auvergne-Rhône-Alpes' },
  { code: '27', nameFr: 'Bourgogne-Franche-Comté' },
  { code: '53', nameFr: 'Bretagne' },
  { code: '24', nameFr: 'Centre-Val de Loire' },
  { code: '94', nameFr: 'Corse' },
  { code: '44', nameFr: 'Grand Est' },
  { code: '32', nameFr: 'Hauts-de-France' },
  { code: '11', nameFr: 'Île-de-France' },
  { code: '28', nameFr: 'Normandie' },
  { code: '75', nameFr: 'Nouvelle-Aquitaine' },
  { code: '76', nameFr: 'Occitanie' },
  { code: '52', nameFr: 'Pays de la Loire' },
  { code: '93', nameFr: "Provence-Alpes-Côte d'Azur" },
] as const;

export type LeverRegionCode = (typeof LEVER_REGIONS)[number]['code'];
export const LEVER_REGION_CODES: readonly LeverRegionCode[] = LEVER_REGIONS.map((r) => r.code);

export function isLeverRegionCode(code: string): code is LeverRegionCode {
  return (LEVER_REGION_CODES as readonly string[]).includes(code);
}
