import { actionFieldsSchema, type ActionFields } from '@trajectoire/domain';
import type { Tx } from '../db/client';
import { axes } from '../plans/schema';
import { insertAction } from '../plans/action-store';

export const DEMO_NOTE = 'Données de démonstration';

/** Inserts an axis tree depth-first; returns code → axis id. */
export async function insertAxisTree(
  tx: Tx,
  planId: string,
  nodes: readonly { code: string; labelFr: string; synthetic?: boolean; children?: readonly unknown[] }[],
  parentId: string | null = null,
  ids = new Map<string, string>(),
): Promise<Map<string, string>> {
  for (const [position, node] of nodes.entries()) {
    const [row] = await tx
      .insert(axes)
      .values({
        planId,
        parentId,
        title: node.labelFr,
        description: node.synthetic ? 'Axe synthétique (démonstration) : la source ne donne pas cette structure.' : '',
        position,
      })
      .returning();
    ids.set(node.code, row.id);
    await insertAxisTree(tx, planId, (node.children ?? []) as typeof nodes, row.id, ids);
  }
  return ids;
}

export function demoAction(tx: Tx, organisationId: string, planId: string, fields: Partial<ActionFields> & { title: string }) {
  return insertAction(tx, { organisationId, planId, createdBy: null, fields: actionFieldsSchema.parse(fields) });
}

/** "2023-05" → first or last day of the month; "2024" → first or last day of the year. */
export function monthToDate(value: string | null, end: boolean): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}$/.test(value)) return end ? `${value}-12-31` : `${value}-01-01`;
  const [y, m] = value.split('-').map(Number);
  if (!end) return `${value}-01`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}
