import { AccInputError } from '../errors';
import { parseIsoTimestamp } from '../time';
import type { AllocationInput, Role } from '../types';
import { assembleCurves, type Slots } from './curves-grid';
import { cleanLine, linesOf, readHeader, splitCsvLine } from './line';
import { parseWh, type FieldRef } from './numbers';

const FILE = 'curves.csv';
const COLUMNS = ['id', 'timestamp', 'consumption_wh', 'production_wh'] as const;
/** Without a declared grid, steps are stored in chunks of 2^10 steps as they first appear. */
const CHUNK_SHIFT = 10;
const MINUTE = 60_000;

export interface CurvesOptions {
  /** 'error' (default): every participant needs a row at every step. 'zero': a missing row means 0 Wh. */
  missing?: 'error' | 'zero';
  /** Step length to expect; inferred from the file (most common gap between timestamps) when omitted. */
  stepMinutes?: number;
  /**
   * The period, when known before reading (e.g. from the operation settings or a first pass over the file):
   * rows are then written straight into the final arrays, so memory is 17 bytes per participant-step instead of
   * about twice that while the file's own grid is being discovered.
   */
  grid?: { start: string; steps: number; stepMinutes: number };
}

export interface Curves {
  /** Curves in the engine layout, with ids in participants-file order. */
  input: AllocationInput;
  /** Step length in ms (0 when a single-step file gave no way to know it). */
  stepMs: number;
  /** Start of each step, epoch ms. */
  startMs: Float64Array;
  /** UTC offset of each step as written in the file; Europe/Paris for steps the file lacks. */
  offsetMinutes: Int16Array;
}

type Chunk = NonNullable<Slots['chunks'][number]>;

/**
 * Streaming reader for curves.csv (`id,timestamp,consumption_wh,production_wh`, long format, one row per
 * participant and step, any row order). Feed it lines with `line()`, then call `finish()`. Only the numeric
 * arrays are kept, never the text, so memory does not depend on the file's size in bytes.
 */
export class CurvesReader {
  private readonly index = new Map<string, number>();
  private readonly roles: Role[];
  private readonly n: number;
  private readonly options: CurvesOptions;
  private readonly slots: Slots;
  private readonly shift: number;
  private readonly mask: number;
  private readonly slotOfText = new Map<string, number>();
  private readonly slotOfMs = new Map<number, number>();
  /** First spelling seen for each slot, and the slot of the previous row: see slotFor. */
  private readonly slotText: string[] = [];
  private lastSlot = 0;
  private readonly gridStart: number = 0;
  private columns: number[] | null = null;
  private lineNo = 0;
  private readonly scratch: string[] = [];
  private rows = 0;
  private readonly refC: FieldRef = { file: FILE, line: 0, column: 'consumption_wh' };
  private readonly refP: FieldRef = { file: FILE, line: 0, column: 'production_wh' };

  constructor(participants: readonly { id: string; role: Role }[], options: CurvesOptions = {}) {
    participants.forEach((p, i) => this.index.set(p.id, i));
    this.roles = participants.map((p) => p.role);
    this.n = participants.length;
    this.options = options;
    this.slots = { ids: participants.map((p) => p.id), ms: [], offset: [], chunks: [], chunkShift: 0 };
    this.shift = CHUNK_SHIFT;
    const grid = options.grid;
    if (grid) {
      const start = parseIsoTimestamp(grid.start);
      const stepOk = Number.isInteger(grid.stepMinutes) && grid.stepMinutes > 0 && 60 % grid.stepMinutes === 0;
      if (!start || !(Number.isInteger(grid.steps) && grid.steps > 0) || !stepOk) {
        throw new AccInputError(
          'BAD_STEP',
          `invalid grid ${JSON.stringify(grid)}: needs an ISO start with offset, steps ≥ 1 and a step dividing an hour`,
        );
      }
      this.gridStart = start.ms;
      // One chunk holding the whole period: shift 31 maps every slot < 2^31 to chunk 0.
      this.shift = 31;
      this.slots.chunks.push(newChunk(grid.steps * this.n));
    }
    this.slots.chunkShift = this.shift;
    this.mask = this.shift === 31 ? 0x7fffffff : (1 << this.shift) - 1;
  }

  /** Consume one line (header first). Blank lines are ignored. */
  line(raw: string): void {
    const lineNo = ++this.lineNo;
    const text = cleanLine(raw, lineNo === 1);
    if (isBlank(text)) return;
    const fields =
      text.includes('"') || !this.columns ? splitCsvLine(text, lineNo, FILE) : splitPlain(text, this.scratch);
    if (!this.columns) {
      if (lineNo !== 1) throw new AccInputError('CSV_HEADER', `${FILE}: the header must be the first line`);
      const map = readHeader(fields, COLUMNS, COLUMNS, FILE);
      this.columns = COLUMNS.map((c) => map.get(c)!);
      return;
    }
    const [cId, cTs, cC, cP] = this.columns;
    if (fields.length !== this.columns.length) {
      throw new AccInputError('CSV_SYNTAX', `${FILE} line ${lineNo}: ${fields.length} fields for 4 columns`, {
        line: lineNo,
      });
    }
    const id = trimmed(fields[cId]);
    const i = this.index.get(id);
    if (i === undefined) {
      throw new AccInputError('UNKNOWN_ID', `${FILE} line ${lineNo}, column id: '${id}' is not in participants.csv`, {
        line: lineNo,
        column: 'id',
        participant: id,
      });
    }
    const slot = this.slotFor(fields[cTs], lineNo);
    this.refC.line = lineNo;
    this.refP.line = lineNo;
    const c = parseWh(fields[cC], this.refC);
    const p = parseWh(fields[cP], this.refP);
    this.checkRole(i, c, p, lineNo);
    const chunk = this.slots.chunks[slot >>> this.shift]!;
    const cell = (slot & this.mask) * this.n + i;
    if (chunk.seen[cell]) {
      throw new AccInputError(
        'DUPLICATE_ROW',
        `${FILE} line ${lineNo}: second row for '${id}' at ${fields[cTs].trim()}`,
        { line: lineNo, participant: id, timestamp: fields[cTs].trim() },
      );
    }
    chunk.seen[cell] = 1;
    chunk.cons[cell] = c;
    chunk.prod[cell] = p;
    this.rows += 1;
  }

  /** Validate the whole period (steps, alignment, gaps) and return the curves. */
  finish(): Curves {
    if (!this.columns) throw new AccInputError('EMPTY', `${FILE} is empty`);
    if (this.rows === 0) throw new AccInputError('EMPTY', `${FILE} has a header but no row`);
    const grid = this.options.grid;
    return assembleCurves(this.slots, {
      missing: this.options.missing ?? 'error',
      stepMs: grid ? grid.stepMinutes * MINUTE : (this.options.stepMinutes ?? 0) * MINUTE,
      gridStart: grid ? this.gridStart : null,
      gridSteps: grid ? grid.steps : null,
    });
  }

  private slotFor(rawTs: string, lineNo: number): number {
    // Files are usually sorted by time (next row: same step) or by participant (next row: next step). Comparing
    // with those two candidates' text is much cheaper than hashing the string for the map, which runs otherwise.
    const last = this.lastSlot;
    if (rawTs === this.slotText[last]) return last;
    if (rawTs === this.slotText[last + 1]) return (this.lastSlot = last + 1);
    const known = this.slotOfText.get(rawTs);
    if (known !== undefined) return (this.lastSlot = known);
    const text = rawTs.trim();
    const instant = parseIsoTimestamp(text);
    if (!instant) {
      throw new AccInputError(
        'BAD_TIMESTAMP',
        `${FILE} line ${lineNo}, column timestamp: '${text}' is not an ISO 8601 instant with offset ` +
          `(e.g. 2025-01-01T00:00:00+01:00)`,
        { line: lineNo, column: 'timestamp', timestamp: text },
      );
    }
    const slot = this.options.grid ? this.gridSlot(instant.ms, text, lineNo) : this.discoveredSlot(instant.ms);
    if (this.slots.offset[slot] === undefined) {
      this.slots.ms[slot] = instant.ms;
      this.slots.offset[slot] = instant.offsetMinutes;
    }
    this.slotOfText.set(rawTs, slot);
    this.slotText[slot] ??= rawTs;
    return (this.lastSlot = slot);
  }

  private discoveredSlot(ms: number): number {
    const known = this.slotOfMs.get(ms);
    if (known !== undefined) return known;
    const slot = this.slotOfMs.size;
    this.slotOfMs.set(ms, slot);
    if (slot >>> this.shift >= this.slots.chunks.length) this.slots.chunks.push(newChunk((1 << this.shift) * this.n));
    return slot;
  }

  private gridSlot(ms: number, text: string, lineNo: number): number {
    const grid = this.options.grid!;
    const step = (ms - this.gridStart) / (grid.stepMinutes * MINUTE);
    if (Number.isInteger(step) && step >= 0 && step < grid.steps) return step;
    const why = Number.isInteger(step)
      ? `outside the period starting ${grid.start} (${grid.steps} steps)`
      : `not on the ${grid.stepMinutes}-min grid starting ${grid.start}`;
    throw new AccInputError('MISALIGNED_STEP', `${FILE} line ${lineNo}, column timestamp: '${text}' is ${why}`, {
      line: lineNo,
      column: 'timestamp',
      timestamp: text,
    });
  }

  private checkRole(i: number, c: number, p: number, lineNo: number): void {
    const role = this.roles[i];
    const wrong = role === 'consumer' ? p > 0 : role === 'producer' ? c > 0 : false;
    if (!wrong) return;
    const id = this.slots.ids[i];
    const what = role === 'consumer' ? 'injects' : 'withdraws';
    throw new AccInputError(
      'ROLE_MISMATCH',
      `${FILE} line ${lineNo}: ${role} '${id}' ${what} energy; declare it as prosumer (or storage) in participants.csv`,
      { line: lineNo, participant: id },
    );
  }
}

/** Split a line without quotes into a reused array (one allocation less per row than String.split). */
function splitPlain(line: string, into: string[]): string[] {
  into.length = 0;
  let from = 0;
  for (;;) {
    const comma = line.indexOf(',', from);
    if (comma < 0) break;
    into.push(line.slice(from, comma));
    from = comma + 1;
  }
  into.push(line.slice(from));
  return into;
}

/** Trimming allocates; rows of generated files rarely need it, so check the ends first. */
function trimmed(s: string): string {
  return s.length > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32) ? s.trim() : s;
}

function isBlank(s: string): boolean {
  return s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim() === '');
}

function newChunk(cells: number): Chunk {
  return { cons: new Float64Array(cells), prod: new Float64Array(cells), seen: new Uint8Array(cells) };
}

/** Parse a whole curves.csv from a string or a line iterable. */
export function parseCurvesCsv(
  source: string | Iterable<string>,
  participants: readonly { id: string; role: Role }[],
  options?: CurvesOptions,
): Curves {
  const reader = new CurvesReader(participants, options);
  for (const line of linesOf(source)) reader.line(line);
  return reader.finish();
}
