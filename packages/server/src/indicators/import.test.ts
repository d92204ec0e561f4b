import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { seedTenant } from '../plans/testing';
import { upload, utf8, workbook } from '../imports/testing';
import { INDICATOR_CATALOGUE } from '@trajectoire/domain';
import { indicatorSources, indicatorValues } from './schema';
import { INSERT_BATCH } from './import-run';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
});
afterAll(() => t.close());

const path = (orgId: string) => `/api/organisations/${orgId}/indicator-values/import`;
const HEADER = 'Territoire;Type de territoire;Indicateur;Année;Valeur;Unité;Nature;Producteur;Jeu de données;Méthode;Date de version;Licence';
const csv = (lines: string[], header = HEADER) => ({ bytes: utf8([header, ...lines].join('\r\n'), true), name: 'valeurs.csv' });
const countIn = async (table: typeof indicatorValues | typeof indicatorSources, orgId: string) =>
  Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.organisationId, orgId)))[0].n);

describe('indicator value import', () => {
  it('imports a French CSV (BOM, semicolons, decimal commas), converting units to the catalogue unit', async () => {
    const file = csv([
      '42218;;final_energy;2019;1 234,5;MWh;observé;ORE AURA;Bilan 2021;Inventaire;15/03/2023;Licence ouverte',
      '42218;;final_energy;2020;1,25;GWh;observé;ORE AURA;Bilan 2021;Inventaire;15/03/2023;Licence ouverte',
      'epci:244200770;;ghg;2019;250 000;tCO2e;;ORE AURA;Bilan 2021;Inventaire;15/03/2023;Licence ouverte',
      '84;region;renewables;2030;2,5;TWh;objectif;SRADDET;;;2020;',
    ]);
    const res = await upload(t, path(w.org.id), w.editor.headers, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, rowCount: 4, toImport: 4, imported: 4, sourcesToCreate: 2, errors: [] });
    const rows = await t.database.db.select().from(indicatorValues).where(eq(indicatorValues.organisationId, w.org.id)).orderBy(indicatorValues.indicatorCode, indicatorValues.year);
    expect(rows.map((r) => [r.territoryId, r.indicatorCode, r.year, r.kind, Number(r.value)])).toEqual([
      ['commune:42218', 'final_energy', 2019, 'observed', 1234.5],
      ['commune:42218', 'final_energy', 2020, 'observed', 1250], // 1.25 GWh = 1250 MWh
      ['epci:244200770', 'ghg', 2019, 'observed', 250000],
      ['region:84', 'renewables', 2030, 'target', 2_500_000], // 2.5 TWh = 2,500,000 MWh
    ]);
    const sources = await t.database.db.select().from(indicatorSources).where(eq(indicatorSources.organisationId, w.org.id)).orderBy(indicatorSources.producer);
    expect(sources.map((s) => [s.producer, s.dataset, s.versionDate, s.licence])).toEqual([
      ['ORE AURA', 'Bilan 2021', '2023-03-15', 'Licence ouverte'],
      ['SRADDET', '', '2020-01-01', ''],
    ]);
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.organisationId, w.org.id), eq(auditLog.entityType, 'indicator_values')));
    expect(entries).toHaveLength(1);
    expect(entries[0].after).toMatchObject({ fileName: 'valeurs.csv', imported: 4, sourcesCreated: 2 });

    // Re-importing the same source replaces its values instead of duplicating them.
    const again = await upload(t, path(w.org.id), w.editor.headers, csv(['42218;;final_energy;2019;1000;MWh;;ORE AURA;Bilan 2021;Inventaire;15/03/2023;Licence ouverte']));
    expect(again.body).toMatchObject({ imported: 1, sourcesToCreate: 0 });
    expect(await countIn(indicatorValues, w.org.id)).toBe(4);
    expect(await countIn(indicatorSources, w.org.id)).toBe(2);
  });

  it('applies the form unit to rows without a unit, reads XLSX, and writes nothing on a dry run', async () => {
    const { otherOrg, outsider } = w;
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Données');
      ws.addRow(['territory', 'indicator', 'year', 'value', 'producer']);
      ws.addRow(['42218', 'final_energy', 2019, 2.5, 'Observatoire']);
    });
    const dry = await upload(t, path(otherOrg.id), outsider.headers, { bytes, name: 'v.xlsx' }, { unit: 'GWh', dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, toImport: 1, imported: 0, sourcesToCreate: 1, errors: [] });
    expect(await countIn(indicatorValues, otherOrg.id)).toBe(0);
    const real = await upload(t, path(otherOrg.id), outsider.headers, { bytes, name: 'v.xlsx' }, { unit: 'GWh' });
    expect(real.status).toBe(201);
    const [row] = await t.database.db.select().from(indicatorValues).where(eq(indicatorValues.organisationId, otherOrg.id));
    expect(Number(row.value)).toBe(2500);
  });

  it('writes files larger than one insert batch in full', async () => {
    const org = await seedTenant(t);
    const codes = INDICATOR_CATALOGUE.indicators.filter((i) => i.family === 'air').slice(0, 20).map((i) => i.code);
    const lines = codes.flatMap((code) => Array.from({ length: 111 }, (_, k) => `42218;;${code};${1990 + k};${k},5;t;;P;;;;`));
    expect(lines.length).toBeGreaterThan(2 * INSERT_BATCH);
    const res = await upload(t, path(org.org.id), org.editor.headers, csv(lines));
    expect(res.status).toBe(201);
    expect(await countIn(indicatorValues, org.org.id)).toBe(lines.length);
  });

  const ok = '42218;;ghg;2019;10;tCO2e;;P;;;;';
  const bad: [string, string[], { row: number | null; field: string | null; message: RegExp }][] = [
    ['unknown territory code', [ok, '99999;;ghg;2019;10;tCO2e;;P;;;;'], { row: 3, field: 'territory', message: /inconnu/ }],
    ['ambiguous code without kind', [ok, '84;;ghg;2019;10;tCO2e;;P;;;;'], { row: 3, field: 'territory', message: /ambigu/ }],
    ['unknown indicator', [ok, '42218;;ghg.unknown;2019;10;tCO2e;;P;;;;'], { row: 3, field: 'indicator', message: /catalogue/ }],
    ['year before 1990', [ok, '42218;;ghg;1989;10;tCO2e;;P;;;;'], { row: 3, field: 'year', message: /1990–2100/ }],
    ['year after 2100', [ok, '42218;;ghg;2101;10;tCO2e;;P;;;;'], { row: 3, field: 'year', message: /1990–2100/ }],
    ['unit of another dimension', [ok, '42218;;ghg;2020;10;MWh;;P;;;;'], { row: 3, field: 'unit', message: /incompatible/ }],
    ['unreadable value', [ok, '42218;;ghg;2020;dix;tCO2e;;P;;;;'], { row: 3, field: 'value', message: /illisible/ }],
    ['duplicate row', [ok, '42218;;ghg;2019;11;tCO2e;;P;;;;'], { row: 3, field: null, message: /Doublon de la ligne 2/ }],
    ['missing producer', [ok, '42218;;ghg;2020;10;tCO2e;;;;;;'], { row: 3, field: 'producer', message: /obligatoire/ }],
  ];
  for (const [name, lines, issue] of bad) {
    it(`rejects the whole file on ${name}, writing nothing`, async () => {
      const org = (await seedTenant(t));
      const res = await upload(t, path(org.org.id), org.editor.headers, csv(lines));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('import_invalid');
      expect(res.body.report.errors).toHaveLength(1);
      expect(res.body.report.errors[0]).toMatchObject({ row: issue.row, field: issue.field });
      expect(res.body.report.errors[0].message).toMatch(issue.message);
      expect(await countIn(indicatorValues, org.org.id)).toBe(0);
      expect(await countIn(indicatorSources, org.org.id)).toBe(0);
    });
  }

  it('reports a missing required column', async () => {
    const res = await upload(t, path(w.org.id), w.editor.headers, csv(['42218;ghg;2019'], 'Territoire;Indicateur;Année'));
    expect(res.status).toBe(422);
    expect(res.body.report.errors.map((e: { field: string }) => e.field)).toEqual(['value', 'producer']);
  });

  it('answers 403 to a reader and 404 to another organisation, without writing', async () => {
    const org = await seedTenant(t);
    const file = csv([ok]);
    expect((await upload(t, path(org.org.id), org.reader.headers, file)).status).toBe(403);
    const foreign = await upload(t, path(org.org.id), org.outsider.headers, file);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    expect(await countIn(indicatorValues, org.org.id)).toBe(0);
  });
});
