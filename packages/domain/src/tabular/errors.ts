/** Why a file could not be read as a table; `message` is French, for the person who uploaded it. */
export type TabularErrorCode = 'empty_file' | 'binary_content' | 'unterminated_quote' | 'unreadable_workbook' | 'sheet_not_found';

export class TabularError extends Error {
  constructor(
    readonly code: TabularErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TabularError';
  }
}

/** One row of a sheet: its 1-based number as a spreadsheet shows it, and its cell texts. */
export interface SheetRow {
  row: number;
  cells: string[];
}
