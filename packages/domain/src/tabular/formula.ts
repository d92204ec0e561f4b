// Spreadsheet programs run a cell that starts with one of these characters as a formula ("CSV injection"):
// `=HYPERLINK(...)` in an exported action title could exfiltrate data when a colleague opens the file.
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** Prefixes a quote to text a spreadsheet would take for a formula, so that it is shown as typed. */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGERS.some((t) => value.startsWith(t)) ? `'${value}` : value;
}

/** Whether an imported cell holds a formula's text rather than a value (CSV files keep formulas as text). */
export function looksLikeFormula(value: string): boolean {
  return value.trimStart().startsWith('=');
}
