import type { ActionFields } from '@trajectoire/domain';
import { PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, type DocAction, type DocAxis, type DocSubAction, type PlanDocument } from './document';
import type { ActionRow, AxisRow, PlanContent } from './store';

const num = (v: string | null) => (v === null ? null : Number(v));

function actionFields(a: ActionRow): Omit<ActionFields, 'axisId' | 'parentId'> {
  return {
    ref: a.ref,
    title: a.title,
    description: a.description,
    objectives: a.objectives,
    status: a.status as ActionFields['status'],
    priority: a.priority as ActionFields['priority'],
    startDate: a.startDate,
    endDate: a.endDate,
    pilots: a.pilots,
    ownerOrganisationId: a.ownerOrganisationId,
    ownerName: a.ownerName,
    partners: a.partners,
    funders: a.funders,
    porteurLevers: a.porteurLevers as ActionFields['porteurLevers'],
    copLevers: a.copLevers,
    impactTco2ePerYear: num(a.impactTco2ePerYear),
    impactMwhPerYear: num(a.impactMwhPerYear),
    impactNote: a.impactNote,
    budgets: a.budgets,
    targetPublics: a.targetPublics as ActionFields['targetPublics'],
    participationLevel: a.participationLevel as ActionFields['participationLevel'],
    notes: a.notes,
    links: a.links,
  };
}

/** The plan as a versioned JSON document (see document.ts). */
export function buildPlanDocument(content: PlanContent, exportedAt = new Date()): PlanDocument {
  const axisKeys = new Map<string, string>();
  const children = (parentId: string | null, prefix: string, rows: readonly AxisRow[]): DocAxis[] =>
    rows
      .filter((a) => a.parentId === parentId)
      .map((a, i) => {
        const key = `${prefix}${i + 1}`;
        axisKeys.set(a.id, key);
        return { key, title: a.title, description: a.description, children: children(a.id, `${key}.`, rows) };
      });
  const known = new Set(content.axes.map((a) => a.id));
  // Axes whose parent is missing are shown at the top rather than lost.
  const tree = children(null, 'A', content.axes.map((a) => (a.parentId && !known.has(a.parentId) ? { ...a, parentId: null } : a)));

  const topIds = new Set(content.actions.filter((a) => !a.parentId).map((a) => a.id));
  const isTop = (a: ActionRow) => !a.parentId || !topIds.has(a.parentId);
  const sub = (a: ActionRow, key: string): DocSubAction => ({ key, axisKey: (a.axisId && axisKeys.get(a.axisId)) || null, ...actionFields(a) });
  const actions: DocAction[] = content.actions.filter(isTop).map((a, i) => {
    const key = `X${i + 1}`;
    const subs = topIds.has(a.id) ? content.actions.filter((s) => s.parentId === a.id) : [];
    return { ...sub(a, key), subActions: subs.map((s, j) => sub(s, `${key}.${j + 1}`)) };
  });
  const p = content.plan;
  return {
    format: PLAN_DOCUMENT_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    exportedAt: exportedAt.toISOString(),
    plan: { id: p.id, type: p.type as PlanDocument['plan']['type'], title: p.title, description: p.description, startYear: p.startYear, endYear: p.endYear, status: p.status as PlanDocument['plan']['status'] },
    axes: tree,
    actions,
  };
}
