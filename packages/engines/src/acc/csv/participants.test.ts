import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv, priorityRanks, staticCoefficients } from './participants';

const header = 'id,role,lat,lon,commune,power_kw,coefficient,priority';

describe('participants.csv', () => {
  it('reads every column, keeps file order, and leaves empty optional cells null', () => {
    const text =
      '\ufeff' +
      [header, 'mairie,consumer,45.1,5.7,"Saint-Égrève, centre",,0.6,1', 'ecole,prosumer,,,,9,0.4,', 'pv,producer,,,38382,100,,']
        .join('\r\n');
    const ps = parseParticipantsCsv(text);
    expect(ps).toEqual([
      { id: 'mairie', role: 'consumer', lat: 45.1, lon: 5.7, commune: 'Saint-Égrève, centre', powerKw: null, coefficient: 600_000, priority: 1 },
      { id: 'ecole', role: 'prosumer', lat: null, lon: null, commune: null, powerKw: 9, coefficient: 400_000, priority: null },
      { id: 'pv', role: 'producer', lat: null, lon: null, commune: '38382', powerKw: 100, coefficient: null, priority: null },
    ]);
    expect([...staticCoefficients(ps)]).toEqual([600_000, 400_000, 0]);
    expect([...priorityRanks(ps)]).toEqual([1, 0, 0]);
  });

  it('accepts a minimal header with columns in any order', () => {
    expect(parseParticipantsCsv('role,id\nstorage,b1')).toMatchObject([{ id: 'b1', role: 'storage', coefficient: null }]);
  });

  it('parses coefficients exactly to millionths', () => {
    const ps = parseParticipantsCsv('id,role,coefficient\na,consumer,0.000001\nb,consumer,.5\nc,consumer,0.499999');
    expect(ps.map((p) => p.coefficient)).toEqual([1, 500_000, 499_999]);
  });

  it.each([
    ['an unknown column', 'id,role,coeficient\na,consumer,0.5', 'CSV_HEADER', "unknown column 'coeficient'"],
    ['a missing role column', 'id,lat\na,1', 'CSV_HEADER', "missing column 'role'"],
    ['a duplicated id', 'id,role\na,consumer\na,producer', 'DUPLICATE_ID', "line 3: id 'a' already used on line 2"],
    ['an unknown role', 'id,role\na,battery', 'BAD_ROLE', "line 2, column role: 'battery'"],
    ['7 decimals', 'id,role,coefficient\na,consumer,0.1234567', 'BAD_VALUE', 'at most 6 decimals'],
    ['a coefficient above 1', 'id,role,coefficient\na,consumer,1.2', 'BAD_VALUE', 'cannot exceed 1'],
    ['coefficients summing above 1', 'id,role,coefficient\na,consumer,0.6\nb,consumer,0.400001', 'COEFFICIENT_SUM', 'sum to 1.000001'],
    ['a producer with a coefficient', 'id,role,coefficient\npv,producer,0.5', 'BAD_VALUE', "producer 'pv'"],
    ['a latitude out of range', 'id,role,lat\na,consumer,91', 'BAD_VALUE', 'line 2, column lat'],
    ['a rank of 0', 'id,role,priority\na,consumer,0', 'BAD_VALUE', 'line 2, column priority'],
    ['a short row', 'id,role,lat\na,consumer', 'CSV_SYNTAX', 'line 2: 2 fields for 3 columns'],
    ['no participant', 'id,role\n', 'EMPTY', 'no participant'],
  ])('rejects %s', (_, text, code, message) => {
    expect(() => parseParticipantsCsv(text)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });
});
