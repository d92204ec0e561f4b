import { AccInputError } from '../errors';
import { cleanLine, linesOf, readHeader, splitCsvLine } from '../csv/line';

/**
 * Classes of the INSEE communal density grid (grille communale de densité, 7 levels) as the arrêté of 19 Sep 2023
 * groups them (art. 1 bis): rural = "bourgs ruraux", "rural à habitat dispersé", "rural à habitat très dispersé";
 * periurban = "petites villes", "ceintures urbaines"; everything else is urban for this purpose.
 * The product ships no density table: the grid "en vigueur à la date de la demande" is supplied by the user.
 */
export type DensityClass = 'urban' | 'periurban' | 'rural';

/**
 * Accepted spellings, compared without case, accents or punctuation. Numeric codes follow INSEE's 7-level grid
 * (1 grands centres urbains … 7 rural à habitat très dispersé); the labels are the safer input.
 */
const LABELS: Record<string, DensityClass> = {
  '1': 'urban',
  '2': 'urban',
  '3': 'periurban',
  '4': 'periurban',
  '5': 'rural',
  '6': 'rural',
  '7': 'rural',
  'grands centres urbains': 'urban',
  'centres urbains intermediaires': 'urban',
  'ceintures urbaines': 'periurban',
  'petites villes': 'periurban',
  'bourgs ruraux': 'rural',
  'rural a habitat disperse': 'rural',
  'rural a habitat tres disperse': 'rural',
  urban: 'urban',
  periurban: 'periurban',
  rural: 'rural',
};

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Density class of an INSEE label, code (1–7) or class name; null when not recognised. */
export function densityClass(text: string): DensityClass | null {
  return LABELS[normalise(text)] ?? null;
}

/** A density table keyed either by commune code or by participant id (the header says which). */
export interface DensityTable {
  key: 'commune' | 'id';
  classes: Map<string, DensityClass>;
}

/** Parse `commune,density` or `id,density` (UTF-8 CSV with header; density = INSEE label, code 1–7 or class). */
export function parseDensitiesCsv(source: string | Iterable<string>, file = 'densities.csv'): DensityTable {
  let key: 'commune' | 'id' | null = null;
  let columns: Map<string, number> | null = null;
  const classes = new Map<string, DensityClass>();
  let lineNo = 0;
  for (const raw of linesOf(source)) {
    lineNo += 1;
    const line = cleanLine(raw, lineNo === 1);
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line, lineNo, file);
    if (!columns) {
      if (lineNo !== 1) throw new AccInputError('CSV_HEADER', `${file}: the header must be the first line`);
      const names = fields.map((f) => f.trim());
      key = names.includes('id') ? 'id' : 'commune';
      columns = readHeader(fields, [key, 'density'], [key, 'density'], file);
      continue;
    }
    if (fields.length !== columns.size) {
      throw new AccInputError('CSV_SYNTAX', `${file} line ${lineNo}: ${fields.length} fields for ${columns.size} columns`, {
        line: lineNo,
      });
    }
    const name = fields[columns.get(key!)!].trim();
    const text = fields[columns.get('density')!].trim();
    const cls = densityClass(text);
    if (!cls) {
      throw new AccInputError(
        'BAD_VALUE',
        `${file} line ${lineNo}, column density: '${text}' is not an INSEE density category ` +
          `(e.g. "petites villes", "bourgs ruraux", code 1–7, or urban/periurban/rural)`,
        { line: lineNo, column: 'density' },
      );
    }
    if (classes.has(name)) {
      throw new AccInputError('DUPLICATE_ROW', `${file} line ${lineNo}: ${key} '${name}' appears twice`, {
        line: lineNo,
        column: key!,
      });
    }
    classes.set(name, cls);
  }
  if (!columns) throw new AccInputError('EMPTY', `${file} is empty`);
  return { key: key!, classes };
}
