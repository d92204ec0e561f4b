import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, linesOf, splitCsvLine } from './line';

describe('CSV lines', () => {
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('a,"Saint-Jean, haut","dit ""le moulin""",', 1, 'f')).toEqual([
      'a',
      'Saint-Jean, haut',
      'dit "le moulin"',
      '',
    ]);
  });

  it('round-trips any fields through csvField', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s)), { minLength: 1, maxLength: 5 }), (fields) => {
        expect(splitCsvLine(fields.map(csvField).join(','), 1, 'f')).toEqual(fields);
      }),
    );
  });

  it('reports an unterminated quote with its line', () => {
    expect(() => splitCsvLine('a,"b', 7, 'participants.csv')).toThrow(
      expect.objectContaining({ code: 'CSV_SYNTAX', message: 'participants.csv line 7: unterminated quoted field' }),
    );
  });

  it('yields lines of a string without their terminators', () => {
    expect([...linesOf('a\nb\r\n\nc')]).toEqual(['a', 'b\r', '', 'c']);
    expect([...linesOf('a\n')]).toEqual(['a']);
  });
});
