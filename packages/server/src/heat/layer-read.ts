import { decodeText, parseCsv, sniffSeparator, TabularError } from '@trajectoire/domain/tabular/index';
import { AppError } from '../http/problem';

/** One input record, columns already mapped to canonical names; `row` is what the user sees (line or feature number). */
export interface RawSite {
  row: number;
  cells: Map<string, string>;
  /** Canonical column → the header (or property) name the user wrote, for error messages. */
  headers: Map<string, string>;
  /** GeoJSON Point coordinates, when the file is GeoJSON. */
  point?: [number, number];
}

export interface RawLayer {
  format: 'csv' | 'geojson';
  sites: RawSite[];
  /** A CRS the file itself names (GeoJSON `crs` member), if any. */
  declaredCrs: string | null;
}

// Headers are compared without case, accents or punctuation; each canonical column lists the names accepted.
const ALIASES: Record<string, string[]> = {
  id: ['id', 'identifiant', 'code'],
  kind: ['kind', 'type', 'filiere', 'categorie'],
  name: ['name', 'nom', 'libelle'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  x: ['x', 'x_l93', 'x_lambert93', 'coord_x'],
  y: ['y', 'y_l93', 'y_lambert93', 'coord_y'],
  annual_mwh: ['annual_mwh', 'potentiel_mwh', 'energie_mwh', 'besoin_mwh', 'mwh'],
  temperature_c: ['temperature_c', 'temperature', 'temperature_source_c'],
  supply_temperature_c: ['supply_temperature_c', 'temperature_depart_c', 'temperature_reseau_c'],
  min_mwh: ['min_mwh', 'potentiel_min_mwh', 'potentiel_min', 'gisement_min_mwh'],
  max_mwh: ['max_mwh', 'potentiel_max_mwh', 'potentiel_max', 'gisement_max_mwh'],
  profile: ['profile', 'profil'],
};
const CANONICAL = new Map(Object.entries(ALIASES).flatMap(([canon, names]) => names.map((n) => [n, canon] as const)));

export const normaliseHeader = (h: string) =>
  h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export const canonicalColumn = (h: string) => CANONICAL.get(normaliseHeader(h)) ?? null;

const invalid = (message: string) => new AppError(400, 'unreadable_file', message);

function readCsvLayer(text: string): RawLayer {
  const rows = parseCsv(text, sniffSeparator(text));
  if (!rows.length) throw invalid('Le fichier est vide.');
  const [head, ...data] = rows;
  const columns = head.cells.map((h) => ({ header: h.trim(), canon: canonicalColumn(h) }));
  const headers = new Map(columns.filter((c) => c.canon).map((c) => [c.canon!, c.header]));
  const sites = data.map((r) => {
    const cells = new Map<string, string>();
    columns.forEach((c, i) => c.canon && cells.set(c.canon, (r.cells[i] ?? '').trim()));
    return { row: r.row, cells, headers };
  });
  return { format: 'csv', sites, declaredCrs: null };
}

function crsOfGeoJson(doc: { crs?: { properties?: { name?: unknown } } }): string | null {
  const name = String(doc.crs?.properties?.name ?? '');
  if (/2154/.test(name)) return 'EPSG:2154';
  if (/4326|CRS84/i.test(name)) return 'EPSG:4326';
  return null;
}

function readGeoJsonLayer(text: string): RawLayer {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalid('GeoJSON illisible : le fichier n’est pas du JSON valide.');
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw invalid('GeoJSON attendu : une FeatureCollection.');
  const sites: RawSite[] = doc.features.map((f: any, i: number) => {
    const cells = new Map<string, string>();
    const headers = new Map<string, string>();
    for (const [k, v] of Object.entries<unknown>(f?.properties ?? {})) {
      const canon = canonicalColumn(k);
      if (!canon || v === null || v === undefined) continue;
      cells.set(canon, String(v).trim());
      headers.set(canon, k);
    }
    if (f?.id !== undefined && !cells.has('id')) {
      cells.set('id', String(f.id));
      headers.set('id', 'id');
    }
    const g = f?.geometry;
    const ok = g?.type === 'Point' && Array.isArray(g.coordinates) && g.coordinates.length >= 2 && g.coordinates.every((n: unknown) => typeof n === 'number');
    return { row: i + 1, cells, headers, ...(ok ? { point: [g.coordinates[0], g.coordinates[1]] as [number, number] } : {}) };
  });
  return { format: 'geojson', sites, declaredCrs: crsOfGeoJson(doc) };
}

/** CSV (any separator, UTF-8 or Windows-1252) or GeoJSON, told apart by the content. */
export function readLayerFile(bytes: Uint8Array, fileName: string): RawLayer {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (err) {
    if (err instanceof TabularError && err.code === 'binary_content') throw new AppError(415, 'unsupported_file', err.message);
    if (err instanceof TabularError) throw invalid(err.message);
    throw err;
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || /\.(geo)?json$/i.test(fileName)) return readGeoJsonLayer(trimmed);
  return readCsvLayer(text);
}
