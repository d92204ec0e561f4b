import { AccInputError } from '../errors';
import { MAX_SAFE } from '../exact';

/** Where a field comes from, for messages like "curves.csv line 12, column consumption_wh". */
export interface FieldRef {
  file: string;
  line: number;
  column: string;
}

function fail(ref: FieldRef, what: string, text: string): AccInputError {
  return new AccInputError('BAD_VALUE', `${ref.file} line ${ref.line}, column ${ref.column}: ${what}, got '${text}'`, {
    line: ref.line,
    column: ref.column,
  });
}

/**
 * Strict non-negative integer Wh: digits only (no sign, decimals, exponent or thousands separator), ≤ 2^53 − 1.
 * A character loop instead of a regex: this runs once per value of files with tens of millions of rows.
 */
export function parseWh(text: string, ref: FieldRef): number {
  const last = text.length - 1;
  const s = last >= 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(last) <= 32) ? text.trim() : text;
  if (s.length === 0) throw fail(ref, 'expected an integer number of Wh', text);
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) {
      if (s[0] === '-' && /^-\d+(\.\d+)?$/.test(s)) throw fail(ref, 'Wh cannot be negative', text);
      if (/^\d*[.,]\d+$/.test(s)) throw fail(ref, 'Wh must be a whole number (no decimals)', text);
      throw fail(ref, 'expected an integer number of Wh', text);
    }
    v = v * 10 + d;
  }
  if (v > MAX_SAFE) throw fail(ref, 'value above 2^53 − 1 Wh', text);
  return v;
}

/** A ratio in [0, 1] with at most 6 decimals, parsed exactly to millionths ("0.25" → 250000). */
export function parseMillionths(text: string, ref: FieldRef): number {
  const m = /^(\d*)(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m || (m[1] === '' && m[2] === undefined)) {
    if (/^\d*\.\d{7,}$/.test(text.trim())) throw fail(ref, 'coefficients have at most 6 decimals', text);
    throw fail(ref, 'expected a decimal ratio between 0 and 1 such as 0.25', text);
  }
  const value = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  if (value > 1_000_000) throw fail(ref, 'a coefficient cannot exceed 1', text);
  return value;
}

/** A finite decimal number within [min, max]. */
export function parseDecimal(text: string, ref: FieldRef, min: number, max: number): number {
  const s = text.trim();
  const v = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
  if (!(v >= min && v <= max)) throw fail(ref, `expected a number between ${min} and ${max}`, text);
  return v;
}

/** A positive integer (priority ranks). */
export function parsePositiveInt(text: string, ref: FieldRef): number {
  const s = text.trim();
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 1_000_000) {
    throw fail(ref, 'expected a positive integer rank (1 is served first)', text);
  }
  return Number(s);
}
