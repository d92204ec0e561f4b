// Cell readers of the indicator import: each returns a value or a French error.
import { findIndicator, isUnitCode, UNIT_CODES, type IndicatorDefinition } from '@trajectoire/domain';
import { normaliseHeader, parseFrenchDate, parseFrenchNumber } from '@trajectoire/domain/tabular/index';

export type Cell<T> = { value: T } | { error: string };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const VALUE_KINDS = ['observed', 'target', 'estimate'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

const KIND_NAMES: Record<string, ValueKind> = {
  observed: 'observed', observe: 'observed', observation: 'observed', mesure: 'observed', reel: 'observed',
  target: 'target', objectif: 'target', cible: 'target',
  estimate: 'estimate', estimation: 'estimate', estime: 'estimate',
};

export function parseKind(text: string): Cell<ValueKind> {
  if (!text) return { value: 'observed' };
  const kind = KIND_NAMES[normaliseHeader(text)];
  return kind ? { value: kind } : { error: `Nature « ${text} » inconnue ; valeurs admises : observé, objectif, estimation.` };
}

const TERRITORY_KINDS: Record<string, string> = {
  commune: 'commune', epci: 'epci', interco: 'epci', intercommunalite: 'epci',
  departement: 'departement', department: 'departement', dept: 'departement', region: 'region',
};

/**
 * Territory id (`kind:code`). A `kind:` prefix or the kind column decides; otherwise the code's shape does: 9 digits
 * is an EPCI SIREN, 5 characters a commune COG code. Département and région codes collide (11, 24…), so they need a kind.
 */
export function parseTerritory(text: string, kindText: string): Cell<string> {
  const prefixed = /^([^:]+):\s*(.+)$/.exec(text);
  const kindName = prefixed ? prefixed[1] : kindText;
  const code = (prefixed ? prefixed[2] : text).trim().toUpperCase();
  if (kindName) {
    const kind = TERRITORY_KINDS[normaliseHeader(kindName).replace(/ /g, '')];
    if (!kind) return { error: `Type de territoire « ${kindName} » inconnu ; valeurs admises : commune, epci, departement, region.` };
    return { value: `${kind}:${code}` };
  }
  if (/^\d{9}$/.test(code)) return { value: `epci:${code}` };
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return { value: `commune:${code}` };
  return { error: `Code « ${text} » ambigu : indiquez le type (ex. « departement:42 », « region:84 ») ou une colonne « Type de territoire ».` };
}

export function parseIndicator(text: string): Cell<IndicatorDefinition> {
  const indicator = findIndicator(text.trim());
  return indicator ? { value: indicator } : { error: `Indicateur « ${text} » absent du catalogue.` };
}

export function parseYear(text: string): Cell<number> {
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(year)) return { error: `Année « ${text} » illisible ; écrivez-la sur 4 chiffres.` };
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `Année ${year} hors de la période admise (${MIN_YEAR}–${MAX_YEAR}).` };
  return { value: year };
}

export function parseValue(text: string): Cell<number> {
  const value = text.includes('%') ? null : parseFrenchNumber(text);
  return value === null ? { error: `Valeur « ${text} » illisible ; écrivez un nombre (ex. 1 234,5).` } : { value };
}

// French spellings of the catalogue units; codes are also accepted in any case.
const UNIT_ALIASES: Record<string, string> = { tep: 'toe', ktep: 'ktoe', tco2eq: 'tCO2e', teqco2: 'tCO2e', ktco2eq: 'ktCO2e', kteqco2: 'ktCO2e' };
const UNIT_BY_LOWER = new Map(UNIT_CODES.map((u) => [u.toLowerCase(), u as string]));

export function parseUnit(text: string): Cell<string> {
  const t = text.trim().replace(/\s+/g, '').replace('²', '2');
  if (isUnitCode(t)) return { value: t };
  const unit = UNIT_BY_LOWER.get(t.toLowerCase()) ?? UNIT_ALIASES[t.toLowerCase()];
  return unit ? { value: unit } : { error: `Unité « ${text} » inconnue ; unités admises : ${UNIT_CODES.join(', ')}.` };
}

export function parseVersionDate(text: string): Cell<string | null> {
  if (!text) return { value: null };
  if (/^\d{4}$/.test(text.trim())) return { value: `${text.trim()}-01-01` };
  const date = parseFrenchDate(text);
  return date ? { value: date } : { error: `Date de version « ${text} » illisible ; écrivez-la JJ/MM/AAAA.` };
}
