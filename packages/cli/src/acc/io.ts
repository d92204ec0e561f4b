import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { basename } from 'node:path';

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
 * of short lines. A throw from onLine stops the read and propagates.
 */
export async function forEachLine(path: string, onLine: (line: string) => void, options: ReadOptions = {}): Promise<void> {
  const total = fileSize(path, basename(path));
  const every = options.everyBytes ?? 64 * 2 ** 20;
  let next = every;
  let bytes = 0;
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const stream = createReadStream(path, { highWaterMark: 2 ** 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      onLine(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (options.progress && bytes >= next) {
      options.progress(bytes, total);
      while (next <= bytes) next += every;
    }
  }
  rest += decoder.end();
  if (rest.length > 0) onLine(rest);
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
    if (!out.write(pending)) await Promise.race([new Promise((r) => out.once('drain', r)), failed]);
    pending = '';
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 2 ** 20) await flush();
  }
  if (pending) await flush();
  await Promise.race([new Promise<void>((r) => out.end(r)), failed]);
  return out.bytesWritten;
}
