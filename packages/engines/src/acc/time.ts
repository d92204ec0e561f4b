/**
 * Pure time helpers. Curves carry ISO 8601 instants with an explicit offset, so steps are handled as epoch
 * milliseconds (uniform even across the 23 h and 25 h DST days); local time only matters for month keys and
 * for printing. Europe/Paris rules are written out (EU summer time since 1996: from the last Sunday of March to
 * the last Sunday of October, switching at 01:00 UTC) rather than read from Intl, so results cannot depend on
 * the ICU build; tests compare them with Intl.
 */

const MINUTE = 60_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

export interface Instant {
  ms: number;
  offsetMinutes: number;
}

/** Strict ISO 8601 "YYYY-MM-DDTHH:MM[:SS[.sss]](Z|±HH:MM)"; null when malformed or out of range. */
export function parseIsoTimestamp(text: string): Instant | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
  const second = m[6] ? +m[6] : 0;
  const milli = m[7] ? +m[7].padEnd(3, '0') : 0;
  // Date.UTC maps years 0–99 to 1900–1999; metering data is never that old.
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = +m[8].slice(1, 3);
    const om = +m[8].slice(4, 6);
    if (oh > 14 || om > 59) return null;
    offsetMinutes = (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  return { ms: local - offsetMinutes * MINUTE, offsetMinutes };
}

/** "YYYY-MM-DDTHH:MM:SS±HH:MM" (or "Z" for a zero offset), seconds always written. */
export function formatIsoTimestamp(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * MINUTE);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (offsetMinutes === 0) return `${date}T${time}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Offset of Europe/Paris from UTC at instant ms, in minutes (60 or 120). Valid from 1996 on. */
export function parisOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = lastSundayAt1Utc(year, 2);
  const end = lastSundayAt1Utc(year, 9);
  return ms >= start && ms < end ? 120 : 60;
}

/** Month of instant ms in Paris local time, as "YYYY-MM". */
export function parisMonthKey(ms: number): string {
  const d = new Date(ms + parisOffsetMinutes(ms) * MINUTE);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** Paris-local ISO text of instant ms. */
export function formatParis(ms: number): string {
  return formatIsoTimestamp(ms, parisOffsetMinutes(ms));
}

function lastSundayAt1Utc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, day, 1);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(v: number): string {
  return v < 10 ? `0${v}` : String(v);
}
