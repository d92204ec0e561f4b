// Bibliographic sources of the indicator reference data. Catalogue entries, factors and lever shares cite these ids,
// so a change of source is one edit here and is visible in the data version.

export interface ReferenceSource {
  readonly id: string;
  readonly citation: string;
  readonly url?: string;
  /** What still needs checking against the official text, if anything. */
  readonly caveat?: string;
}

const SOURCES = [
  {
    id: 'arrete-2016-08-04-pcaet',
    citation:
      'Arrêté du 4 août 2016 relatif au plan climat-air-énergie territorial (JO n° 0183 du 7 août 2016, NOR DEVR1622619A): ' +
      'pollutants, sectors and units of the PCAET diagnostic',
    url: 'https://aida.ineris.fr/reglementation/arrete-040816-relatif-plan-climat-air-energie-territorial',
  },
  {
    id: 'code-env-r229-51',
    citation: "Code de l'environnement, art. R229-51 (décret n° 2016-849 du 28 juin 2016): content of the diagnostic",
    caveat: 'Read from public excerpts; the consolidated wording of R229-51 II (objective years) is to be checked on Légifrance.',
  },
  {
    id: 'ademe-scope-pcaet',
    citation: 'ADEME, territoires-climat.ademe.fr, « Bien comprendre les émissions directes et indirectes » (ressource 42-14)',
    url: 'https://territoires-climat.ademe.fr/ressource/42-14',
  },
  {
    id: 'tet-trajectoire-snbc',
    citation:
      'ADEME « Trajectoire GES de référence » as wired in Territoires en Transitions (incubateur-ademe/territoires-en-transitions, ' +
      'apps/backend/src/indicateurs/trajectoires/*): agriculture sub-sectors and the 8 land uses of carbon sequestration',
    url: 'https://github.com/incubateur-ademe/territoires-en-transitions',
  },
  {
    id: 'project-energy-vectors',
    citation: 'Trajectoire project choice: energy vectors commonly published by regional observatories (ORE, RARE-OREC)',
    caveat: 'The arrêté of 4 Aug 2016 vector list was not retrieved; align once the official list is read.',
  },
] as const satisfies readonly ReferenceSource[];

export type ReferenceSourceId = (typeof SOURCES)[number]['id'];
export const REFERENCE_SOURCES: readonly ReferenceSource[] = SOURCES;
const BY_ID: ReadonlyMap<string, ReferenceSource> = new Map(SOURCES.map((s) => [s.id, s]));

export function findReferenceSource(id: string): ReferenceSource | undefined {
  return BY_ID.get(id);
}
