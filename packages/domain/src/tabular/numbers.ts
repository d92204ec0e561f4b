// Spaces used as thousands separators: regular, no-break (U+00A0), narrow no-break (U+202F, what French
// locales print), thin (U+2009), and the apostrophes of Swiss notation.
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;

function splitThousands(digits: string, mark: string): string | null {
  const parts = digits.split(mark);
  if (parts.length === 1) return digits;
  if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
  return parts.join('');
}

/**
 * Reads a number as French users type it: "1 234,5", "1 234,5" (narrow no-break space), "1.234,5", "-3",
 * "12,5 %" (→ 0.125, as spreadsheets store percentages), "2 500 €". A lone dot is a decimal point ("1234.5",
 * as spreadsheet cells and English files write numbers); several dots are thousands separators.
 * Returns null for anything else, including blank text.
 */
export function parseFrenchNumber(input: string): number | null {
  let s = input.trim().replace(/[\u2212\u2013]/g, '-');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  s = s.replace(/(€|eur|euros?)$/i, '').replace(/^€/, '').replace(GROUPING, '');
  const match = /^([+-]?)([\d.,]+)(e[+-]?\d+)?$/i.exec(s);
  if (!match) return null;
  const [, sign, body, exponent = ''] = match;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let intPart: string | null;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const [int, frac, ...rest] = body.split(decimal);
    if (rest.length) return null;
    intPart = splitThousands(int, decimal === ',' ? '.' : ',');
    fraction = frac;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = body.split(mark);
    if (parts.length === 2) [intPart, fraction] = [parts[0], parts[1]];
    else intPart = splitThousands(body, mark);
  } else intPart = body;
  if (intPart === null || !/^\d*$/.test(intPart) || !/^\d*$/.test(fraction) || intPart + fraction === '') return null;
  const value = Number(`${sign}${intPart || '0'}.${fraction || '0'}${exponent}`) / (percent ? 100 : 1);
  return Number.isFinite(value) ? value : null;
}
