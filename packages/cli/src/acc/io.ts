import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { basename } from 'node:path';

const NL = 10;

/** Progress callback: bytes read so far and the file size. */
export type Progress = (bytes: number, total: number) => void;

export interface ReadOptions {
  /** Called every `everyBytes` bytes (default 64 MiB). */
  progress?: Progress;
  everyBytes?: number;
}

/** File size in bytes, with a message naming the option when the file is missing. */
export function fileSize(path: string, what: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    throw new Error(`cannot read ${what} '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Feed a file to `onLine` one line at a time (without the terminator), streaming 1 MiB chunks: memory does not
 * depend on the file size. readline is avoided because it is several times slower on files with tens of millions
 * of short lines. Each line is decoded on its own from the bytes (a newline byte never occurs inside a UTF-8
 * sequence): slicing lines out of one decoded chunk would make each line a V8 "sliced string" that keeps the whole
 * chunk alive, and a consumer that keeps a few fields (the curves reader keeps each new timestamp) would then retain
 * the entire file text — about 0.8 GB more peak memory on a 640 MB curves file. A throw from onLine stops the read.
 */
export async function forEachLine(path: string, onLine: (line: string) => void, options: ReadOptions = {}): Promise<void> {
  const total = fileSize(path, basename(path));
  const every = options.everyBytes ?? 64 * 2 ** 20;
  let next = every;
  let bytes = 0;
  let rest: Buffer | null = null;
  const stream = createReadStream(path, { highWaterMark: 2 ** 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    let start = 0;
    if (rest) {
      const end = chunk.indexOf(NL);
      if (end < 0) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      onLine(Buffer.concat([rest, chunk.subarray(0, end)]).toString('utf8'));
      rest = null;
      start = end + 1;
    }
    // Metering files are ASCII: latin1 decoding is then exact and faster than the UTF-8 decoder.
    const encoding = isAscii(chunk) ? 'latin1' : 'utf8';
    for (;;) {
      const end = chunk.indexOf(NL, start);
      if (end < 0) break;
      onLine(chunk.toString(encoding, start, end));
      start = end + 1;
    }
    if (start < chunk.length) rest = Buffer.from(chunk.subarray(start));
    if (options.progress && bytes >= next) {
      options.progress(bytes, total);
      while (next <= bytes) next += every;
    }
  }
  if (rest) onLine(rest.toString('utf8'));
}

/** All lines of a small file (participants, densities, static coefficients). */
export async function readLines(path: string): Promise<string[]> {
  const lines: string[] = [];
  await forEachLine(path, (l) => void lines.push(l));
  return lines;
}

/**
 * Write generated text to a file, batching small chunks into ~1 MiB writes and waiting for 'drain' when the
 * stream's buffer is full, so that memory stays bounded whatever the output size. Returns the bytes written.
 */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // observed through Promise.race below; this only marks it handled
  let pending = '';
  const flush = async () => {
    if (!out.write(pending)) await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
    pending = '';
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 2 ** 20) await flush();
  }
  if (pending) await flush();
  await Promise.race([new Promise<void>((r) => out.end(() => r())), failed]);
  return out.bytesWritten;
}
