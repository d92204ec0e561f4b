import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { TabularError } from './errors';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 bytes written by hand: one byte per character, the way old Excel versions save CSV. */
const latin1 = (s: string) => Uint8Array.from([...s].map((ch) => ch.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8('Intitulé;Échéance'))).toEqual({ text: 'Intitulé;Échéance', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte order mark and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Axe;Réf')]);
    expect(decodeText(bytes)).toEqual({ text: 'Axe;Réf', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const bytes = latin1('Intitulé;Maître d\u2019ouvrage'.replace('\u2019', "'"));
    expect(bytes).toContain(0xe9);
    expect(decodeText(bytes)).toEqual({ text: "Intitulé;Maître d'ouvrage", encoding: 'windows-1252' });
  });

  it('maps Windows-1252 specific bytes (€, curly apostrophe, œ)', () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x92, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65]);
    expect(decodeText(bytes).text).toBe('€ \u2019 œuvre');
  });

  it('reads UTF-16 with its byte order mark', () => {
    const body = [...'Axe;Réf'].flatMap((ch) => [ch.charCodeAt(0), 0]);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]))).toEqual({ text: 'Axe;Réf', encoding: 'utf-16le' });
  });

  it('rejects empty files and binary content with a French message', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(TabularError);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decodeText(png)).toThrow(/données binaires/);
    const junk = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    try {
      decodeText(junk);
      expect.unreachable();
    } catch (err) {
      expect((err as TabularError).code).toBe('binary_content');
    }
  });

  it('tolerates a DOS end-of-file mark at the very end', () => {
    expect(decodeText(utf8('a;b\r\n\u001a')).text).toBe('a;b\r\n\u001a');
  });
});
