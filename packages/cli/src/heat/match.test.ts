import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProgram } from '../program';
import type { CliContext } from '../context';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'trj-heat-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const err: string[] = [];
  const ctx: CliContext = { openDatabase: () => Promise.reject(new Error('no db')), out: () => {}, err: (t) => void err.push(t), readStdin: async () => '' };
  try {
    await buildProgram(ctx).parseAsync(['node', 'trajectoire', 'heat', 'match', ...args]);
    return { error: null, err: err.join('') };
  } catch (e) {
    return { error: e as Error, err: err.join('') };
  }
}

const file = async (name: string, text: string) => {
  const p = path.join(dir, name);
  await writeFile(p, text);
  return p;
};

describe('trajectoire heat match', () => {
  it('writes the four canonical files for a one-arc study, within the source and sink limits', async () => {
    // A wastewater plant at 60 °C and a heat network at 50 °C 700 m away: direct exchange (60 ≥ 50 + 5).
    const sources = await file('sources.csv', '\uFEFFid,kind,name,lat,lon,annual_mwh,temperature_c\nS1,wastewater,STEP,48.8566,2.3522,5000,60\n');
    const sinks = await file('sinks.csv', 'id,kind,name,lat,lon,annual_mwh,supply_temperature_c\nK1,heat_network,Réseau,48.8629,2.3522,3000,50\n');
    const out = path.join(dir, 'out');
    const r = await run(['--sources', sources, '--sinks', sinks, '--out', out, '--objective-mwh', '200000']);
    expect(r.error).toBeNull();
    const arcs = (await readFile(path.join(out, 'arcs.csv'), 'utf8')).trim().split('\n');
    expect(arcs[0]).toBe('source_id,sink_id,distance_m,mode,cop,capacity_mwh,cost_eur_per_mwh');
    expect(arcs).toHaveLength(2);
    const [, , distance, mode] = arcs[1].split(',');
    // 0.0063° of latitude × (π/180) × 6,371,008.8 m = 700.5 m.
    expect(Number(distance)).toBeCloseTo(700.5, 0);
    expect(mode).toBe('direct');
    const flows = (await readFile(path.join(out, 'flows.csv'), 'utf8')).trim().split('\n');
    const recovered = Number(flows[1].split(',')[2]);
    expect(recovered).toBeGreaterThan(0);
    expect(recovered).toBeLessThanOrEqual(3000); // the sink's demand bounds a direct arc
    const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.arcs).toBe(1);
    expect((await readFile(path.join(out, 'merit.csv'), 'utf8')).split('\n')[0]).toBe('threshold_eur_per_mwh,arcs,recoverable_mwh');
  });

  it('names the row and column of bad input and the unknown parameter', async () => {
    const sinks = await file('sinks2.csv', 'id,kind,name,lat,lon,annual_mwh,supply_temperature_c\nK1,heat_network,R,48.86,2.35,3000,70\n');
    const swapped = await file('swapped.csv', 'id,kind,name,lat,lon,annual_mwh,temperature_c\nS1,datacenter,DC,2.35,48.86,1000,35\n');
    const bad = await run(['--sources', swapped, '--sinks', sinks, '--out', path.join(dir, 'x')]);
    expect(bad.error?.message).toMatch(/Invalid input/);
    expect(bad.error?.message).toMatch(/line 2/);
    expect(bad.error?.message).toMatch(/lat|lon|swap|invers/i);
    const good = await file('s3.csv', 'id,kind,name,lat,lon,annual_mwh,temperature_c\nS1,datacenter,DC,48.86,2.35,1000,35\n');
    const params = await file('params.json', JSON.stringify({ radius_km: 5 }));
    const unknown = await run(['--sources', good, '--sinks', sinks, '--params', params, '--out', path.join(dir, 'y')]);
    expect(unknown.error?.message).toMatch(/radius_km/);
  });
});
