import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { accHarness } from './harness';

const h = accHarness();
afterAll(() => h.close());

// A producer and two consumers on the meridian 2° E. 0.135° of latitude = 15,011.336 m for R = 6,371,008.8 m
// (R·0.135·π/180); 0.0899° = 9,996.438 m.
function participants(spanDeg: number, powerKw = '250') {
  return h.write(
    `p-${spanDeg}-${powerKw}.csv`,
    `id,role,lat,lon,commune,power_kw\npv,producer,45,2,12001,${powerKw}\nfarm,consumer,${45 + spanDeg / 2},2,12002,\n` +
      `school,consumer,${45 + spanDeg},2,12003,\n`,
  );
}
const densities = (third: string) => h.write(`d-${third}.csv`, `commune,density\n12001,Rural à habitat dispersé\n12002,Bourgs ruraux\n12003,${third}\n`);
const check = async (args: string[]) => {
  const r = await h.run(['check', ...args]);
  return { ...r, report: r.out ? JSON.parse(r.out) : null };
};

describe('acc check', () => {
  it('exits 0 with the rules, their sources and verdicts for a compact operation', async () => {
    const r = await check(['--participants', participants(0.01), '--date', '2025-06-01']);
    expect(r.exitCode).toBe(0);
    expect(r.report.verdict).toBe('pass');
    expect(r.report.measures.diameterM).toBeCloseTo(1111.950802335, 6);
    const ids = r.report.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(['distance-2km', 'derogation-10km-periurban-rural', 'derogation-20km-rural', 'power-cap-mainland', 'power-cap-zni', 'derogation-public-body']);
    for (const rule of r.report.rules) expect(Object.keys(rule)).toEqual(expect.arrayContaining(['id', 'source', 'verdict', 'detail']));
  });

  it('A11/A12: 15 km is eligible when every commune is rural (exit 0) and not with a "petite ville" (exit 2)', async () => {
    const rural = await check(['--participants', participants(0.135), '--date', '2025-06-01', '--densities', densities('7')]);
    expect(rural.exitCode).toBe(0);
    expect(rural.report.derogationsNeeded).toEqual(['derogation-20km-rural']);
    const town = await check(['--participants', participants(0.135), '--date', '2025-06-01', '--densities', densities('Petites villes')]);
    expect(town.exitCode).toBe(2);
    expect(town.report.verdict).toBe('fail');
    const within10 = await check(['--participants', participants(0.0899), '--date', '2025-06-01', '--densities', densities('Petites villes')]);
    expect(within10.exitCode).toBe(0);
  });

  it('exits 3 when the data cannot decide (no density table), and reads id-keyed tables', async () => {
    const r = await check(['--participants', participants(0.135), '--date', '2025-06-01']);
    expect(r.exitCode).toBe(3);
    expect(r.report.measures.missingDensity).toEqual(['pv', 'farm', 'school']);
    const byId = h.write('by-id.csv', 'id,density\npv,rural\nfarm,rural\nschool,rural\n');
    expect((await check(['--participants', participants(0.135), '--date', '2025-06-01', '--densities', byId])).exitCode).toBe(0);
  });

  it('applies the power cap of the date, the ZNI cap and the public-body derogation', async () => {
    const big = participants(0.01, '4000');
    expect((await check(['--participants', big, '--date', '2025-03-05'])).exitCode).toBe(2);
    expect((await check(['--participants', big, '--date', '2025-03-06'])).exitCode).toBe(0);
    expect((await check(['--participants', participants(0.01, '500'), '--date', '2025-06-01', '--zni'])).exitCode).toBe(2);
    const far = participants(0.225, '9500');
    expect((await check(['--participants', far, '--date', '2025-06-01'])).exitCode).toBe(2);
    const pub = await check(['--participants', far, '--date', '2025-06-01', '--public-body']);
    expect(pub.exitCode).toBe(0);
    expect(pub.report.derogationsNeeded).toEqual(['derogation-public-body']);
  });

  it('rejects a malformed date', async () => {
    const r = await h.run(['check', '--participants', participants(0.01), '--date', '2025-13-01']);
    expect(r.error?.message).toMatch(/date must be a calendar day YYYY-MM-DD/);
  });

  it('sets the process exit code through the real binary', () => {
    const bin = fileURLToPath(new URL('../../bin/trajectoire.mjs', import.meta.url));
    const p = spawnSync(process.execPath, [bin, 'acc', 'check', '--participants', participants(0.135), '--date', '2025-06-01', '--densities', densities('4')], {
      encoding: 'utf8',
    });
    expect(p.status).toBe(2);
    expect(JSON.parse(p.stdout).verdict).toBe('fail');
  });
});
