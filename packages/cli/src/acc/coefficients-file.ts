import { acc } from '@trajectoire/engines';

/**
 * Coefficient files, in millionths (a ratio with at most 6 decimals, like participants.csv):
 * - static:  `id,coefficient` — one row per consumer, the same at every step;
 * - dynamic: `timestamp,id,coefficient` — long format, one row per consumer and step; a missing row means 0.
 * The dynamic format is also what `acc simulate` writes as coefficients.csv (outputs.ts), so a simulation can be
 * replayed.
 */
const { AccInputError } = acc;
const MILLION = 1_000_000;
const RATIO = /^(\d+)(?:\.(\d{1,6}))?$/;

interface Header {
  columns: Map<string, number>;
}

function header(fields: string[], wanted: readonly string[], file: string): Header {
  const names = fields.map((f) => f.trim());
  for (const name of names) {
    if (!wanted.includes(name)) {
      throw new AccInputError('CSV_HEADER', `${file} line 1: unknown column '${name}' (expected ${wanted.join(', ')})`, { line: 1, column: name });
    }
  }
  for (const name of wanted) {
    if (!names.includes(name)) throw new AccInputError('CSV_HEADER', `${file} line 1: missing column '${name}'`, { line: 1, column: name });
  }
  return { columns: new Map(names.map((n, i) => [n, i])) };
}

/** Exact millionths of a ratio in [0, 1] with at most 6 decimals. */
export function parseRatio(text: string, file: string, line: number): number {
  const m = RATIO.exec(text.trim());
  const v = m ? Number(m[1]) * MILLION + Number((m[2] ?? '').padEnd(6, '0')) : Number.NaN;
  if (!(v >= 0 && v <= MILLION)) {
    throw new AccInputError(
      'BAD_VALUE',
      `${file} line ${line}, column coefficient: expected a ratio between 0 and 1 with at most 6 decimals, got '${text}'`,
      { line, column: 'coefficient' },
    );
  }
  return v;
}

/** Per-consumer index, refusing unknown ids and producers (which receive nothing). */
function indexOf(ids: Map<string, number>, roles: readonly acc.Role[], id: string, file: string, line: number): number {
  const i = ids.get(id);
  if (i === undefined) {
    throw new AccInputError('UNKNOWN_ID', `${file} line ${line}, column id: '${id}' is not in participants.csv`, { line, column: 'id', participant: id });
  }
  if (roles[i] === 'producer') {
    throw new AccInputError('BAD_VALUE', `${file} line ${line}: producer '${id}' consumes nothing and cannot have a coefficient`, { line, participant: id });
  }
  return i;
}

function fields(raw: string, lineNo: number, file: string): string[] | null {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  return text.trim() === '' ? null : acc.splitCsvLine(text, lineNo, file);
}

/** Static coefficients file → Int32Array of millionths in participant order (Σ ≤ 10⁶). */
export function parseStaticCoefficients(lines: Iterable<string>, participants: readonly acc.Participant[], file = 'coefficients.csv'): Int32Array {
  const ids = new Map(participants.map((p, i) => [p.id, i]));
  const roles = participants.map((p) => p.role);
  const out = new Int32Array(participants.length);
  const seen = new Uint8Array(participants.length);
  let h: Header | null = null;
  let lineNo = 0;
  let sum = 0;
  for (const raw of lines) {
    const f = fields(raw, ++lineNo, file);
    if (!f) continue;
    if (!h) {
      h = header(f, ['id', 'coefficient'], file);
      continue;
    }
    const id = f[h.columns.get('id')!]?.trim() ?? '';
    const i = indexOf(ids, roles, id, file, lineNo);
    if (seen[i]) throw new AccInputError('DUPLICATE_ROW', `${file} line ${lineNo}: second row for '${id}'`, { line: lineNo, participant: id });
    seen[i] = 1;
    out[i] = parseRatio(f[h.columns.get('coefficient')!] ?? '', file, lineNo);
    sum += out[i];
    if (sum > MILLION) {
      throw new AccInputError('COEFFICIENT_SUM', `${file} line ${lineNo}: coefficients sum to ${sum / MILLION}, more than 1`, { line: lineNo, column: 'coefficient' });
    }
  }
  if (!h) throw new AccInputError('EMPTY', `${file} is empty`);
  return out;
}

/** The step grid the coefficients must fall on (from the curves). */
export interface Grid {
  startMs: number;
  stepMs: number;
  steps: number;
}

/**
 * Streaming reader of a dynamic coefficients file onto the curves' grid: one Int32Array (T·n, step-major) of
 * millionths. Per-step sums are checked as rows arrive, so the error names the row that crosses 1.
 */
export class DynamicCoefficientsReader {
  readonly coefficients: Int32Array;
  private readonly sums: Float64Array;
  private readonly ids: Map<string, number>;
  private readonly roles: acc.Role[];
  private readonly n: number;
  private h: Header | null = null;
  private lineNo = 0;
  private lastText = '';
  private lastStep = -1;
  private readonly seen: Uint8Array;

  constructor(participants: readonly acc.Participant[], private readonly grid: Grid, private readonly file = 'coefficients.csv') {
    this.n = participants.length;
    this.ids = new Map(participants.map((p, i) => [p.id, i]));
    this.roles = participants.map((p) => p.role);
    this.coefficients = new Int32Array(grid.steps * this.n);
    this.seen = new Uint8Array(grid.steps * this.n);
    this.sums = new Float64Array(grid.steps);
  }

  line(raw: string): void {
    const lineNo = ++this.lineNo;
    const f = fields(raw, lineNo, this.file);
    if (!f) return;
    if (!this.h) {
      this.h = header(f, ['timestamp', 'id', 'coefficient'], this.file);
      return;
    }
    const c = this.h.columns;
    const ts = (f[c.get('timestamp')!] ?? '').trim();
    const t = this.step(ts, lineNo);
    const id = (f[c.get('id')!] ?? '').trim();
    const i = indexOf(this.ids, this.roles, id, this.file, lineNo);
    const cell = t * this.n + i;
    if (this.seen[cell]) {
      throw new AccInputError('DUPLICATE_ROW', `${this.file} line ${lineNo}: second row for '${id}' at ${ts}`, { line: lineNo, participant: id, timestamp: ts });
    }
    this.seen[cell] = 1;
    const k = parseRatio(f[c.get('coefficient')!] ?? '', this.file, lineNo);
    this.coefficients[cell] = k;
    this.sums[t] += k;
    if (this.sums[t] > MILLION) {
      throw new AccInputError(
        'COEFFICIENT_SUM',
        `${this.file} line ${lineNo}: coefficients at ${ts} sum to ${this.sums[t] / MILLION}, more than 1`,
        { line: lineNo, column: 'coefficient', step: t, timestamp: ts },
      );
    }
  }

  finish(): Int32Array {
    if (!this.h) throw new AccInputError('EMPTY', `${this.file} is empty`);
    return this.coefficients;
  }

  private step(ts: string, lineNo: number): number {
    if (ts === this.lastText) return this.lastStep;
    const instant = acc.parseIsoTimestamp(ts);
    const where = `${this.file} line ${lineNo}, column timestamp`;
    if (!instant) {
      throw new AccInputError('BAD_TIMESTAMP', `${where}: '${ts}' is not an ISO 8601 instant with offset`, { line: lineNo, column: 'timestamp', timestamp: ts });
    }
    const { startMs, stepMs, steps } = this.grid;
    const t = stepMs === 0 ? (instant.ms === startMs ? 0 : -1) : (instant.ms - startMs) / stepMs;
    if (!(Number.isInteger(t) && t >= 0 && t < steps)) {
      throw new AccInputError('MISALIGNED_STEP', `${where}: '${ts}' is not a step of the curves (${steps} steps from ${acc.formatParis(startMs)})`, {
        line: lineNo,
        column: 'timestamp',
        timestamp: ts,
      });
    }
    this.lastText = ts;
    this.lastStep = t;
    return t;
  }
}
