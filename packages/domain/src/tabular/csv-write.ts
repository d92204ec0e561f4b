import type { Separator } from './csv';
import { neutraliseCell } from './formula';

export interface CsvWriteOptions {
  separator?: Separator;
  /** A UTF-8 byte order mark makes Excel read the file as UTF-8 instead of the system code page. */
  bom?: boolean;
}

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Encodes rows as RFC 4180 CSV (CRLF line ends); every cell is neutralised against formula injection. */
export function encodeCsv(rows: readonly (readonly (string | null | undefined)[])[], opts: CsvWriteOptions = {}): string {
  const separator = opts.separator ?? ';';
  const body = rows.map((r) => r.map((c) => quote(neutraliseCell(c ?? ''), separator)).join(separator)).join('\r\n');
  return `${opts.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
