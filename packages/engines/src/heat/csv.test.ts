import { describe, expect, it } from 'vitest';
import { checkCoordinates, parseProfilesCsv, parseSinksCsv, parseSourcesCsv } from './csv';
import { HeatInputError, type HeatIssue } from './errors';
import { HOURS_PER_YEAR } from './types';

const SOURCES_HEADER = 'id,kind,name,lat,lon,annual_mwh,temperature_c';
const SINKS_HEADER = 'id,kind,name,lat,lon,annual_mwh,supply_temperature_c';

function issues(run: () => unknown): HeatIssue[] {
  try {
    run();
  } catch (err) {
    if (err instanceof HeatInputError) return [...err.issues];
    throw err;
  }
  throw new Error('expected a HeatInputError');
}

describe('parseSourcesCsv / parseSinksCsv', () => {
  it('reads sites, quoted names, CRLF and a BOM', () => {
    const text = `\uFEFF${SOURCES_HEADER},profile\r\ndc1,datacenter,"Data, centre",48.85,2.35,20000,30,\r\nu1,incinerator,UIOM,-21.1,55.5,1e5,150,winter\r\n`;
    const sources = parseSourcesCsv(text);
    expect(sources).toEqual([
      { id: 'dc1', kind: 'datacenter', name: 'Data, centre', lat: 48.85, lon: 2.35, annualMwh: 20000, temperatureC: 30 },
      { id: 'u1', kind: 'incinerator', name: 'UIOM', lat: -21.1, lon: 55.5, annualMwh: 100000, temperatureC: 150, profile: 'winter' },
    ]);
    const sinks = parseSinksCsv(`${SINKS_HEADER}\nr1,heat_network,RCU,16.24,-61.53,50000,90\n`);
    expect(sinks).toEqual([{ id: 'r1', kind: 'heat_network', name: 'RCU', lat: 16.24, lon: -61.53, annualMwh: 50000, supplyTemperatureC: 90 }]);
  });

  it('reports every faulty cell with its line and column', () => {
    const text = [
      SOURCES_HEADER,
      'a,datacenter,A,48.8,2.3,100,30',
      'a,factory,B,48.8,2.3,-5,30', // line 3: duplicate id, bad kind, negative energy
      'c,industry,C,2.3,48.8,100,2000', // line 4: swapped coordinates, temperature above 1000 °C
      'd,industry,D,95,2.3,abc,-60', // line 5: latitude out of range, not a number, temperature below −50 °C
      'e,other,E,40.4,-3.7,100,30', // line 6: Madrid
      ',other,F,48,2,1,20', // line 7: empty id
    ].join('\n');
    const found = issues(() => parseSourcesCsv(text)).map((i) => [i.row, i.column, i.code]);
    expect(found).toEqual([
      [3, 'id', 'DUPLICATE_ID'],
      [3, 'kind', 'BAD_KIND'],
      [3, 'annual_mwh', 'NEGATIVE_ENERGY'],
      [4, 'lat', 'COORDINATES_SWAPPED'],
      [4, 'temperature_c', 'BAD_TEMPERATURE'],
      [5, 'lat', 'COORDINATE_RANGE'],
      [5, 'annual_mwh', 'BAD_NUMBER'],
      [5, 'temperature_c', 'BAD_TEMPERATURE'],
      [6, 'lat', 'OUTSIDE_FRANCE'],
      [7, 'id', 'MISSING_VALUE'],
    ]);
  });

  it('refuses a sink supply temperature at or below 0 °C and a decimal comma', () => {
    const found = issues(() => parseSinksCsv(`${SINKS_HEADER}\ns,building,S,48.8,2.3,100,0\nt,building,T,48.8,2.3,"12,5",60\n`));
    expect(found.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'supply_temperature_c', 'BAD_TEMPERATURE'],
      [3, 'annual_mwh', 'BAD_NUMBER'],
    ]);
  });

  it('rejects unknown, duplicated and missing columns, and unknown profile names', () => {
    expect(issues(() => parseSourcesCsv(`${SOURCES_HEADER},colour\n`)).map((i) => i.column)).toEqual(['colour']);
    expect(issues(() => parseSinksCsv('id,kind,name,lat,lon,annual_mwh\n'))[0].column).toBe('supply_temperature_c');
    const unknown = issues(() => parseSinksCsv(`${SINKS_HEADER},profile\ns,building,S,48.8,2.3,100,60,summer\n`, new Map()));
    expect(unknown.map((i) => [i.row, i.code])).toEqual([[2, 'UNKNOWN_PROFILE']]);
    expect(issues(() => parseSourcesCsv(''))[0].code).toBe('EMPTY');
  });
});

describe('checkCoordinates', () => {
  it('accepts mainland France, Corsica and each DROM', () => {
    for (const [lat, lon] of [
      [48.85, 2.35], // Paris
      [42.7, 9.45], // Bastia
      [16.24, -61.53], // Pointe-à-Pitre
      [14.6, -61.07], // Fort-de-France
      [4.94, -52.33], // Cayenne
      [-20.88, 55.45], // Saint-Denis de La Réunion
      [-12.78, 45.23], // Mamoudzou
    ]) {
      expect(checkCoordinates(lat, lon)).toBe('ok');
    }
  });

  it('spots swapped pairs, including one whose longitude would be an impossible latitude', () => {
    expect(checkCoordinates(2.35, 48.85)).toBe('swapped');
    expect(checkCoordinates(55.45, -20.88)).toBe('swapped');
    expect(checkCoordinates(-61.53, 16.24)).toBe('swapped');
    expect(checkCoordinates(100, 2)).toBe('range');
  });
});

describe('parseProfilesCsv', () => {
  it('reads named columns over 8760 hours and normalises each to shares', () => {
    const rows = Array.from({ length: HOURS_PER_YEAR }, (_, h) => `${h},${h < 4380 ? 2 : 0},1`);
    const profiles = parseProfilesCsv(['hour,winter,flat', ...rows].join('\n'));
    expect([...profiles.keys()]).toEqual(['winter', 'flat']);
    expect(profiles.get('winter')![0]).toBeCloseTo(1 / 4380, 15);
    expect(profiles.get('winter')![5000]).toBe(0);
    expect(profiles.get('flat')!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reports a wrong hour count, a misplaced hour and a negative value', () => {
    const rows = Array.from({ length: 10 }, (_, h) => `${h === 3 ? 7 : h},${h === 5 ? -1 : 1}`);
    const found = issues(() => parseProfilesCsv(['hour,p', ...rows].join('\n')));
    expect(found.map((i) => [i.row ?? null, i.column ?? null, i.code])).toEqual([
      [null, null, 'BAD_PROFILE'],
      [5, 'hour', 'BAD_PROFILE'],
      [7, 'p', 'BAD_PROFILE'],
    ]);
  });
});
