import { afterAll, describe, expect, it } from 'vitest';
import { accHarness } from './harness';

const h = accHarness();
afterAll(() => h.close());

const PARTICIPANTS = `id,role,lat,lon,commune,power_kw,coefficient,priority
a,consumer,45.0,2.0,01001,,0.6,2
b,consumer,45.005,2.0,01001,,0.4,1
pv,producer,45.01,2.0,01002,36,,
`;
// Three quarter-hours on 1 July 2025 (Paris summer time): a and b consume 4 and 8 Wh each step; the PV produces
// 10, 15, then 0 Wh.
const STEPS = ['2025-07-01T12:00:00+02:00', '2025-07-01T12:15:00+02:00', '2025-07-01T12:30:00+02:00'];
function curves(rows?: string[]): string {
  const P = [10, 15, 0];
  const all = rows ?? STEPS.flatMap((ts, t) => [`a,${ts},4,0`, `b,${ts},8,0`, `pv,${ts},0,${P[t]}`]);
  return `id,timestamp,consumption_wh,production_wh\n${all.join('\n')}\n`;
}
const participants = h.write('participants.csv', PARTICIPANTS);
const goodCurves = h.write('curves.csv', curves());
const simulate = (extra: string[], curvesPath = goodCurves, out = 'out') =>
  h.run(['simulate', '--participants', participants, '--curves', curvesPath, '--out', `$DIR/${out}`, ...extra]);
const allocated = (out: string) =>
  h.read(`${out}/allocations.csv`).trim().split('\n').slice(1).map((l) => l.split(',').slice(1, 4).join(':'));

describe('acc simulate', () => {
  it('writes allocations, steps, coefficients and summary for the default key (hand-computed)', async () => {
    const r = await simulate([]);
    expect(r.error).toBeNull();
    expect(r.out).toMatch(/3 steps × 3 participants, key default: self-consumption 88\.0 %, self-production 61\.1 %/);
    // Step 0: P = 10 < ΣC = 12 → 10·4/12 = 3.33 and 10·8/12 = 6.67: floors 3 and 6, the leftover Wh goes to the
    // larger remainder (b: 80 mod 12 = 8 > 40 mod 12 = 4) → 3 and 7. Step 1: ΣC ≤ P → 4 and 8, surplus 3.
    // Step 2: P = 0. The producer gets no rows.
    expect(h.read('out/allocations.csv')).toBe(
      'timestamp,id,consumption_wh,allocated_wh,grid_wh\n' +
        `${STEPS[0]},a,4,3,1\n${STEPS[0]},b,8,7,1\n${STEPS[1]},a,4,4,0\n${STEPS[1]},b,8,8,0\n${STEPS[2]},a,4,0,4\n${STEPS[2]},b,8,0,8\n`,
    );
    expect(h.read('out/steps.csv')).toBe(
      'timestamp,production_wh,consumption_wh,allocated_wh,surplus_wh\n' +
        `${STEPS[0]},10,12,10,0\n${STEPS[1]},15,12,12,3\n${STEPS[2]},0,12,0,0\n`,
    );
    // Coefficients: step 0 gives 3/10 and 7/10 exactly. Step 1: ⌊4·10⁶/15⌋ = 266666 would give ⌊15 × 0.266666⌋ =
    // ⌊3.99999⌋ = 3 Wh; one of the 10⁶ − 799,999 spare millionths each repairs both: 0.266667 → 4.000005 → 4 Wh
    // and 0.533334 → 8.00001 → 8 Wh. Step 2 (P = 0) has no rows.
    expect(h.read('out/coefficients.csv')).toBe(
      'timestamp,id,coefficient\n' +
        `${STEPS[0]},a,0.300000\n${STEPS[0]},b,0.700000\n${STEPS[1]},a,0.266667\n${STEPS[1]},b,0.533334\n`,
    );
    const summary = JSON.parse(h.read('out/summary.json'));
    expect(summary.totals).toEqual({
      production: 25,
      consumption: 36,
      allocated: 22,
      surplus: 3,
      grid: 14,
      selfConsumptionRate: 22 / 25,
      selfProductionRate: 22 / 36,
    });
    expect(summary.period).toEqual({ start: STEPS[0], end: '2025-07-01T12:45:00+02:00', steps: 3, stepMinutes: 15, participants: 3 });
    expect(summary.months.map((m: { month: string }) => m.month)).toEqual(['2025-07']);
    expect(summary.participants.map((p: { id: string; allocated: number; role: string }) => [p.id, p.allocated, p.role])).toEqual([
      ['a', 7, 'consumer'],
      ['b', 15, 'consumer'],
      ['pv', 0, 'producer'],
    ]);
    expect(summary.coefficients).toMatchObject({ cells: 4, exactCells: 4, exactSteps: 2, stepsWithProduction: 2, totalGapWh: 0 });
  });

  it('replays its own coefficients.csv as a dynamic key to the same allocations', async () => {
    expect((await simulate(['--key', 'dynamic', '--coefficients', `${h.dir}/out/coefficients.csv`], goodCurves, 'replay')).error).toBeNull();
    expect(h.read('replay/allocations.csv')).toBe(h.read('out/allocations.csv'));
  });

  it('reports what the coefficients cannot reproduce (P = 3, A = [1, 1, 1])', async () => {
    const ps = h.write('p3.csv', 'id,role\nx,consumer\ny,consumer\nz,consumer\npv,producer\n');
    const cs = h.write('c3.csv', `id,timestamp,consumption_wh,production_wh\nx,${STEPS[0]},1,0\ny,${STEPS[0]},1,0\nz,${STEPS[0]},1,0\npv,${STEPS[0]},0,3\n`);
    const r = await h.run(['simulate', '--participants', ps, '--curves', cs, '--out', '$DIR/p3']);
    expect(r.error).toBeNull();
    // Floors 333333 × 3 leave one spare millionth: x gets 0.333334 (⌊3 × 0.333334⌋ = 1), y and z give ⌊0.999999⌋ = 0.
    expect(h.read('p3/coefficients.csv').split('\n').slice(1, 4).map((l) => l.split(',')[2])).toEqual(['0.333334', '0.333333', '0.333333']);
    expect(JSON.parse(h.read('p3/summary.json')).coefficients).toMatchObject({ cells: 3, exactCells: 1, exactSteps: 0, totalGapWh: 2, maxGapWh: 1 });
  });

  it('applies the static, static-redistributed and priority keys from participants.csv', async () => {
    await simulate(['--key', 'static'], goodCurves, 'static');
    // 60/40 of 10 Wh: a min(4, 6) = 4, b min(8, 4) = 4 (A5); of 15 Wh: a min(4, 9) = 4, b min(8, 6) = 6.
    expect(allocated('static')).toEqual(['a:4:4', 'b:8:4', 'a:4:4', 'b:8:6', 'a:4:0', 'b:8:0']);
    await simulate(['--key', 'static-redistributed'], goodCurves, 'redistributed');
    // Unused shares re-offered: step 0 → a 4, b 6 (10 Wh); step 1 → everyone served (12 ≤ 15).
    expect(allocated('redistributed')).toEqual(['a:4:4', 'b:8:6', 'a:4:4', 'b:8:8', 'a:4:0', 'b:8:0']);
    await simulate(['--key', 'priority'], goodCurves, 'priority');
    // b (rank 1) first: step 0 → b 8, a the remaining 2.
    expect(allocated('priority')).toEqual(['a:4:2', 'b:8:8', 'a:4:4', 'b:8:8', 'a:4:0', 'b:8:0']);
    const coefficients = h.write('static.csv', 'id,coefficient\na,0.25\nb,0.75\n');
    await simulate(['--key', 'static', '--coefficients', coefficients], goodCurves, 'static-file');
    // 25/75 of 10 Wh: a min(4, 2) = 2 (2.5 floored), b min(8, 7) = 7.
    expect(allocated('static-file').slice(0, 2)).toEqual(['a:4:2', 'b:8:7']);
  });

  it('reports progress on stderr and timings with --timings', async () => {
    const r = await simulate(['--progress-mb', '0.0001', '--timings'], goodCurves, 'progress');
    expect(r.err).toMatch(/curves\.csv: 0 MB of 0 MB read \(\d+ %\)/);
    const timings = JSON.parse(r.err.trim().split('\n').at(-1)!);
    expect(timings.bytes.output.allocations).toBe(h.read('progress/allocations.csv').length);
    expect(Object.keys(timings.timings)).toEqual(['readMs', 'allocateMs', 'summarizeMs', 'writeMs']);
  });

  it('handles the 23-hour DST day: steps follow the offsets written in the file', async () => {
    // 2025-03-30: 01:45+01:00 is followed by 03:00+02:00, one quarter-hour later.
    const ts = ['2025-03-30T01:45:00+01:00', '2025-03-30T03:00:00+02:00'];
    const cs = h.write('dst.csv', curves(ts.flatMap((t) => [`a,${t},4,0`, `b,${t},8,0`, `pv,${t},0,12`])));
    expect((await simulate([], cs, 'dst')).error).toBeNull();
    expect(JSON.parse(h.read('dst/summary.json')).period).toMatchObject({ steps: 2, stepMinutes: 15 });
  });
});

describe('acc simulate: errors name the file, line and column', () => {
  const fails = async (rows: string[], re: RegExp, extra: string[] = []) => {
    const r = await simulate(extra, h.write('bad.csv', curves(rows)), 'bad');
    expect(r.error?.message).toMatch(re);
  };
  const ok = STEPS.slice(0, 2).flatMap((ts) => [`a,${ts},4,0`, `b,${ts},8,0`, `pv,${ts},0,10`]);

  it('rejects unknown ids, duplicated rows and bad Wh', async () => {
    await fails([...ok, `c,${STEPS[0]},1,0`], /curves\.csv line 8, column id: 'c' is not in participants\.csv/);
    await fails([...ok, `a,${STEPS[0]},4,0`], /curves\.csv line 8: second row for 'a' at 2025-07-01T12:00:00\+02:00/);
    await fails(['a,2025-07-01T12:00:00+02:00,4.5,0'], /line 2, column consumption_wh: Wh must be a whole number/);
    await fails(['a,2025-07-01T12:00:00+02:00,-4,0'], /line 2, column consumption_wh: Wh cannot be negative/);
    await fails(['pv,2025-07-01T12:00:00+02:00,0,1e3'], /line 2, column production_wh: expected an integer number of Wh/);
  });

  it('lists missing steps, or fills them with --fill zero', async () => {
    const gap = ok.filter((l) => !l.startsWith(`b,${STEPS[1]}`));
    await fails(gap, /1 participant-step row\(s\) missing: 'b' at 2025-07-01T12:15:00\+02:00/);
    const r = await simulate(['--fill', 'zero'], h.write('gap.csv', curves(gap)), 'gap');
    expect(r.error).toBeNull();
    expect(allocated('gap')).toEqual(['a:4:3', 'b:8:7', 'a:4:4', 'b:0:0']);
  });

  it('rejects mixed steps', async () => {
    const quarter = ['00', '15', '30', '45', '60'].slice(0, 4).map((m) => `2025-07-01T12:${m}:00+02:00`);
    const rows = quarter.flatMap((ts, t) => [`a,${ts},4,0`, ...(t % 2 === 0 ? [`b,${ts},8,0`] : []), `pv,${ts},0,10`]);
    rows.push(`b,2025-07-01T13:00:00+02:00,8,0`, `a,2025-07-01T13:00:00+02:00,4,0`, `pv,2025-07-01T13:00:00+02:00,0,10`);
    await fails(rows, /mixed steps; the operation uses 15-min steps .* 'b' every 30 min/);
  });

  it('rejects a wrong time zone offset, naming the line, unless --any-offset', async () => {
    // +01:00 in July is winter time: the whole file was written without DST.
    const rows = ok.map((l) => l.replaceAll('+02:00', '+01:00'));
    await fails(rows, /bad\.csv line 2, column timestamp: '2025-07-01T12:00:00\+01:00' has offset \+01:00, but Europe\/Paris is at \+02:00/);
    expect((await simulate(['--any-offset'], h.write('offset.csv', curves(rows)), 'offset')).error).toBeNull();
    const utc = ok.map((l) => l.replace('2025-07-01T12:00:00+02:00', '2025-07-01T10:00:00Z'));
    expect((await simulate([], h.write('utc.csv', curves(utc)), 'utc')).error).toBeNull();
  });

  it('rejects coefficient sums above 1 in participants.csv and in a dynamic file', async () => {
    const ps = h.write('p-sum.csv', 'id,role,coefficient\na,consumer,0.6\nb,consumer,0.400001\npv,producer,\n');
    const r = await h.run(['simulate', '--participants', ps, '--curves', goodCurves, '--out', '$DIR/sum', '--key', 'static']);
    expect(r.error?.message).toMatch(/participants\.csv, column coefficient: coefficients sum to 1\.000001, more than 1/);
    const dyn = h.write('dyn.csv', `timestamp,id,coefficient\n${STEPS[0]},a,0.5\n${STEPS[1]},a,0.5\n${STEPS[0]},b,0.500001\n`);
    const d = await simulate(['--key', 'dynamic', '--coefficients', dyn], goodCurves, 'dyn');
    expect(d.error?.message).toMatch(/dyn\.csv line 4: coefficients at 2025-07-01T12:00:00\+02:00 sum to 1\.000001, more than 1/);
    const off = h.write('dyn-off.csv', `timestamp,id,coefficient\n2025-07-01T12:05:00+02:00,a,0.5\n`);
    expect((await simulate(['--key', 'dynamic', '--coefficients', off], goodCurves, 'dyn')).error?.message).toMatch(
      /dyn-off\.csv line 2, column timestamp: '2025-07-01T12:05:00\+02:00' is not a step of the curves/,
    );
    const producer = h.write('dyn-pv.csv', `timestamp,id,coefficient\n${STEPS[0]},pv,0.5\n`);
    expect((await simulate(['--key', 'dynamic', '--coefficients', producer], goodCurves, 'dyn')).error?.message).toMatch(
      /line 2: producer 'pv' consumes nothing/,
    );
  });

  it('explains missing key inputs and missing files', async () => {
    expect((await simulate(['--key', 'dynamic'])).error?.message).toMatch(/--key dynamic needs --coefficients/);
    const bare = h.write('bare.csv', 'id,role\na,consumer\nb,consumer\npv,producer\n');
    const r = await h.run(['simulate', '--participants', bare, '--curves', goodCurves, '--out', '$DIR/x', '--key', 'priority']);
    expect(r.error?.message).toMatch(/--key priority needs the priority column/);
    expect((await simulate([], `${h.dir}/nope.csv`)).error?.message).toMatch(/cannot read --curves '.*nope\.csv': ENOENT/);
  });
});
