import { describe, expect, it } from 'vitest';
import { readSource } from './source';
import { utf8, windows1252, workbook } from './testing';

const expectProblem = async (p: Promise<unknown>, status: number, code: string) => {
  await expect(p).rejects.toMatchObject({ status, code });
};

describe('readSource: CSV', () => {
  it('reads a Windows-1252 file with semicolons and French decimals', async () => {
    const text = "Intitulé de l'action;Budget\r\nRénover l'école;1 234,5\r\nVélo;12 000\r\n";
    const src = await readSource(windows1252(text), 'actions.csv');
    expect(src).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';' });
    expect(src.rows.map((r) => r.cells)).toEqual([["Intitulé de l'action", 'Budget'], ["Rénover l'école", '1 234,5'], ['Vélo', '12 000']]);
  });

  it('reads UTF-8 with a BOM and commas', async () => {
    const src = await readSource(utf8('Intitulé,Statut\n"Réseau, chaleur",En cours\n', true), 'export.csv');
    expect(src).toMatchObject({ encoding: 'utf-8-bom', separator: ',' });
    expect(src.rows[1].cells).toEqual(['Réseau, chaleur', 'En cours']);
  });

  it('refuses binary content, legacy workbooks, PDFs and unknown extensions with 415', async () => {
    const junk = new Uint8Array(256).map((_, i) => (i * 89 + 7) % 256);
    await expectProblem(readSource(junk, 'actions.csv'), 415, 'unsupported_file');
    await expectProblem(readSource(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'vieux.xls'), 415, 'unsupported_file');
    await expectProblem(readSource(utf8('%PDF-1.7\n'), 'plan.pdf'), 415, 'unsupported_file');
    await expectProblem(readSource(utf8('a;b'), 'notes.docx'), 415, 'unsupported_file');
  });

  it('reports malformed files as unreadable (400)', async () => {
    await expectProblem(readSource(utf8('a;b\n"x;y\n'), 'a.csv'), 400, 'unreadable_file');
    await expectProblem(readSource(new Uint8Array(), 'a.csv'), 400, 'unreadable_file');
    await expectProblem(readSource(utf8('not a zip'), 'a.xlsx'), 400, 'unreadable_file');
    await expectProblem(readSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'a.xlsx'), 400, 'unreadable_file');
  });

  it('refuses files over 10 MB with 413', async () => {
    await expectProblem(readSource(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), 'big.csv'), 413, 'upload_too_large');
  });
});

describe('readSource: XLSX', () => {
  const bytes = () =>
    workbook((wb) => {
      const notes = wb.addWorksheet('Notes');
      notes.addRow(['ignorée']);
      const ws = wb.addWorksheet('Actions 2026');
      ws.addRow(["Intitulé de l'action", 'Axe', 'Date de fin', 'Budget', 'Description']);
      ws.addRow(['Vélo', 'Mobilités', new Date(Date.UTC(2026, 11, 31)), 1500.5, { richText: [{ text: 'Pistes ', font: { bold: true } }, { text: 'cyclables' }] }]);
      ws.addRow(['Covoiturage', null, null, { formula: 'D2*2', result: 3001 }, { text: 'Voir le site', hyperlink: 'https://example.org' }]);
      ws.mergeCells('B2:B3');
      ws.addRow([]);
      ws.addRow(['Sans résultat', '', '', { formula: 'SUM(D2:D3)' }, '']);
    });

  it('reads a named sheet: dates, numbers, rich text, hyperlinks, formula results and merged cells', async () => {
    const src = await readSource(await bytes(), 'plan.xlsx', { sheet: 'Actions 2026' });
    expect(src).toMatchObject({ format: 'xlsx', encoding: null, separator: null, sheets: ['Notes', 'Actions 2026'], sheet: 'Actions 2026' });
    expect(src.rows).toEqual([
      { row: 1, cells: ["Intitulé de l'action", 'Axe', 'Date de fin', 'Budget', 'Description'] },
      { row: 2, cells: ['Vélo', 'Mobilités', '2026-12-31', '1500.5', 'Pistes cyclables'] },
      { row: 3, cells: ['Covoiturage', 'Mobilités', '', '3001', 'Voir le site'] },
      { row: 5, cells: ['Sans résultat', '', '', '=SUM(D2:D3)'] },
    ]);
  });

  it('reads the first sheet by default and names the sheets when one is missing', async () => {
    expect((await readSource(await bytes(), 'plan.xlsx')).rows).toEqual([{ row: 1, cells: ['ignorée'] }]);
    await expect(readSource(await bytes(), 'plan.xlsx', { sheet: 'Budget' })).rejects.toMatchObject({
      status: 400,
      code: 'sheet_not_found',
      message: expect.stringContaining('Notes, Actions 2026'),
    });
  });
});
