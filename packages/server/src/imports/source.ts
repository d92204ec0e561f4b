import path from 'node:path';
import { decodeText, parseCsv, sniffSeparator, TabularError, type SheetRow, type Separator, type TextEncodingName } from '@trajectoire/domain/tabular/index';
import { AppError } from '../http/problem';
import { readWorkbook } from './xlsx-read';

export const MAX_UPLOAD_FILE_BYTES = 10 * 1024 * 1024;

export interface TableSource {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  separator: Separator | null;
  sheets: string[];
  sheet: string | null;
  rows: SheetRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls, .doc
const PDF = [0x25, 0x50, 0x44, 0x46];
const has = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const TEXT_EXTENSIONS = new Set(['', '.csv', '.tsv', '.txt']);

const unsupported = (detail: string) => new AppError(415, 'unsupported_file', detail);

/**
 * Reads an uploaded table. The content decides the format (a zip is a workbook, anything else must be text);
 * the name only serves to refuse what is obviously not a table. Unknown or binary content answers 415, a
 * recognised format that cannot be parsed 400 `unreadable_file`.
 */
export async function readSource(bytes: Uint8Array, fileName: string, opts: { sheet?: string } = {}): Promise<TableSource> {
  if (bytes.length > MAX_UPLOAD_FILE_BYTES) {
    throw new AppError(413, 'upload_too_large', `Le fichier dépasse ${MAX_UPLOAD_FILE_BYTES / 1024 / 1024} Mo.`);
  }
  const ext = path.extname(fileName).toLowerCase();
  try {
    if (has(bytes, ZIP)) {
      if (ext !== '.xlsx' && ext !== '.xlsm') throw unsupported('Seuls les classeurs .xlsx sont lus (pas les .ods, .docx…) ; enregistrez le tableau en .xlsx ou .csv.');
      const wb = await readWorkbook(bytes, opts.sheet);
      return { format: 'xlsx', encoding: null, separator: null, ...wb };
    }
    if (has(bytes, OLE)) throw unsupported('Ancien format Excel (.xls) non pris en charge : enregistrez le tableau en .xlsx ou .csv.');
    if (has(bytes, PDF)) throw unsupported('Un PDF ne peut pas être importé : fournissez le tableau en .xlsx ou .csv.');
    if (ext === '.xlsx') throw new TabularError('unreadable_workbook', "Ce fichier .xlsx n'est pas un classeur valide.");
    if (!TEXT_EXTENSIONS.has(ext)) throw unsupported(`Type de fichier « ${ext} » non pris en charge : fournissez un .csv ou un .xlsx.`);
    const { text, encoding } = decodeText(bytes);
    const separator = sniffSeparator(text);
    return { format: 'csv', encoding, separator, sheets: [], sheet: null, rows: parseCsv(text, separator) };
  } catch (err) {
    if (!(err instanceof TabularError)) throw err;
    if (err.code === 'binary_content') throw unsupported(err.message);
    if (err.code === 'sheet_not_found') throw new AppError(400, 'sheet_not_found', err.message);
    throw new AppError(400, 'unreadable_file', err.message);
  }
}
