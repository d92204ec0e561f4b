// Test-only helpers of the import and export tests: fixtures are built in code, never stored as files.
import ExcelJS from 'exceljs';
import type { TestContext } from '../../test/harness';

/** Windows-1252 bytes of text (only characters of that code page), as old Excel versions save CSV. */
export function windows1252(text: string): Uint8Array {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Uint8Array.from([...text].map((ch) => {
    const i = high.indexOf(ch);
    if (i >= 0) return 0x80 + i;
    if (ch.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return ch.charCodeAt(0);
  }));
}

export const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

/** A workbook built with exceljs; `fill` receives it to add sheets and cells. */
export async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readWorkbookBytes(bytes: ArrayBuffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ExcelJS.Buffer);
  return wb;
}

/** Posts a multipart form (the file under `file`) and returns status and parsed body. */
export async function upload(
  t: TestContext,
  path: string,
  headers: Record<string, string>,
  file: { bytes: Uint8Array; name: string } | null,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  if (file) form.set('file', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await t.app.request(path, { method: 'POST', headers, body: form });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}
