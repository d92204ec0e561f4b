import { locateTable, type ActionImportField, type Table } from '@trajectoire/domain/tabular/index';
import type { TableSource } from './source';
import { headerScore, suggestMapping } from './mapping';

export const SAMPLE_ROWS = 20;

export const tableOf = (source: TableSource): Table => locateTable(source.rows, headerScore);

/** What the import screen shows before the user confirms: the detected format, headers and suggested mapping. */
export function previewSource(source: TableSource) {
  const table = tableOf(source);
  const suggestion = suggestMapping(table.headers);
  return {
    format: source.format,
    encoding: source.encoding,
    separator: source.separator,
    sheets: source.sheets,
    sheet: source.sheet,
    headerRow: table.headerRow,
    headers: table.headers,
    rowCount: table.rows.length,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    suggestedMapping: Object.fromEntries(Object.entries(suggestion.mapping)) as Record<string, ActionImportField>,
    unmappedHeaders: suggestion.unmapped,
    duplicatedHeaders: suggestion.duplicated,
  };
}
