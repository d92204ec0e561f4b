import { TabularError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Windows-1252 characters of bytes 0x80-0x9F. Some Node versions decode the "windows-1252" label as ISO-8859-1
// and leave these as C1 controls, so they are mapped here; browsers already return the same characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (bytes: Uint8Array) =>
  new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return never occur in a real
// spreadsheet export; their presence means the file is binary (an image, a PDF, a legacy .xls…).
// U+001A (DOS end-of-file) is tolerated at the very end only.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f\u007f]|\u001a(?!$)/;

/**
 * Decodes the bytes of a text table. UTF-8 (with or without BOM) is tried first and strictly: French files saved
 * by older Excel versions are Windows-1252 (a superset of Latin-1), and their accented bytes are never valid UTF-8,
 * so a strict failure is a reliable signal to fall back.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new TabularError('empty_file', 'Le fichier est vide.');
  let decoded: DecodedText;
  if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  else if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: windows1252(bytes), encoding: 'windows-1252' };
    }
  }
  if (FORBIDDEN_CONTROL.test(decoded.text)) {
    throw new TabularError(
      'binary_content',
      "Le fichier contient des données binaires : ce n'est pas un fichier texte CSV. Enregistrez-le au format CSV ou XLSX.",
    );
  }
  return decoded;
}
