import { describe, expect, it } from 'vitest';
import { allocate } from '../allocate';
import { allocationsCsv, curveStamps, stepsCsv } from './outputs';
import { parseCurvesCsv } from './curves';
import { parseParticipantsCsv, staticCoefficients } from './participants';

const participants = parseParticipantsCsv(
  ['id,role,coefficient', 'mairie,consumer,0.6', '"école, annexe",prosumer,0.4', 'pv,producer,'].join('\n'),
);
const curves = parseCurvesCsv(
  [
    'id,timestamp,consumption_wh,production_wh',
    'mairie,2025-07-01T12:00:00+02:00,4000,0',
    '"école, annexe",2025-07-01T12:00:00+02:00,8000,1000',
    'pv,2025-07-01T12:00:00+02:00,0,9000',
    'mairie,2025-07-01T12:15:00+02:00,7000,0',
    '"école, annexe",2025-07-01T12:15:00+02:00,8000,0',
    'pv,2025-07-01T12:15:00+02:00,0,10000',
  ].join('\n'),
  participants,
);

describe('output files, end to end from the canonical inputs', () => {
  it('writes allocations.csv and steps.csv for the default key (hand-computed)', () => {
    // Step 1: P = 9000 + 1000 (the prosumer's injection) = 10000, C = [4000, 8000, 0] → A1 of the research note:
    // [3333, 6667]. Step 2: P = 10000, C = [7000, 8000]: 10000·7000/15000 = 4666 r 10000, 10000·8000/15000 = 5333
    // r 5000 → 1 Wh left → first → [4667, 5333].
    const r = allocate(curves.input, { kind: 'default' });
    const stamp = curveStamps(curves);
    expect([...allocationsCsv(r, stamp, { rows: [0, 1] })].join('')).toBe(
      [
        'timestamp,id,consumption_wh,allocated_wh,grid_wh',
        '2025-07-01T12:00:00+02:00,mairie,4000,3333,667',
        '2025-07-01T12:00:00+02:00,"école, annexe",8000,6667,1333',
        '2025-07-01T12:15:00+02:00,mairie,7000,4667,2333',
        '2025-07-01T12:15:00+02:00,"école, annexe",8000,5333,2667',
        '',
      ].join('\n'),
    );
    expect([...stepsCsv(r, stamp)].join('')).toBe(
      [
        'timestamp,production_wh,consumption_wh,allocated_wh,surplus_wh',
        '2025-07-01T12:00:00+02:00,10000,12000,10000,0',
        '2025-07-01T12:15:00+02:00,10000,15000,10000,0',
        '',
      ].join('\n'),
    );
  });

  it('uses the static coefficients of participants.csv', () => {
    // Step 1: 60/40 of 10000 → [6000, 4000] capped to [4000, 4000], surplus 2000 (A5).
    // Step 2: [6000, 4000] within C = [7000, 8000] (A6).
    const r = allocate(curves.input, { kind: 'static', coefficients: staticCoefficients(participants) });
    expect([...r.allocated]).toEqual([4000, 4000, 0, 6000, 4000, 0]);
    const lines = [...allocationsCsv(r, curveStamps(curves))].join('').split('\n');
    expect(lines[3]).toBe('2025-07-01T12:00:00+02:00,pv,0,0,0');
  });
});
