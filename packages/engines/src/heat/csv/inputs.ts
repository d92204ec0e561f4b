import { HeatInputError, type HeatIssue } from '../errors';
import { SINK_KINDS, SOURCE_KINDS, type HeatSink, type HeatSource, type Profiles } from '../types';
import { checkCoordinates } from './plausibility';
import { MAX_ISSUES, parseNumber, readTable } from './table';

const SOURCE_COLUMNS = ['id', 'kind', 'name', 'lat', 'lon', 'annual_mwh', 'temperature_c'] as const;
const SINK_COLUMNS = ['id', 'kind', 'name', 'lat', 'lon', 'annual_mwh', 'supply_temperature_c'] as const;

/** Physically meaningful temperature range for heat in this engine (°C). */
export const MIN_TEMPERATURE_C = -50;
export const MAX_TEMPERATURE_C = 1000;

interface SiteRow {
  id: string;
  kind: string;
  name: string;
  lat: number;
  lon: number;
  annualMwh: number;
  temperatureC: number;
  profile?: string;
}

function parseSites(
  source: string | Iterable<string>,
  file: string,
  role: 'source' | 'sink',
  profiles: Profiles | undefined,
): SiteRow[] {
  const base = role === 'source' ? SOURCE_COLUMNS : SINK_COLUMNS;
  const tempColumn = base[6];
  const kinds: readonly string[] = role === 'source' ? SOURCE_KINDS : SINK_KINDS;
  const table = readTable(source, file, base, [...base, 'profile']);
  const issues: HeatIssue[] = [];
  const add = (row: number, column: string, code: HeatIssue['code'], what: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ code, row, column, message: `${file} line ${row}, column ${column}: ${what}` });
  };
  const firstLine = new Map<string, number>();
  const out: SiteRow[] = [];
  for (const { line, fields } of table.rows) {
    const get = (c: string) => (fields[table.columns.get(c) ?? -1] ?? '').trim();
    const num = (c: string): number => {
      const v = parseNumber(get(c));
      if (v === null) add(line, c, 'BAD_NUMBER', `'${get(c)}' is not a number`);
      return v ?? NaN;
    };
    const id = get('id');
    if (id === '') add(line, 'id', 'MISSING_VALUE', 'empty id');
    else if (firstLine.has(id)) add(line, 'id', 'DUPLICATE_ID', `id '${id}' already used on line ${firstLine.get(id)}`);
    else firstLine.set(id, line);
    const kind = get('kind');
    if (!kinds.includes(kind)) add(line, 'kind', 'BAD_KIND', `'${kind}' is not one of ${kinds.join(', ')}`);
    const lat = num('lat');
    const lon = num('lon');
    if (!Number.isNaN(lat) && !Number.isNaN(lon)) {
      const verdict = checkCoordinates(lat, lon);
      if (verdict === 'range') add(line, 'lat', 'COORDINATE_RANGE', `(${lat}, ${lon}) is outside −90…90 / −180…180`);
      if (verdict === 'swapped') add(line, 'lat', 'COORDINATES_SWAPPED', `(${lat}, ${lon}) looks like (lon, lat): swap the columns`);
      if (verdict === 'outside') add(line, 'lat', 'OUTSIDE_FRANCE', `(${lat}, ${lon}) is not in mainland France, Corsica or a DROM`);
    }
    const annualMwh = num('annual_mwh');
    if (annualMwh < 0) add(line, 'annual_mwh', 'NEGATIVE_ENERGY', `${annualMwh} MWh is negative`);
    const t = num(tempColumn);
    if (t < MIN_TEMPERATURE_C || t > MAX_TEMPERATURE_C) {
      add(line, tempColumn, 'BAD_TEMPERATURE', `${t} °C is outside ${MIN_TEMPERATURE_C}…${MAX_TEMPERATURE_C} °C`);
    } else if (role === 'sink' && t <= 0) {
      add(line, tempColumn, 'BAD_TEMPERATURE', `a supply temperature of ${t} °C cannot heat anything`);
    }
    const profile = table.columns.has('profile') ? get('profile') : '';
    if (profile !== '' && profiles && !profiles.has(profile)) add(line, 'profile', 'UNKNOWN_PROFILE', `unknown profile '${profile}'`);
    out.push({ id, kind, name: get('name'), lat, lon, annualMwh, temperatureC: t, ...(profile !== '' ? { profile } : {}) });
  }
  if (issues.length > 0) throw new HeatInputError(issues);
  return out;
}

/** sources.csv: `id,kind,name,lat,lon,annual_mwh,temperature_c[,profile]`. Every problem is reported with line and column. */
export function parseSourcesCsv(source: string | Iterable<string>, profiles?: Profiles): HeatSource[] {
  return parseSites(source, 'sources.csv', 'source', profiles).map((r) => ({ ...r, kind: r.kind as HeatSource['kind'] }));
}

/** sinks.csv: `id,kind,name,lat,lon,annual_mwh,supply_temperature_c[,profile]`. */
export function parseSinksCsv(source: string | Iterable<string>, profiles?: Profiles): HeatSink[] {
  return parseSites(source, 'sinks.csv', 'sink', profiles).map(({ temperatureC, ...r }) => ({
    ...r,
    kind: r.kind as HeatSink['kind'],
    supplyTemperatureC: temperatureC,
  }));
}

