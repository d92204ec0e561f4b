import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  ACTION_SORTS,
  ACTION_STATUSES,
  COP_DIMENSIONS,
  PRIORITIES,
  matchesActionFilters,
  normaliseSearch,
  type ActionFilters,
  type ActionFields,
} from '@trajectoire/domain';
import { createTestContext, type TestContext } from '../../test/harness';
import { api, seedAction, seedPlan, seedTenant } from './testing';
import { parisToday, type ActionDto } from './presenter';
import { subtreeIds } from './axis-tree';

// The list query is checked against the domain's in-memory matcher on a generated plan: both must select the same
// actions for any combination of filters.

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
let planId: string;
let all: ActionDto[];
let axisLinks: { id: string; parentId: string | null }[];
const userA = randomUUID();
const userB = randomUUID();

const PEOPLE = [
  { name: 'Éloïse Dupré', userId: userA },
  { name: 'Jérôme LEFÈVRE' },
  { name: 'Zoë Kœnig', userId: userB },
  { name: 'Service mobilité' },
];
const ORGS = ['Syndicat d’Énergie', 'ADEME', 'Région Île-de-France', 'Crédit Agricole'];
const WORDS = ['Vélo', 'école', 'ÉNERGIE', 'réseau-chaleur', 'Cœur de ville', '<b>bois</b>', 'Forêt', 'eau potable', 'Noël'];
const LEVERS = ['electric-vehicles', 'carpooling', 'biogas', 'soil-desealing', 'residential-oil-boiler-replacement', 'landfilling'];
const today = parisToday();

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const some = <T>(xs: readonly T[], min = 0) => fc.subarray([...xs], { minLength: min });
/** A fragment of a source string, sometimes upper-cased or stripped of accents, as a user would type it. */
const fragment = (sources: readonly string[]) =>
  fc
    .tuple(pick(sources), fc.nat(), fc.integer({ min: 2, max: 6 }), pick(['same', 'upper', 'plain'] as const))
    .map(([s, at, len, how]) => {
      const v = how === 'upper' ? s.toUpperCase() : how === 'plain' ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
      const start = at % v.length;
      return v.slice(start, start + len);
    })
    .filter((s) => s.trim().length > 0);

beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
  const plan = await seedPlan(t, w.org.id);
  planId = plan.id;
  const mk = async (title: string, parentId?: string) => (await http.post(`/api/plans/${planId}/axes`, w.editor, { title, parentId })).body.id as string;
  const axisA = await mk('A');
  const axisA1 = await mk('A1', axisA);
  const axisB = await mk('B');
  const axisIds = [null, axisA, axisA1, axisB];
  const fieldsArb = fc.record({
    status: pick(ACTION_STATUSES),
    priority: pick([null, ...PRIORITIES]),
    endDate: pick([null, '2020-05-01', today, '2099-01-01']),
    axisId: pick(axisIds),
    ref: pick([null, '1.2', 'A-3']),
    title: some(WORDS, 1).map((ws) => ws.join(' ')),
    description: some(WORDS).map((ws) => ws.join(', ')),
    pilots: some(PEOPLE),
    partners: some(ORGS).map((os) => os.map((name) => ({ name }))),
    funders: some(ORGS).map((os) => os.map((name) => ({ name }))),
    copLevers: some(LEVERS),
  });
  const samples = fc.sample(fieldsArb, { numRuns: 36, seed: 20250101 });
  const topIds: string[] = [];
  for (const [i, f] of samples.entries()) {
    const parentId = i >= 12 && i % 3 === 0 ? topIds[i % topIds.length] : null;
    const row = await seedAction(t, plan, { ...(f as Partial<ActionFields>), title: f.title, parentId });
    if (!parentId) topIds.push(row.id);
  }
  all = (await http.get(`/api/plans/${planId}/actions?limit=500`, w.reader)).body.items;
  axisLinks = (await http.get(`/api/plans/${planId}`, w.reader)).body.axes.flatMap(function flat(n: any): any[] {
    return [{ id: n.id, parentId: n.parentId }, ...n.children.flatMap(flat)];
  });
});
afterAll(() => t.close());

function toQuery(f: ActionFilters, extra: Record<string, string> = {}) {
  const q = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(f)) {
    if (Array.isArray(v)) v.forEach((x) => q.append(k, String(x)));
    else if (v !== undefined) q.append(k, String(v));
  }
  return q.toString();
}

const filtersArb = (axisIds: string[]): fc.Arbitrary<ActionFilters> =>
  fc.record(
  {
    status: some(ACTION_STATUSES, 1),
    copLever: some([...LEVERS, 'wood-products'], 1),
    dimension: some(COP_DIMENSIONS, 1),
    pilot: fc.oneof(fragment(PEOPLE.map((p) => p.name)), pick([userA, userB.toUpperCase(), randomUUID()])),
    partner: fragment(ORGS),
    late: fc.boolean(),
    axisId: fc.constantFrom('none' as const, randomUUID(), ...axisIds),
    q: fragment([...WORDS, '1.2']),
    priority: some(PRIORITIES, 1),
    topLevel: fc.boolean(),
  })
  // One to three filters at a time: more would almost always select nothing.
  .chain((full) => fc.shuffledSubarray(Object.keys(full) as (keyof ActionFilters)[], { minLength: 1, maxLength: 3 }).map((keys) => Object.fromEntries(keys.map((k) => [k, (full as Record<string, unknown>)[k]])) as ActionFilters));

describe('action list filters', () => {
  it('select exactly what the domain matcher selects', async () => {
    expect(all).toHaveLength(36);
    let discriminating = 0;
    await fc.assert(
      fc.asyncProperty(filtersArb(axisLinks.map((a) => a.id)), async (f) => {
        const res = await http.get(`/api/plans/${planId}/actions?${toQuery(f, { limit: '500' })}`, w.reader);
        expect(res.status).toBe(200);
        const axisSubtree = f.axisId && f.axisId !== 'none' ? new Set(subtreeIds(axisLinks, f.axisId)) : undefined;
        const expected = all.filter((a) => matchesActionFilters(a, f, { today, axisSubtree })).map((a) => a.id);
        expect(res.body.items.map((a: ActionDto) => a.id).sort()).toEqual(expected.sort());
        expect(res.body.total).toBe(expected.length);
        if (expected.length > 0 && expected.length < all.length) discriminating += 1;
      }),
      { numRuns: 80, seed: 42 },
    );
    // Guards the generators: most combinations must keep some actions and drop others.
    expect(discriminating).toBeGreaterThan(40);
  });

  it('find sub-actions of a parent and include sub-axes', async () => {
    const parent = all.find((a) => all.some((c) => c.parentId === a.id))!;
    const res = await http.get(`/api/plans/${planId}/actions?parentId=${parent.id}`, w.reader);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((a: ActionDto) => a.parentId === parent.id)).toBe(true);
    const root = axisLinks.find((a) => a.parentId === null && axisLinks.some((c) => c.parentId === a.id))!;
    const child = axisLinks.find((a) => a.parentId === root.id)!;
    const inRoot = (await http.get(`/api/plans/${planId}/actions?axisId=${root.id}&limit=500`, w.reader)).body.items as ActionDto[];
    expect(inRoot.some((a) => a.axisId === child.id)).toBe(all.some((a) => a.axisId === child.id));
  });

  it('reject invalid filters with the offending field', async () => {
    const res = await http.get(`/api/plans/${planId}/actions?status=finished&late=maybe`, w.reader);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['late', 'status.0']);
    expect((await http.get(`/api/plans/${planId}/actions?sort=colour`, w.reader)).status).toBe(400);
    expect((await http.get(`/api/plans/${planId}/actions?cursor=WzFd`, w.reader)).body.code).toBe('invalid_cursor');
  });
});

type Cmp = (a: ActionDto, b: ActionDto) => number;
const byId: Cmp = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
// Expected orders; updatedAt ties at the millisecond are not checked (the database keeps microseconds).
const ORDERS: Record<(typeof ACTION_SORTS)[number], (desc: boolean) => Cmp> = {
  position: (d) => (a, b) => (d ? -1 : 1) * (a.position - b.position || byId(a, b)),
  title: (d) => (a, b) => (d ? -1 : 1) * (str(normaliseSearch(a.title), normaliseSearch(b.title)) || byId(a, b)),
  endDate: (d) => (a, b) => Number(a.endDate === null) - Number(b.endDate === null) || (d ? -1 : 1) * (str(a.endDate ?? '', b.endDate ?? '') || byId(a, b)),
  updatedAt: (d) => (a, b) => (d ? -1 : 1) * str(a.updatedAt, b.updatedAt),
};

describe('action list sorting and pagination', () => {
  for (const sort of ACTION_SORTS)
    for (const order of ['asc', 'desc'] as const)
      it(`pages through every action once, by ${sort} ${order}`, async () => {
        const seen: ActionDto[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const extra: Record<string, string> = { sort, order, limit: '7', ...(cursor ? { cursor } : {}) };
          const res = await http.get(`/api/plans/${planId}/actions?${toQuery({}, extra)}`, w.reader);
          expect(res.status).toBe(200);
          seen.push(...res.body.items);
          cursor = res.body.nextCursor;
          pages += 1;
        } while (cursor && pages < 20);
        expect(pages).toBe(Math.ceil(all.length / 7));
        expect(seen.map((a) => a.id).sort()).toEqual(all.map((a) => a.id).sort());
        const cmp = ORDERS[sort](order === 'desc');
        for (let i = 1; i < seen.length; i++) expect(cmp(seen[i - 1], seen[i])).toBeLessThanOrEqual(0);
      });
});
