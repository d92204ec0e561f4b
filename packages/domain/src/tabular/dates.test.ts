import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from './dates';

describe('parseFrenchDate', () => {
  it.each([
    ['31/12/2025', '2025-12-31'],
    ['1/2/2026', '2026-02-01'],
    ['31/12/25', '2025-12-31'],
    ['01/01/99', '1999-01-01'],
    ['31-12-2025', '2025-12-31'],
    ['31.12.2025', '2025-12-31'],
    ['31 décembre 2025', '2025-12-31'],
    ['31 DECEMBRE 2025', '2025-12-31'],
    ['1er janvier 2026', '2026-01-01'],
    ['3 févr. 2026', '2026-02-03'],
    ['15 août 2030', '2030-08-15'],
    ['mercredi 31 décembre 2025', '2025-12-31'],
    ['2025-12-31', '2025-12-31'],
    ['2025-12-31T00:00:00.000Z', '2025-12-31'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseFrenchDate(text)).toBe(expected);
  });

  it.each(['', '31/02/2025', '29/02/2025', '32/01/2025', '12/13/2025', 'bientôt', '31 brumaire 2025', '2025', 'décembre 2025', '2025-13-01'])(
    'rejects %j',
    (text) => {
      expect(parseFrenchDate(text)).toBeNull();
    },
  );
});
