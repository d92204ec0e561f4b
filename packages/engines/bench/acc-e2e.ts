/**
 * End-to-end ACC figures: the CLI (`trajectoire acc simulate`) and, optionally, a pandas/numpy baseline, each run
 * as a child process on the same canonical CSV files. Wall time is measured around the child; peak RSS comes from
 * GNU time (/usr/bin/time -v) when present, else from process.resourceUsage of children (Linux: the largest child).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '../../..');
const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  wallMs: number;
  peakRssMB: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command, measuring wall time and peak RSS; rejects on a non-zero exit with its stderr. */
export async function measure(command: string, args: string[]): Promise<ChildRun> {
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - t0;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  // Without GNU time, maxRSS of this process's children is the best available (it includes earlier children).
  const peakKb = rss ? Number(rss[1]) : gnu ? null : process.resourceUsage().maxRSS;
  return { wallMs, peakRssMB: peakKb === null ? null : Math.round(peakKb / 1024), stdout, stderr };
}

export async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const mb = (path: string) => Math.round((statSync(path).size / 2 ** 20) * 10) / 10;

/** `trajectoire acc simulate --key default` on the files; returns its figures and the output directory. */
export async function runCli(files: { participants: string; curves: string }, dir: string) {
  const out = join(dir, 'cli-out');
  const run = await measure(process.execPath, [
    join(ROOT, 'packages/cli/bin/trajectoire.mjs'),
    'acc', 'simulate',
    '--participants', files.participants,
    '--curves', files.curves,
    '--key', 'default',
    '--out', out,
    '--timings',
    '--progress-mb', '100000',
  ]);
  const line = run.stderr.split('\n').find((l) => l.startsWith('{"timings"'));
  const reported = line ? JSON.parse(line) : null;
  return {
    out,
    figures: {
      wallMs: Math.round(run.wallMs),
      peakRssMB: run.peakRssMB,
      phasesMs: reported?.timings ?? null,
      peakRssAfterPhaseMB: reported?.peakRssAfterMB ?? null,
      outputMB: Object.fromEntries(['allocations.csv', 'steps.csv', 'coefficients.csv', 'summary.json'].map((f) => [f, mb(join(out, f))])),
    },
  };
}

/** A Python with pandas and numpy: the one on PATH, else Debian's (python3-pandas installs there). */
export function findPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import pandas, numpy'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

/** The pandas/numpy baseline (bench/python/acc_default.py): same default key, writes allocations.csv. */
export async function runPython(python: string, files: { participants: string; curves: string }, dir: string) {
  const out = join(dir, 'python-allocations.csv');
  const run = await measure(python, [join(ROOT, 'packages/engines/bench/python/acc_default.py'), files.participants, files.curves, out]);
  const version = spawnSync(python, ['-c', 'import sys, pandas, numpy; print(sys.version.split()[0], pandas.__version__, numpy.__version__)'], { encoding: 'utf8' }).stdout.trim().split(' ');
  return {
    out,
    figures: {
      versions: { python: version[0], pandas: version[1], numpy: version[2] },
      wallMs: Math.round(run.wallMs),
      peakRssMB: run.peakRssMB,
      phasesMs: JSON.parse(run.stdout.trim()),
      outputMB: mb(out),
    },
  };
}
