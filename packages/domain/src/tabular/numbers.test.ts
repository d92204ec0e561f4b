import { describe, expect, it } from 'vitest';
import { parseFrenchNumber } from './numbers';

describe('parseFrenchNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567,25', 1234567.25],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1234.5', 1234.5],
    ['-3,75', -3.75],
    ['\u22123', -3],
    ['12,5 %', 0.125],
    ['50%', 0.5],
    ['2 500 €', 2500],
    ['€ 99', 99],
    ['1 200 euros', 1200],
    [',5', 0.5],
    ['1,5E+03', 1500],
    ['  7  ', 7],
  ])('reads %j as %d', (text, expected) => {
    expect(parseFrenchNumber(text)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '12,5,3', '1.23.4', '1,2.3,4', '12 ans', '--3', '.', '=A1*2'])('rejects %j', (text) => {
    expect(parseFrenchNumber(text)).toBeNull();
  });
});
