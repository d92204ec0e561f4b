// French formatting of dates and numbers (Intl fr-FR). ISO dates "2025-03-01" are calendar dates: formatted in UTC
// so that no time zone shifts them by a day.

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const numberFormat = new Intl.NumberFormat('fr-FR');
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "2025-03-01" → "1 mars 2025". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** Timestamp → "12 mars 2025 à 14:05" (Paris time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** 2165423 → "2 165 423" (narrow no-break spaces, as French typography wants). */
export const formatNumber = (n: number | null | undefined) => (n === null || n === undefined ? '' : numberFormat.format(n));
export const formatDecimal = (n: number | null | undefined) => (n === null || n === undefined ? '' : decimalFormat.format(n));
export const formatEuros = (n: number | null | undefined) => (n === null || n === undefined ? '' : euroFormat.format(n));

/** "1 action" / "3 actions" / "0 action" (French uses the singular for 0 and 1). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(n)} ${Math.abs(n) < 2 ? singular : pluralForm}`;
}
