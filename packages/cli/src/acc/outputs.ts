import { acc } from '@trajectoire/engines';
import { ByteWriter } from './byte-writer';

const COMMA = 44;
const NL = 10;
const ascii = (s: string) => Buffer.from(s, 'utf8');

/**
 * allocations.csv, byte for byte what acc.allocationsCsv yields (a test compares them), written without a string
 * per line. `rows` are the participants that get lines, in order.
 */
export function writeAllocations(path: string, result: acc.AllocationResult, stamp: acc.Stamp, rows: Int32Array): number {
  const { participants: n, steps, consumption } = result.input;
  const ids = result.input.ids!.map((id) => ascii(acc.csvField(id)));
  const out = new ByteWriter(path);
  out.bytes(ascii('timestamp,id,consumption_wh,allocated_wh,grid_wh\n'));
  for (let t = 0; t < steps; t++) {
    const ts = ascii(stamp(t));
    const base = t * n;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const c = consumption[base + i];
      const a = result.allocated[base + i];
      out.bytes(ts);
      out.byte(COMMA);
      out.bytes(ids[i]);
      out.byte(COMMA);
      out.uint(c);
      out.byte(COMMA);
      out.uint(a);
      out.byte(COMMA);
      out.uint(c - a);
      out.byte(NL);
    }
  }
  return out.close();
}

/**
 * coefficients.csv (`timestamp,id,coefficient`, ratios with 6 decimals). Rows whose coefficient is 0 are omitted
 * (a missing row reads as 0), which halves a PV operation's file: nothing is shared at night.
 */
export function writeCoefficients(path: string, k: Int32Array, n: number, steps: number, stamp: acc.Stamp, idList: readonly string[]): number {
  const ids = idList.map((id) => ascii(acc.csvField(id)));
  const out = new ByteWriter(path);
  out.bytes(ascii('timestamp,id,coefficient\n'));
  for (let t = 0; t < steps; t++) {
    let ts: Buffer | null = null;
    for (let i = 0; i < n; i++) {
      const v = k[t * n + i];
      if (v === 0) continue;
      ts ??= ascii(stamp(t));
      out.bytes(ts);
      out.byte(COMMA);
      out.bytes(ids[i]);
      out.byte(COMMA);
      out.millionths(v);
      out.byte(NL);
    }
  }
  return out.close();
}
