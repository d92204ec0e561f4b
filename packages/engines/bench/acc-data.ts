/**
 * Synthetic ACC operation shared by the benchmarks: a 15-min year (35,040 steps) for 500 consumers and 20 PV
 * producers, generated with a seeded PRNG so every run sees the same data; and its canonical CSV files.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { acc } from '../src/index';
import { prng } from './prng';
export { prng };

export const CONSUMERS = 500;
export const PRODUCERS = 20;
export const STEPS = 35_040;
export const START = Date.UTC(2024, 11, 31, 23); // 2025-01-01T00:00+01:00


export interface Operation {
  input: acc.AllocationInput;
  /** Peak power of each producer, kWc. */
  peakKw: Float64Array;
}

export function generate(): Operation {
  const n = CONSUMERS + PRODUCERS;
  const rand = prng(20250101);
  const base = Float64Array.from({ length: CONSUMERS }, () => 40 + rand() * 360); // Wh per quarter-hour
  const peakKw = Float64Array.from({ length: PRODUCERS }, () => 20 + rand() * 100); // kWc
  const consumption = new Float64Array(STEPS * n);
  const production = new Float64Array(STEPS * n);
  let cloud = 1;
  for (let t = 0; t < STEPS; t++) {
    const hour = ((t % 96) / 4 + 1) % 24; // local winter time is close enough for a synthetic profile
    const day = Math.floor(t / 96);
    if (t % 96 === 0) cloud = 0.25 + 0.75 * rand();
    const season = Math.cos((2 * Math.PI * (day - 172)) / 365); // +1 mid-summer, −1 mid-winter
    const shape = 0.6 + 0.5 * Math.exp(-((hour - 8) ** 2) / 3) + 0.8 * Math.exp(-((hour - 19.5) ** 2) / 4);
    for (let i = 0; i < CONSUMERS; i++) {
      consumption[t * n + i] = Math.round(base[i] * shape * (1.15 - 0.25 * season) * (0.6 + 0.8 * rand()));
    }
    const daylight = 12 + 4 * season;
    const sun = Math.max(0, Math.sin((Math.PI * (hour - (12 - daylight / 2))) / daylight));
    for (let j = 0; j < PRODUCERS; j++) {
      const e = peakKw[j] * 250 * sun * (0.75 + 0.25 * season) * cloud * (0.9 + 0.2 * rand());
      production[t * n + CONSUMERS + j] = Math.round(e);
    }
  }
  return { input: { participants: n, steps: STEPS, consumption, production }, peakKw };
}

export const ids = (): string[] => [
  ...Array.from({ length: CONSUMERS }, (_, i) => `c${String(i + 1).padStart(3, '0')}`),
  ...Array.from({ length: PRODUCERS }, (_, j) => `p${String(j + 1).padStart(2, '0')}`),
];

/** Buffered synchronous writer: the bench writes ~700 MB and needs nothing fancier. */
function writer(path: string) {
  const fd = openSync(path, 'w');
  let buf = '';
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, buf);
    buf = '';
  };
  return {
    write(s: string) {
      buf += s;
      if (buf.length > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

/**
 * participants.csv and curves.csv in the canonical format, curves sorted by time then participant, timestamps in
 * Paris local time with their offset (as Enedis exports are read). Returns the file paths and sizes.
 */
export function writeCanonicalCsv(dir: string, op: Operation) {
  const { input, peakKw } = op;
  const n = input.participants;
  const names = ids();
  const rand = prng(42);
  const p = writer(join(dir, 'participants.csv'));
  p.write('id,role,lat,lon,power_kw\n');
  // Points scattered over about 1.5 km × 1.5 km around Lyon.
  for (let i = 0; i < n; i++) {
    const lat = (45.75 + rand() * 0.013).toFixed(6);
    const lon = (4.84 + rand() * 0.019).toFixed(6);
    p.write(i < CONSUMERS ? `${names[i]},consumer,${lat},${lon},\n` : `${names[i]},producer,${lat},${lon},${peakKw[i - CONSUMERS].toFixed(3)}\n`);
  }
  const participantsBytes = p.close();
  const c = writer(join(dir, 'curves.csv'));
  c.write('id,timestamp,consumption_wh,production_wh\n');
  for (let t = 0; t < input.steps; t++) {
    const ts = acc.formatParis(START + t * 900_000);
    let chunk = '';
    for (let i = 0; i < n; i++) chunk += `${names[i]},${ts},${input.consumption[t * n + i]},${input.production[t * n + i]}\n`;
    c.write(chunk);
  }
  const curvesBytes = c.close();
  return {
    participants: join(dir, 'participants.csv'),
    curves: join(dir, 'curves.csv'),
    bytes: { participants: participantsBytes, curves: curvesBytes },
  };
}
