import { and, count, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import { isUserIdNeedle, leverCodesForDimensions, type ActionFilters } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { actions, axes } from './schema';
import { fold, foldContains } from './fold';
import { afterCursor, keyColumns, orderBy, pageFrom, type SortKey } from './keyset';
import { subtreeIds } from './axis-tree';

const FINISHED = ['done', 'abandoned'];
const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const anyElement = (column: SQL, matches: (el: SQL) => SQL) =>
  sql`exists (select 1 from jsonb_array_elements(${column}) as el where ${matches(sql`el`)})`;

/** SQL predicates of the list filters; `axisSubtree` holds the filtered axis and its descendants. */
export function filterConditions(f: ActionFilters, ctx: { today: string; axisSubtree?: string[] }): SQL[] {
  const where: SQL[] = [];
  if (f.status) where.push(inArray(actions.status, f.status));
  if (f.priority) where.push(inArray(actions.priority, f.priority));
  if (f.copLever) where.push(sql`${actions.copLevers} && ${textArray(f.copLever)}`);
  if (f.dimension) where.push(sql`${actions.copLevers} && ${textArray(leverCodesForDimensions(f.dimension))}`);
  if (f.pilot) {
    const p = f.pilot;
    where.push(
      isUserIdNeedle(p)
        ? anyElement(sql`${actions.pilots}`, (el) => sql`lower(${el}->>'userId') = ${p.toLowerCase()}`)
        : anyElement(sql`${actions.pilots}`, (el) => foldContains(sql`${el}->>'name'`, p)),
    );
  }
  if (f.partner) {
    const matches = (el: SQL) => foldContains(sql`${el}->>'name'`, f.partner!);
    where.push(sql`(${anyElement(sql`${actions.partners}`, matches)} or ${anyElement(sql`${actions.funders}`, matches)})`);
  }
  if (f.late !== undefined) {
    const late = sql`(${actions.endDate} is not null and ${actions.endDate} < ${ctx.today}::date and ${notInArray(actions.status, FINISHED)})`;
    where.push(f.late ? late : sql`not ${late}`);
  }
  if (f.axisId === 'none') where.push(isNull(actions.axisId));
  else if (f.axisId) where.push(inArray(actions.axisId, ctx.axisSubtree ?? [f.axisId]));
  if (f.q) {
    const q = f.q;
    where.push(sql`(${foldContains(sql`coalesce(${actions.ref}, '')`, q)} or ${foldContains(sql`${actions.title}`, q)} or ${foldContains(sql`${actions.description}`, q)})`);
  }
  if (f.parentId) where.push(eq(actions.parentId, f.parentId));
  if (f.topLevel !== undefined) where.push(f.topLevel ? isNull(actions.parentId) : sql`${actions.parentId} is not null`);
  return where;
}

/** Keyset of each sort; ties end on the id. Undated actions come last whatever the direction. */
export function sortKeys(sort: ActionFilters['sort'] = 'position', order?: ActionFilters['order']): SortKey[] {
  const desc = (order ?? (sort === 'updatedAt' ? 'desc' : 'asc')) === 'desc';
  const id: SortKey = { expr: sql`${actions.id}`, type: 'uuid', desc };
  switch (sort) {
    case 'title':
      return [{ expr: sql`btrim(${fold(sql`${actions.title}`)}) collate "C"`, type: 'text', desc }, id];
    case 'endDate':
      return [
        { expr: sql`(${actions.endDate} is null)::int`, type: 'integer' },
        { expr: sql`coalesce(${actions.endDate}, '0001-01-01'::date)`, type: 'date', desc },
        id,
      ];
    case 'updatedAt':
      return [{ expr: sql`${actions.updatedAt}`, type: 'timestamptz', desc }, id];
    default:
      return [{ expr: sql`${actions.position}`, type: 'integer', desc }, id];
  }
}

export async function listActions(
  db: Db,
  planId: string,
  f: ActionFilters,
  page: { cursor?: string; limit: number; today: string },
) {
  let axisSubtree: string[] | undefined;
  if (f.axisId && f.axisId !== 'none') {
    const planAxes = await db.select({ id: axes.id, parentId: axes.parentId }).from(axes).where(eq(axes.planId, planId));
    axisSubtree = subtreeIds(planAxes, f.axisId);
  }
  const filters = and(eq(actions.planId, planId), ...filterConditions(f, { today: page.today, axisSubtree }));
  const keys = sortKeys(f.sort, f.order);
  const rows = await db
    .select({ row: actions, ...keyColumns(keys) })
    .from(actions)
    .where(and(filters, afterCursor(keys, page.cursor)))
    .orderBy(...orderBy(keys))
    .limit(page.limit + 1);
  const [{ total }] = await db.select({ total: count() }).from(actions).where(filters);
  const { items, nextCursor } = pageFrom(rows, keys, page.limit);
  return { rows: items.map((r) => r.row), nextCursor, total: Number(total) };
}
