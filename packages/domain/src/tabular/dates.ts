import { normaliseSearch } from '../text';

// Accent-free month names and the abbreviations French spreadsheets print ("janv.", "févr.", "déc.").
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};
const WEEKDAYS = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) /;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoIfValid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the usual spreadsheet pivot).
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));

/**
 * Reads a date as French users write it: "31/12/2025", "31/12/25", "31-12-2025", "31.12.2025",
 * "31 décembre 2025", "1er janv. 2026", "mercredi 31 décembre 2025", or ISO "2025-12-31" (with an optional time).
 * Returns the ISO calendar date, or null when the text is not a valid date.
 */
export function parseFrenchDate(input: string): string | null {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (numeric) return isoIfValid(fullYear(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = normaliseSearch(s).replace(WEEKDAYS, '');
  const spelled = /^(\d{1,2})(?: ?er)? ([a-z]+) (\d{4})$/.exec(words);
  if (spelled && MONTHS[spelled[2]]) return isoIfValid(Number(spelled[3]), MONTHS[spelled[2]], Number(spelled[1]));
  return null;
}
