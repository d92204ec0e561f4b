import { TabularError, type SheetRow } from './errors';

export const SEPARATORS = [';', ',', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Splits text into records of raw cells (RFC 4180: quoted cells may hold separators, quotes and line breaks). */
function* records(text: string, separator: string): Generator<{ row: number; cells: string[] }> {
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  let quoted = false;
  let quoteStartRow = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteStartRow = row;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      cells.push(cell);
      yield { row, cells };
      cells = [];
      cell = '';
      row++;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch; // A quote inside an unquoted cell is literal, as spreadsheets read it.
    i++;
  }
  if (quoted) {
    throw new TabularError(
      'unterminated_quote',
      `Guillemet ouvrant sans guillemet fermant à partir de la ligne ${quoteStartRow} : le fichier CSV est mal formé.`,
    );
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    yield { row, cells };
  }
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Guesses the separator from the first record that holds any candidate outside quotes (normally the header line).
 * The most frequent candidate wins; French spreadsheets use `;`, so it wins ties.
 */
export function sniffSeparator(text: string): Separator {
  let quoted = false;
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts[';'] + counts[','] + counts['\t'] > 0) break;
    } else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  return SEPARATORS.reduce((best, s) => (counts[s] > counts[best] ? s : best), ';' as Separator);
}

/** Parses CSV text into non-empty rows, each numbered as its record would be in a spreadsheet. */
export function parseCsv(text: string, separator: Separator = sniffSeparator(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const r of records(text, separator)) if (!isBlank(r.cells)) rows.push(r);
  return rows;
}
