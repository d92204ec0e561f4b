import { acc } from '@trajectoire/engines';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAllocations, writeCoefficients } from './outputs';

const dir = mkdtempSync(join(tmpdir(), 'trajectoire-acc-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byte writers', () => {
  it('write allocations.csv exactly as the engine’s allocationsCsv, across buffer flushes', () => {
    // 3 participants (ids needing quotes included) × 12,000 steps ≈ 1.2 MB: more than one 1 MiB buffer.
    const n = 3;
    const steps = 12_000;
    let s = 3;
    const rnd = () => ((s = (s * 48271) % 2147483647), s);
    const big = [0, 9, 10, 99, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1];
    // Participant 0 takes the edge values at steps 0–6 (participant 1 is idle then, so step sums stay below 2^53).
    const consumption = Float64Array.from({ length: n * steps }, (_, k) => {
      const [t, i] = [Math.floor(k / n), k % n];
      if (i === 2) return 0;
      if (t < big.length) return i === 0 ? big[t] : 0;
      return rnd() % 100_000;
    });
    const production = Float64Array.from({ length: n * steps }, (_, k) => (k % n === 2 && k > n ? rnd() % 150_000 : 0));
    const input = { participants: n, steps, consumption, production, ids: ['plain', 'with,comma', 'pv "q"'] };
    const result = acc.allocate(input, { kind: 'default' });
    const stamp = (t: number) => acc.formatParis(Date.UTC(2025, 0, 1) + t * 900_000);
    const rows = Int32Array.from([0, 1]);
    const bytes = writeAllocations(join(dir, 'a.csv'), result, stamp, rows);
    const expected = [...acc.allocationsCsv(result, stamp, { rows })].join('');
    const text = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(text.length).toBeGreaterThan(2 ** 20);
    expect(text).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected));
    expect(text).toContain(',"with,comma",');
    expect(text).toContain(',9007199254740991,');
  });

  it('write coefficients with 6 decimals and no zero rows', () => {
    const k = Int32Array.from([0, 1, 999_999, 1_000_000, 333_333, 0, 0, 0]);
    writeCoefficients(join(dir, 'k.csv'), k, 4, 2, (t) => `T${t}`, ['a', 'b', 'c', 'd']);
    expect(readFileSync(join(dir, 'k.csv'), 'utf8')).toBe(
      'timestamp,id,coefficient\nT0,b,0.000001\nT0,c,0.999999\nT0,d,1.000000\nT1,a,0.333333\n',
    );
  });
});
