import { HeatInputError, type HeatIssue } from '../errors';
import { normaliseProfile } from '../profiles';
import { HOURS_PER_YEAR, type Profiles } from '../types';
import { MAX_ISSUES, parseNumber, readTable } from './table';

/**
 * profiles.csv: `hour,<name>,<name>…` with 8760 rows, hour 0…8759 in order (hour 0 = 1 January 00:00–01:00 local
 * standard time). Values are any non-negative amounts; each column is scaled to shares summing to 1, so a user can
 * paste metered MWh or percentages alike. A study then names a profile in its `profile` column.
 */
export function parseProfilesCsv(source: string | Iterable<string>): Profiles {
  const table = readTable(source, 'profiles.csv', ['hour'], null);
  const byPosition = [...table.columns].sort((a, b) => a[1] - b[1]);
  const hourAt = table.columns.get('hour') ?? 0;
  const names = byPosition.filter(([name]) => name !== 'hour').map(([name]) => name);
  const positions = byPosition.filter(([name]) => name !== 'hour').map(([, p]) => p);
  const issues: HeatIssue[] = [];
  const add = (issue: HeatIssue) => issues.length < MAX_ISSUES && issues.push(issue);
  if (names.length === 0) add({ code: 'CSV_HEADER', row: 1, message: 'profiles.csv line 1: no profile column after hour' });
  if (table.rows.length !== HOURS_PER_YEAR) {
    add({ code: 'BAD_PROFILE', message: `profiles.csv: ${table.rows.length} hours, expected ${HOURS_PER_YEAR}` });
  }
  const raw = names.map(() => new Float64Array(HOURS_PER_YEAR));
  table.rows.slice(0, HOURS_PER_YEAR).forEach(({ line, fields }, h) => {
    if (parseNumber(fields[hourAt] ?? '') !== h) add({ code: 'BAD_PROFILE', row: line, column: 'hour', message: `profiles.csv line ${line}: hour should be ${h}` });
    names.forEach((name, c) => {
      const text = fields[positions[c]] ?? '';
      const v = parseNumber(text);
      if (v === null || v < 0) add({ code: 'BAD_PROFILE', row: line, column: name, message: `profiles.csv line ${line}, column ${name}: '${text}' is not a non-negative number` });
      else raw[c][h] = v;
    });
  });
  if (issues.length > 0) throw new HeatInputError(issues);
  return new Map(names.map((name, c) => [name, normaliseProfile(name, raw[c])]));
}
