// DCAT-AP catalogue of the published datasets, as JSON-LD, so that data.gouv.fr and other harvesters find them.
import { findIndicator } from '@trajectoire/domain';
import { licenceOf } from './licences';
import type { OrganisationRow, PlanRow, PublicationRow } from './store';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const FORMATS = {
  csv: { format: 'CSV', mediaType: 'text/csv' },
  json: { format: 'JSON', mediaType: 'application/json' },
  xlsx: { format: 'XLSX', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

const INSEE_GEO: Record<string, string> = { commune: 'commune', departement: 'departement', region: 'region', epci: 'intercommunalite' };

/** The INSEE URI of a territory (http://id.insee.fr/geo/commune/42218), or its code for an unknown kind. */
export function spatialUri(territoryId: string): string {
  const [kind, code] = territoryId.split(':');
  return INSEE_GEO[kind] ? `http://id.insee.fr/geo/${INSEE_GEO[kind]}/${code}` : territoryId;
}

const ref = (id: string) => ({ '@id': id });
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });

function temporal(from: number | null, to: number | null) {
  if (from === null && to === null) return undefined;
  return {
    '@type': 'dct:PeriodOfTime',
    ...(from !== null ? { 'dcat:startDate': date(`${from}-01-01`) } : {}),
    ...(to !== null ? { 'dcat:endDate': date(`${to}-12-31`) } : {}),
  };
}

function distributions(fileUrl: (ext: string) => string, title: string, licence: string) {
  return (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((ext) => ({
    '@id': fileUrl(ext),
    '@type': 'dcat:Distribution',
    'dct:title': `${title} (${FORMATS[ext].format})`,
    'dcat:accessURL': ref(fileUrl(ext)),
    'dcat:downloadURL': ref(fileUrl(ext)),
    'dct:format': ref(`http://publications.europa.eu/resource/authority/file-type/${FORMATS[ext].format}`),
    'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${FORMATS[ext].mediaType}`),
    'dct:license': ref(licence),
  }));
}

export interface CatalogEntry {
  publication: PublicationRow;
  organisation: OrganisationRow;
  plan: PlanRow | null;
}

/** territoryNames: names of the territories involved; valueYears: first and last value years per `${org}|${territory}|${code}`. */
export function buildCatalog(
  base: string,
  entries: CatalogEntry[],
  territoryNames: Map<string, string>,
  valueYears: Map<string, { min: number; max: number }>,
) {
  const datasets = entries.flatMap(({ publication: p, organisation: o, plan }) => {
    const licence = licenceOf(p.licence).url;
    const publisher = {
      '@type': 'foaf:Organization',
      'foaf:name': o.name,
      ...(o.siren ? { 'dct:identifier': o.siren } : {}),
    };
    const common = { '@type': 'dcat:Dataset', 'dct:publisher': publisher, 'dct:license': ref(licence), 'dct:issued': date(p.publishedAt.toISOString().slice(0, 10)) };
    const territoryId = p.territoryId ?? o.territoryId;
    const spatial = territoryId ? { 'dct:spatial': ref(spatialUri(territoryId)) } : {};
    if (p.kind === 'plan' && plan) {
      const url = `${base}/api/public/plans/${plan.id}`;
      const period = temporal(plan.startYear, plan.endYear);
      return [{
        '@id': url,
        ...common,
        'dct:identifier': plan.id,
        'dct:title': plan.title,
        'dct:description': plan.description || `Plan d’actions publié par ${o.name}.`,
        ...(period ? { 'dct:temporal': period } : {}),
        ...spatial,
        'dcat:landingPage': ref(url),
        'dcat:distribution': distributions((ext) => `${url}/actions.${ext}`, `Actions de « ${plan.title} »`, licence),
      }];
    }
    if (p.kind === 'indicator' && p.territoryId && p.indicatorCode) {
      const label = findIndicator(p.indicatorCode)?.labelFr ?? p.indicatorCode;
      const place = territoryNames.get(p.territoryId) ?? p.territoryId;
      const url = `${base}/api/public/indicators/${p.territoryId}/${p.indicatorCode}`;
      const q = `?orgId=${o.id}`;
      const years = valueYears.get(`${o.id}|${p.territoryId}|${p.indicatorCode}`);
      const period = years ? temporal(years.min, years.max) : undefined;
      return [{
        '@id': `${url}${q}`,
        ...common,
        'dct:identifier': `${o.id}/${p.territoryId}/${p.indicatorCode}`,
        'dct:title': `${label} — ${place}`,
        'dct:description': `Valeurs annuelles, objectif et trajectoire de l’indicateur « ${label} » sur ${place}, publiés par ${o.name}.`,
        ...(period ? { 'dct:temporal': period } : {}),
        ...spatial,
        'dcat:landingPage': ref(`${url}${q}`),
        'dcat:distribution': distributions((ext) => `${url}/values.${ext}${q}`, `Valeurs « ${label} »`, licence),
      }];
    }
    return [];
  });
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${base}/api/catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': 'Trajectoire — plans climat et indicateurs ouverts',
    'dct:description': 'Plans d’actions et indicateurs territoriaux publiés par les collectivités sur Trajectoire.',
    'dcat:dataset': datasets,
  };
}
