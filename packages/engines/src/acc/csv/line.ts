import { AccInputError } from '../errors';

/**
 * Lines of a CSV text or of any line source (e.g. node:readline), without their terminators. Files are read
 * line by line so that callers can stream them; records therefore cannot span lines (no newline inside quotes).
 */
export function* linesOf(source: string | Iterable<string>): Generator<string> {
  if (typeof source === 'string') {
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf('\n', start);
      if (end < 0) end = source.length;
      yield source.slice(start, end);
      start = end + 1;
    }
    return;
  }
  yield* source;
}

/** Drop a trailing CR and a leading byte-order mark, so CRLF and BOM-prefixed exports parse like the rest. */
export function cleanLine(line: string, first: boolean): string {
  let s = line;
  if (s.endsWith('\r')) s = s.slice(0, -1);
  if (first && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

/** Split one RFC 4180 record (quoted fields may hold commas and doubled quotes). Fast path without quotes. */
export function splitCsvLine(line: string, lineNo: number, file: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw new AccInputError('CSV_SYNTAX', `${file} line ${lineNo}: unterminated quoted field`, { line: lineNo });
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') {
        throw new AccInputError('CSV_SYNTAX', `${file} line ${lineNo}: text after a closing quote`, { line: lineNo });
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end;
    }
    if (i >= line.length) return fields;
    i += 1; // skip the comma
    if (i === line.length) {
      fields.push('');
      return fields;
    }
  }
}

/** Quote a field only when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Map header names to column positions. `required` must all be present; any name outside `allowed` is rejected,
 * so that a typo ("coeficient") is an error instead of a silently ignored column.
 */
export function readHeader(
  fields: string[],
  required: readonly string[],
  allowed: readonly string[],
  file: string,
): Map<string, number> {
  const columns = new Map<string, number>();
  fields.forEach((raw, position) => {
    const name = raw.trim();
    if (!allowed.includes(name)) {
      throw new AccInputError('CSV_HEADER', `${file} line 1: unknown column '${name}' (expected ${allowed.join(', ')})`, {
        line: 1,
        column: name,
      });
    }
    if (columns.has(name)) {
      throw new AccInputError('CSV_HEADER', `${file} line 1: column '${name}' appears twice`, { line: 1, column: name });
    }
    columns.set(name, position);
  });
  for (const name of required) {
    if (!columns.has(name)) {
      throw new AccInputError('CSV_HEADER', `${file} line 1: missing column '${name}'`, { line: 1, column: name });
    }
  }
  return columns;
}
