import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv';

describe('CSV export', () => {
  it('prefixes text cells that a spreadsheet would read as a formula', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('+33 1 23')).toBe("'+33 1 23");
    expect(neutralise('-x')).toBe("'-x");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\t=cmd')).toBe("'\t=cmd");
    expect(neutralise('AIRPARIF = source')).toBe('AIRPARIF = source');
  });

  it('writes semicolon-separated lines, quotes when needed and keeps numbers numeric', () => {
    const csv = toCsv(['Série', 'Valeur'], [
      ['=HYPERLINK("http://x")', -12.5],
      ['a;b', 1000],
      ['plain', null],
    ]);
    expect(csv).toBe('Série;Valeur\r\n"\'=HYPERLINK(""http://x"")";-12,5\r\n"a;b";1000\r\nplain;\r\n');
  });
});
