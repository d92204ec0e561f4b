import type { SheetRow } from './errors';

export interface Table {
  /** Spreadsheet number of the header row. */
  headerRow: number;
  headers: string[];
  /** Rows below the header, padded to the header's width at least. */
  rows: SheetRow[];
}

/**
 * Finds the header row: the best-scoring of the first `lookahead` rows (a title line often sits above the
 * header in exported tables), or the first row when nothing scores.
 */
export function locateTable(rows: readonly SheetRow[], score: (cells: string[]) => number, lookahead = 10): Table {
  if (!rows.length) return { headerRow: 1, headers: [], rows: [] };
  let best = 0;
  let bestScore = 0;
  rows.slice(0, lookahead).forEach((r, i) => {
    const s = score(r.cells);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  const header = rows[best];
  const width = rows.slice(best + 1).reduce((w, r) => Math.max(w, r.cells.length), header.cells.length);
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  return {
    headerRow: header.row,
    headers: pad(header.cells).map((h) => h.trim()),
    rows: rows.slice(best + 1).map((r) => ({ row: r.row, cells: pad(r.cells) })),
  };
}
