import { heat } from '@trajectoire/engines';
import { AppError } from '../http/problem';
import { inLambert93Range, lambert93ToWgs84 } from './lambert93';
import { normaliseHeader, type RawLayer, type RawSite } from './layer-read';
import type { HeatFeature } from './types';

export type LayerKind = 'sources' | 'sinks';
export type Crs = 'EPSG:4326' | 'EPSG:2154';
export const MAX_FEATURES = 20_000;
const MAX_ISSUES = 100;

export interface LayerIssue {
  code: string;
  row?: number;
  column?: string;
  message: string;
}

// French labels of the engine's kinds (normalised like headers).
const KIND_ALIASES: Record<string, string> = {
  data_center: 'datacenter', datacentre: 'datacenter', data_centre: 'datacenter', centre_de_donnees: 'datacenter',
  step: 'wastewater', eaux_usees: 'wastewater', station_d_epuration: 'wastewater',
  uiom: 'incinerator', uve: 'incinerator', incinerateur: 'incinerator',
  blanchisserie: 'laundry', industrie: 'industry', autre: 'other',
  reseau_de_chaleur: 'heat_network', rcu: 'heat_network', batiment: 'building', quartier: 'district',
};
const kindOf = (v: string) => KIND_ALIASES[normaliseHeader(v)] ?? v;

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const isNum = (v: string | undefined) => v !== undefined && v !== '' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v);

interface Coords { a: string; b: string; aCol: string; bCol: string }

/** The site's coordinate pair as written: first/second = (lon|x, lat|y), with the columns they came from. */
function coordsOf(site: RawSite): Coords {
  if (site.point) return { a: String(site.point[0]), b: String(site.point[1]), aCol: 'geometry', bCol: 'geometry' };
  const has = (c: string) => (site.cells.get(c) ?? '') !== '';
  const useXY = !has('lat') && !has('lon') && (has('x') || has('y'));
  const [ca, cb] = useXY ? ['x', 'y'] : ['lon', 'lat'];
  return { a: site.cells.get(ca) ?? '', b: site.cells.get(cb) ?? '', aCol: site.headers.get(ca) ?? ca, bCol: site.headers.get(cb) ?? cb };
}

/** Metres in the Lambert-93 range → EPSG:2154; otherwise degrees. The majority of readable rows decides. */
export function detectCrs(sites: RawSite[]): Crs {
  let metres = 0;
  let degrees = 0;
  for (const s of sites) {
    const { a, b } = coordsOf(s);
    if (!isNum(a) || !isNum(b)) continue;
    if (inLambert93Range(Number(a), Number(b))) metres++;
    else degrees++;
  }
  return metres > degrees ? 'EPSG:2154' : 'EPSG:4326';
}

/**
 * Validates a layer all or nothing. Rows are rewritten in the engine's canonical CSV and checked by the engine's
 * own parser (numbers, kinds, ids, temperatures, coordinates in France); its line numbers and columns are mapped
 * back to the file's. Returns WGS 84 features or throws 422 `heat_layer_invalid` listing every issue.
 */
export function validateLayer(raw: RawLayer, kind: LayerKind, declared: Crs | null) {
  if (!raw.sites.length) throw new AppError(400, 'empty_layer', 'Le fichier ne contient aucun site.');
  if (raw.sites.length > MAX_FEATURES) {
    throw new AppError(400, 'too_many_features', `Le fichier dépasse ${MAX_FEATURES} sites ; découpez-le.`);
  }
  const crs = declared ?? raw.declaredCrs ?? detectCrs(raw.sites);
  const crsDetected = declared || raw.declaredCrs ? 'declared' : 'detected';
  const tempCol = kind === 'sources' ? 'temperature_c' : 'supply_temperature_c';
  const issues: LayerIssue[] = raw.format === 'csv' ? missingColumns(raw.sites[0], tempCol) : [];
  if (issues.length) throw new AppError(422, 'heat_layer_invalid', 'Colonnes manquantes ; rien n’a été importé.', { issues });
  const potentials: { min?: number; max?: number }[] = [];
  const lines = [`id,kind,name,lat,lon,annual_mwh,${tempCol}`];
  for (const site of raw.sites) {
    const c = coordsOf(site);
    let lat = c.b;
    let lon = c.a;
    if (site.point === undefined && raw.format === 'geojson') issues.push({ code: 'BAD_GEOMETRY', row: site.row, column: 'geometry', message: 'géométrie Point attendue' });
    if (crs === 'EPSG:2154' && isNum(c.a) && isNum(c.b)) {
      if (!inLambert93Range(Number(c.a), Number(c.b))) {
        issues.push({ code: 'COORDINATE_RANGE', row: site.row, column: c.aCol, message: `(${c.a}, ${c.b}) hors de l’emprise Lambert-93 de la métropole` });
      }
      const p = lambert93ToWgs84(Number(c.a), Number(c.b));
      lat = String(p.lat);
      lon = String(p.lon);
    }
    const pot: { min?: number; max?: number } = {};
    for (const [col, key] of [['min_mwh', 'min'], ['max_mwh', 'max']] as const) {
      const v = site.cells.get(col) ?? '';
      if (v === '') continue;
      const header = site.headers.get(col) ?? col;
      if (!isNum(v)) issues.push({ code: 'BAD_NUMBER', row: site.row, column: header, message: `« ${v} » n’est pas un nombre` });
      else if (Number(v) < 0) issues.push({ code: 'NEGATIVE_ENERGY', row: site.row, column: header, message: `${v} MWh est négatif` });
      else pot[key] = Number(v);
    }
    if (pot.min !== undefined && pot.max !== undefined && pot.min > pot.max) {
      issues.push({ code: 'MIN_ABOVE_MAX', row: site.row, column: site.headers.get('min_mwh') ?? 'min_mwh', message: 'le potentiel minimal dépasse le maximal' });
    }
    potentials.push(pot);
    let annual = site.cells.get('annual_mwh') ?? '';
    if (annual === '' && pot.min !== undefined && pot.max !== undefined) annual = String((pot.min + pot.max) / 2);
    else if (annual === '') annual = String(pot.max ?? pot.min ?? '');
    const cells = [site.cells.get('id') ?? '', kindOf(site.cells.get('kind') ?? ''), site.cells.get('name') ?? '', lat, lon, annual, site.cells.get(tempCol) ?? ''];
    lines.push(cells.map(csvCell).join(','));
  }
  let parsed: (heat.HeatSource | heat.HeatSink)[] = [];
  try {
    parsed = kind === 'sources' ? heat.parseSourcesCsv(lines) : heat.parseSinksCsv(lines);
  } catch (err) {
    if (!(err instanceof heat.HeatInputError)) throw err;
    for (const i of err.issues) issues.push(mapIssue(i, raw, tempCol));
  }
  if (issues.length) {
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const shown = issues.slice(0, MAX_ISSUES);
    throw new AppError(422, 'heat_layer_invalid', `Le fichier comporte ${issues.length} erreur(s) ; rien n’a été importé.`, { issues: shown });
  }
  const features: HeatFeature[] = parsed.map((p, k) => ({ ...p, ...(potentials[k].min !== undefined ? { minMwh: potentials[k].min } : {}), ...(potentials[k].max !== undefined ? { maxMwh: potentials[k].max } : {}) }));
  return { features, crs, crsDetected };
}

/** Engine line n is the site n − 2 (line 1 is the header we wrote); engine columns become the file's headers. */
function mapIssue(i: heat.HeatIssue, raw: RawLayer, tempCol: string): LayerIssue {
  const site = i.row !== undefined && i.row >= 2 ? raw.sites[i.row - 2] : undefined;
  let column = i.column;
  if (site && column) {
    const c = coordsOf(site);
    if (column === 'lat') column = c.bCol;
    else if (column === 'lon') column = c.aCol;
    else if (column === 'annual_mwh' && !site.cells.has('annual_mwh')) column = site.headers.get('max_mwh') ?? site.headers.get('min_mwh') ?? column;
    else column = site.headers.get(column) ?? column;
  }
  const message = i.message.replace(/^[a-z]+\.csv line \d+, column [\w]+: /, '').replace(/^[a-z]+\.csv: /, '');
  return { code: i.code, ...(site ? { row: site.row } : i.row === 1 ? { row: raw.format === 'csv' ? 1 : undefined } : {}), ...(column ? { column } : {}), message: i.code === 'CSV_HEADER' ? `${message} (colonnes attendues : id, kind, name, lat/lon ou x/y, annual_mwh, ${tempCol})` : message };
}

/** The engine would report an absent column as an empty value on every row: say it once, on the header line. */
function missingColumns(first: RawSite, tempCol: string): LayerIssue[] {
  const h = first.headers;
  const missing = [
    ...['id', 'kind'].filter((c) => !h.has(c)),
    ...(!(h.has('lat') && h.has('lon')) && !(h.has('x') && h.has('y')) ? ['lat/lon (ou x/y)'] : []),
    ...(!h.has('annual_mwh') && !h.has('min_mwh') && !h.has('max_mwh') ? ['annual_mwh (ou potentiel_min_mwh/potentiel_max_mwh)'] : []),
    ...(!h.has(tempCol) ? [tempCol] : []),
  ];
  return missing.map((column) => ({ code: 'CSV_HEADER', row: 1, column, message: `colonne manquante : ${column}` }));
}
