import type { ImportReport } from '@trajectoire/server/imports/run';
import type { ImportIssue } from '@trajectoire/server/imports/rows';

const where = (i: ImportIssue) => [i.row === null ? 'file' : `row ${i.row}`, i.column ? `« ${i.column} »` : null].filter(Boolean).join(', ');

/** The import report as console text; the messages themselves are the French ones users see in the web app. */
export function formatReport(r: ImportReport): string {
  const lines = [
    r.dryRun
      ? `Dry run: ${r.rowCount} row(s) read, ${r.errors.length ? 0 : r.toCreate} action(s) would be imported; nothing written.`
      : r.errors.length
        ? `${r.rowCount} row(s) read; nothing was written.`
        : `Imported ${r.created} action(s) from ${r.rowCount} row(s).`,
  ];
  if (r.axesToCreate.length) lines.push(`Axes ${r.dryRun || r.errors.length ? 'to create' : 'created'}: ${r.axesToCreate.join(', ')}`);
  for (const [title, issues] of [['Errors', r.errors], ['Warnings', r.warnings]] as const) {
    if (!issues.length) continue;
    lines.push(`${title} (${issues.length}):`);
    for (const i of issues) lines.push(`  ${where(i)}: ${i.message}`);
  }
  return `${lines.join('\n')}\n`;
}
