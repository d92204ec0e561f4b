import { describe, expect, it } from 'vitest';
import { parseCsv, sniffSeparator } from './csv';
import { encodeCsv } from './csv-write';

describe('sniffSeparator', () => {
  it('picks the separator of the header line', () => {
    expect(sniffSeparator('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(sniffSeparator('a,b,c\n1;2')).toBe(',');
    expect(sniffSeparator('a\tb\tc\n')).toBe('\t');
  });

  it('ignores separators inside quotes and skips lines without any candidate', () => {
    expect(sniffSeparator('Titre du tableau\n"a;b;c",d,e\n')).toBe(',');
  });

  it('prefers the semicolon when nothing is found', () => {
    expect(sniffSeparator('seule colonne\nvaleur')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('parses quoted cells holding separators, doubled quotes and line breaks', () => {
    const text = 'Intitulé;Objectifs\r\n"Réseau; chaleur";"Dire ""oui""\r\nsur deux lignes"\r\nVélo;Moins de CO2\r\n';
    expect(parseCsv(text, ';')).toEqual([
      { row: 1, cells: ['Intitulé', 'Objectifs'] },
      { row: 2, cells: ['Réseau; chaleur', 'Dire "oui"\r\nsur deux lignes'] },
      { row: 3, cells: ['Vélo', 'Moins de CO2'] },
    ]);
  });

  it('skips blank rows but keeps spreadsheet row numbers', () => {
    const rows = parseCsv('a;b\n\n;  \nc;d\ne;f', ';');
    expect(rows.map((r) => r.row)).toEqual([1, 4, 5]);
    expect(rows[2].cells).toEqual(['e', 'f']);
  });

  it('accepts lone CR line ends and a missing final line end', () => {
    expect(parseCsv('a,b\rc,d', ',')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', 'd'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell literally', () => {
    expect(parseCsv('L\'axe "A";x', ';')[0].cells).toEqual(['L\'axe "A"', 'x']);
  });

  it('reports an unterminated quote with the line where it opened', () => {
    expect(() => parseCsv('a;b\n1;"ouvert\n2;3\n', ';')).toThrow(/ligne 2/);
  });

  it('sniffs the separator when none is given', () => {
    expect(parseCsv('a\tb\n1\t2')[1].cells).toEqual(['1', '2']);
  });
});

describe('encodeCsv', () => {
  it('writes a BOM, CRLF line ends and quotes only where needed', () => {
    const out = encodeCsv([['Intitulé', 'Note'], ['a;b', 'dit "oui"'], ['x', null]]);
    expect(out).toBe('\uFEFFIntitulé;Note\r\n"a;b";"dit ""oui"""\r\nx;\r\n');
  });

  it('neutralises formula-like cells', () => {
    const out = encodeCsv([['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '\ry', 'ok=1']], { bom: false, separator: ',' });
    expect(out).toBe(`'=1+1,'+33 6,'-2,'@SUM(A1),'\tx,"'\ry",ok=1\r\n`);
  });

  it('round-trips through parseCsv with any separator', () => {
    const rows = [['Réf', 'Intitulé'], ['1.2', 'Ligne\nmultiple, avec "guillemets"; et tout']];
    for (const separator of [';', ',', '\t'] as const) {
      const text = encodeCsv(rows, { separator, bom: false });
      expect(parseCsv(text, separator).map((r) => r.cells)).toEqual(rows);
    }
  });
});
