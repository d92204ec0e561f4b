import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { parisToday } from '../plans/presenter';
import { COMMUNE, seedPublications } from './testing';

let t: TestContext;
let s: Awaited<ReturnType<typeof seedPublications>>;
beforeAll(async () => {
  t = await createTestContext();
  s = await seedPublications(t);
});
afterAll(() => t.close());

const get = (path: string) => call(t.app, 'GET', path, {});
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('public plan', () => {
  it('shows a published plan without login, without internal fields, with progress by status', async () => {
    const res = await get(`/api/public/plans/${s.published.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Plan climat « Grand Test » 2025-2030',
      startYear: 2025,
      licence: { id: 'etalab-2.0', label: 'Licence Ouverte 2.0' },
      publisher: { name: 'Saint-Étienne Métropole (test)', siren: '244200770', territoryId: 'epci:244200770' },
    });
    expect(res.body.axes).toHaveLength(5);
    expect(res.body.actions.map((a: { title: string }) => a.title)).toEqual(['Schéma cyclable', 'Réseau de chaleur', 'Tronçon nord', 'Tronçon sud', 'Action hors axe']);
    // Statuses of seedRichPlan: in_progress, retained, then three ideas (the default).
    expect(res.body.progress.total).toBe(5);
    expect(res.body.progress.byStatus).toMatchObject({ idea: 3, in_progress: 1, retained: 1, done: 0 });
    // Only "Tronçon nord" (end 2026-06-30, not done) can be late.
    expect(res.body.progress.late).toBe(parisToday() > '2026-06-30' ? 1 : 0);
    expect(res.body.actions[0].pilots).toEqual([{ name: 'Élise Pilote', organisation: 'Métropole' }, { name: 'Service voirie', organisation: null }]);
    const text = JSON.stringify(res.body);
    for (const secret of [s.w.editor.user.id, 'Note interne', 'createdBy', 'notes', 'ownerOrganisationId', '"version"']) expect(text).not.toContain(secret);
  });

  it('answers 404 for an unpublished plan exactly as for a missing one', async () => {
    const draft = await get(`/api/public/plans/${s.draft.id}`);
    const missing = await get(`/api/public/plans/${MISSING}`);
    expect(draft.status).toBe(404);
    expect(draft.body).toEqual(missing.body);
    // Even with a member's credentials the public route shows nothing more.
    expect((await call(t.app, 'GET', `/api/public/plans/${s.draft.id}`, s.w.admin.headers)).status).toBe(404);
  });
});

describe('public territory', () => {
  it('lists the published plans and indicators of the territory organisations, by SIREN or by prefixed id', async () => {
    const bySiren = await get('/api/public/territories/244200770');
    expect(bySiren.status).toBe(200);
    expect(bySiren.body.territory).toEqual({ id: 'epci:244200770', kind: 'epci', code: '244200770', name: 'Saint-Étienne Métropole' });
    // The organisation that published nothing is not listed; the draft plan does not appear.
    expect(bySiren.body.organisations).toHaveLength(1);
    const [org] = bySiren.body.organisations;
    expect(org).toMatchObject({ id: s.org.id, name: 'Saint-Étienne Métropole (test)', siren: '244200770' });
    expect(org.plans.map((p: { id: string }) => p.id)).toEqual([s.published.id]);
    expect(org.indicators).toEqual([expect.objectContaining({ territoryId: COMMUNE, indicatorCode: 'ghg', labelFr: 'Émissions de gaz à effet de serre (scopes 1 et 2)' })]);
    expect(JSON.stringify(bySiren.body)).not.toContain('Brouillon');
    expect((await get('/api/public/territories/epci:244200770')).body).toEqual(bySiren.body);
  });

  it('resolves a commune by bare COG code and lists who published indicators about it', async () => {
    const res = await get('/api/public/territories/42218');
    expect(res.body.territory).toMatchObject({ id: COMMUNE, name: 'Saint-Étienne' });
    expect(res.body.organisations.map((o: { id: string }) => o.id)).toEqual([s.org.id]);
    expect((await get('/api/public/territories/departement:42')).body).toMatchObject({ territory: { id: 'departement:42' }, organisations: [] });
  });

  it('answers 404 for unknown territories', async () => {
    for (const key of ['99999', 'commune:99999', 'canton:42', 'x']) expect((await get(`/api/public/territories/${key}`)).status).toBe(404);
  });
});

describe('public indicator', () => {
  const path = (code: string, orgId = s.org.id) => `/api/public/indicators/${COMMUNE}/${code}?orgId=${orgId}`;

  it('shows the values of a published indicator with licence and publisher', async () => {
    const res = await get(path('ghg'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ territoryId: COMMUNE, indicator: { code: 'ghg', unit: 'tCO2e' }, licence: { id: 'etalab-2.0' }, publisher: { id: s.org.id } });
    expect(res.body.series[0].observed).toEqual([{ year: 2015, value: 1000, comment: '' }, { year: 2019, value: 500.25, comment: '' }]);
  });

  it('answers 404 for an unpublished indicator, another organisation or territory, exactly as for a missing one', async () => {
    const missing = await get(path('no_such_indicator'));
    expect(missing.status).toBe(404);
    // final_energy has values but was not published.
    for (const p of [path('final_energy'), path('ghg', s.silent.id), path('ghg', MISSING), `/api/public/indicators/epci:244200770/ghg?orgId=${s.org.id}`]) {
      const res = await get(p);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
    }
  });
});
