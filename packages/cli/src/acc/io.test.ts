import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachLine, writeChunks } from './io';

const dir = mkdtempSync(join(tmpdir(), 'trajectoire-acc-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('forEachLine', () => {
  it('splits lines across 1 MiB chunks, with multi-byte characters, a 3 MB line and no final newline', async () => {
    // Lines of growing length with "é" (2 bytes) and "€" (3 bytes) everywhere, so that chunk boundaries fall inside
    // characters and inside lines; one line is longer than two chunks.
    const lines: string[] = [];
    for (let k = 0, length = 0; length < 2_500_000; k++) {
      lines.push(`${k},é€${'x'.repeat(k % 97)}é`);
      length += lines[k].length + 1;
    }
    lines.splice(100, 0, 'é'.repeat(1_500_000));
    lines.push('', 'last line without newline €');
    writeFileSync(join(dir, 'lines.csv'), lines.join('\n'));
    const seen: string[] = [];
    const progress: number[] = [];
    await forEachLine(join(dir, 'lines.csv'), (l) => void seen.push(l), { everyBytes: 2 ** 20, progress: (b) => void progress.push(b) });
    expect(seen.length).toBe(lines.length);
    expect(seen).toEqual(lines);
    expect(progress.length).toBeGreaterThanOrEqual(4); // ~5.6 MB in 1 MiB reads
  });

  it('stops on the first throw and names a missing file', async () => {
    writeFileSync(join(dir, 'short.csv'), 'a\nb\nc\n');
    const seen: string[] = [];
    await expect(
      forEachLine(join(dir, 'short.csv'), (l) => {
        seen.push(l);
        if (l === 'b') throw new Error('stop at b');
      }),
    ).rejects.toThrow('stop at b');
    expect(seen).toEqual(['a', 'b']);
    await expect(forEachLine(join(dir, 'none.csv'), () => {})).rejects.toThrow(/cannot read none\.csv .*ENOENT/);
  });
});

describe('writeChunks', () => {
  it('writes many small chunks in order and returns the byte count', async () => {
    const chunks = Array.from({ length: 50_000 }, (_, k) => `${k},é\n`);
    const bytes = await writeChunks(join(dir, 'out.csv'), chunks);
    const text = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(text).toBe(chunks.join(''));
    expect(bytes).toBe(Buffer.byteLength(text));
  });
});
