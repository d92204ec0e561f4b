import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@trajectoire/domain/tabular/index';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { readWorkbookBytes } from '../imports/testing';
import { COMMUNE, seedPublications } from './testing';

let t: TestContext;
let s: Awaited<ReturnType<typeof seedPublications>>;
beforeAll(async () => {
  t = await createTestContext();
  s = await seedPublications(t);
});
afterAll(() => t.close());

const fetch = (path: string) => t.app.request(path);
const csvRows = async (res: Response, sep: ';' | ',') => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes.slice(3)), sep).map((r) => r.cells);
};

describe('open data downloads of a plan', () => {
  const url = (file: string) => `/api/public/plans/${s.published.id}/${file}`;

  it('writes the actions as CSV with a BOM, either separator, and neutralised formulas', async () => {
    const res = await fetch(url('actions.csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-climat-grand-test-2025-2030-actions-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = await csvRows(res, ';');
    expect(rows).toHaveLength(6);
    const [header, first] = rows;
    expect(first[header.indexOf('Objectifs poursuivis')]).toBe("'=1+1 ne doit pas être une formule");
    expect(first[header.indexOf("Intitulé de l'action")]).toBe('Schéma cyclable');
    const comma = await csvRows(await fetch(url('actions.csv?separator=comma')), ',');
    expect(comma[0].slice(0, 2)).toEqual(['Référence', "Intitulé de l'action"]);
    expect(comma).toHaveLength(6);
  });

  it('writes the actions as JSON without internal fields and as a workbook', async () => {
    const json = await (await fetch(url('actions.json'))).json();
    expect(json).toMatchObject({ planId: s.published.id, licence: { id: 'etalab-2.0' }, publisher: { siren: '244200770' } });
    expect(json.actions).toHaveLength(5);
    const text = JSON.stringify(json);
    expect(text).not.toContain(s.w.editor.user.id);
    expect(text).not.toContain('Note interne');
    const wb = await readWorkbookBytes(await (await fetch(url('actions.xlsx'))).arrayBuffer());
    const sheet = wb.getWorksheet('Actions')!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(2).value).toBe('Schéma cyclable');
  });

  it('answers 404 for a draft plan as for a missing one, and 400 for another file name', async () => {
    const draft = await fetch(`/api/public/plans/${s.draft.id}/actions.csv`);
    const missing = await fetch('/api/public/plans/00000000-0000-4000-8000-000000000000/actions.csv');
    expect(draft.status).toBe(404);
    expect(await draft.json()).toEqual(await missing.json());
    expect((await fetch(url('actions.pdf'))).status).toBe(400);
  });
});

describe('open data downloads of an indicator', () => {
  const url = (file: string, org = s.org.id) => `/api/public/indicators/${COMMUNE}/ghg/${file}?orgId=${org}`;

  it('writes the values as CSV, JSON and XLSX', async () => {
    const rows = await csvRows(await fetch(url('values.csv')), ';');
    expect(rows).toEqual([
      ['Territoire', 'Indicateur', 'Unité', 'Année', 'Nature', 'Valeur', 'Producteur', 'Jeu de données', 'Licence de la source', 'Commentaire'],
      [COMMUNE, 'ghg', 'tCO2e', '2015', 'observé', '1000', 'ORE', '', '', ''],
      [COMMUNE, 'ghg', 'tCO2e', '2019', 'observé', '500,25', 'ORE', '', '', ''],
    ]);
    const json = await (await fetch(url('values.json'))).json();
    expect(json).toMatchObject({ territoryId: COMMUNE, indicatorCode: 'ghg', unit: 'tCO2e', publisher: { id: s.org.id } });
    expect(json.values.map((v: { year: number; kind: string; value: number }) => [v.year, v.kind, v.value])).toEqual([[2015, 'observed', 1000], [2019, 'observed', 500.25]]);
    const wb = await readWorkbookBytes(await (await fetch(url('values.xlsx'))).arrayBuffer());
    const sheet = wb.getWorksheet('Valeurs')!;
    expect(sheet.getRow(3).values).toEqual([undefined, COMMUNE, 'ghg', 'tCO2e', 2019, 'observé', 500.25, 'ORE', '', '', '']);
  });

  it('answers 404 for an unpublished indicator or another organisation', async () => {
    expect((await fetch(`/api/public/indicators/${COMMUNE}/final_energy/values.csv?orgId=${s.org.id}`)).status).toBe(404);
    expect((await fetch(url('values.json', s.silent.id))).status).toBe(404);
  });
});

describe('DCAT-AP catalogue', () => {
  it('lists every published dataset with licence, publisher, period, place and distributions, and nothing else', async () => {
    const res = await fetch('/api/catalog');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const doc = await res.json();
    expect(doc['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
    expect(doc['@type']).toBe('dcat:Catalog');
    const datasets: Record<string, any>[] = doc['dcat:dataset'];
    expect(datasets.map((d) => d['dct:title']).sort()).toEqual([
      'Plan climat « Grand Test » 2025-2030',
      'Émissions de gaz à effet de serre (scopes 1 et 2) — Saint-Étienne',
    ].sort());
    const text = JSON.stringify(doc);
    for (const hidden of ['Brouillon confidentiel', 'Plan du syndicat', 'final_energy']) expect(text).not.toContain(hidden);

    const plan = datasets.find((d) => d['dct:identifier'] === s.published.id)!;
    expect(plan['@type']).toBe('dcat:Dataset');
    expect(plan['dct:publisher']).toEqual({ '@type': 'foaf:Organization', 'foaf:name': 'Saint-Étienne Métropole (test)', 'dct:identifier': '244200770' });
    expect(plan['dct:license']).toEqual({ '@id': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' });
    expect(plan['dct:spatial']).toEqual({ '@id': 'http://id.insee.fr/geo/intercommunalite/244200770' });
    expect(plan['dct:temporal']['dcat:startDate']['@value']).toBe('2025-01-01');
    expect(plan['dct:temporal']['dcat:endDate']['@value']).toBe('2030-12-31');
    const dists: Record<string, any>[] = plan['dcat:distribution'];
    expect(dists.map((d) => d['dcat:mediaType']['@id'].split('media-types/')[1])).toEqual([
      'text/csv',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(dists.map((d) => d['dct:format']['@id'].split('/').at(-1))).toEqual(['CSV', 'JSON', 'XLSX']);
    // Every download URL of the catalogue answers.
    for (const d of dists) {
      const u = new URL(d['dcat:downloadURL']['@id']);
      expect((await fetch(u.pathname + u.search)).status).toBe(200);
    }

    const indicator = datasets.find((d) => d !== plan)!;
    expect(indicator['dct:spatial']).toEqual({ '@id': 'http://id.insee.fr/geo/commune/42218' });
    expect(indicator['dct:temporal']['dcat:startDate']['@value']).toBe('2015-01-01');
    expect(indicator['dct:temporal']['dcat:endDate']['@value']).toBe('2019-12-31');
    const csv = new URL(indicator['dcat:distribution'][0]['dcat:accessURL']['@id']);
    expect((await fetch(csv.pathname + csv.search)).status).toBe(200);
  });

  it('drops a dataset once unpublished', async () => {
    await call(t.app, 'PUT', `/api/plans/${s.published.id}/publication`, s.w.editor.headers, { published: false });
    const doc = await (await fetch('/api/catalog')).json();
    expect(doc['dcat:dataset'].map((d: Record<string, string>) => d['dct:identifier'])).not.toContain(s.published.id);
    expect((await fetch(`/api/public/plans/${s.published.id}`)).status).toBe(404);
  });
});
