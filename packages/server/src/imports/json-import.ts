import { eq, inArray, and, count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { audit } from '../audit/audit';
import { AppError } from '../http/problem';
import { actions, axes, plans } from '../plans/schema';
import { memberships, organisations } from '../organisations/schema';
import { insertAction } from '../plans/action-store';
import { presentAction, presentAxis, presentPlan } from '../plans/presenter';
import { planDocumentSchema, type DocAxis, type DocSubAction, type PlanDocument } from '../exports/document';
import { checkDocument } from './json-check';
import type { AuditActor } from './run';

export interface JsonImportInput {
  organisationId: string;
  /** An existing plan to fill (it must be empty), or none to create one from the document. */
  plan: typeof plans.$inferSelect | null;
  document: unknown;
  actor: AuditActor;
  createdBy: string | null;
}
export interface JsonImportResult {
  plan: typeof plans.$inferSelect;
  axesCreated: number;
  actionsCreated: number;
  warnings: string[];
}

/** Validates a plan document; throws the usual 400 `validation_failed` listing every problem with its path. */
export function parseDocument(raw: unknown): PlanDocument {
  const parsed = planDocumentSchema.safeParse(raw);
  const errors = parsed.success
    ? checkDocument(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  if (errors.length || !parsed.success) throw new AppError(400, 'validation_failed', 'Le document de plan est invalide.', { errors });
  return parsed.data;
}

/**
 * References to users and organisations survive only if they make sense in the target organisation: a pilot's
 * account must be a member (pilots may edit their actions), other organisations must exist. Others are dropped,
 * keeping the names, with a warning.
 */
async function localiseReferences(db: Db, organisationId: string, doc: PlanDocument): Promise<string[]> {
  const all: DocSubAction[] = doc.actions.flatMap((a) => [a, ...a.subActions]);
  const userIds = [...new Set(all.flatMap((a) => a.pilots.flatMap((p) => (p.userId ? [p.userId] : []))))];
  const orgIds = [...new Set(all.flatMap((a) => [a.ownerOrganisationId, ...[...a.partners, ...a.funders].map((p) => p.organisationId)].filter((x): x is string => !!x)))];
  const members = new Set(
    userIds.length
      ? (await db.select({ id: memberships.userId }).from(memberships).where(and(eq(memberships.organisationId, organisationId), inArray(memberships.userId, userIds)))).map((m) => m.id)
      : [],
  );
  const orgs = new Set(orgIds.length ? (await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))).map((o) => o.id) : []);
  const warnings: string[] = [];
  for (const a of all) {
    for (const p of a.pilots) {
      if (p.userId && !members.has(p.userId)) {
        warnings.push(`« ${a.title} » : le compte du pilote ${p.name} n'est pas membre de l'organisation ; seul son nom est gardé.`);
        delete p.userId;
      }
    }
    for (const p of [...a.partners, ...a.funders]) {
      if (p.organisationId && !orgs.has(p.organisationId)) {
        warnings.push(`« ${a.title} » : l'organisation ${p.name} est inconnue ici ; seul son nom est gardé.`);
        delete p.organisationId;
      }
    }
    if (a.ownerOrganisationId && !orgs.has(a.ownerOrganisationId)) {
      warnings.push(`« ${a.title} » : l'organisation maître d'ouvrage est inconnue ici ; la référence est retirée.`);
      a.ownerOrganisationId = null;
    }
  }
  return warnings;
}

/** Creates a plan (or fills an empty one) from a document, in one transaction, audited as 'import'. */
export async function importPlanDocument(db: Db, input: JsonImportInput): Promise<JsonImportResult> {
  const doc = parseDocument(input.document);
  const warnings = await localiseReferences(db, input.organisationId, doc);
  return db.transaction(async (tx) => {
    const entry = (entityType: string, entityId: string, after: unknown) =>
      audit(tx, input.actor, { organisationId: input.organisationId, entityType, entityId, action: 'import', after });
    let plan = input.plan;
    if (plan) {
      const [[a], [x]] = await Promise.all([
        tx.select({ n: count() }).from(axes).where(eq(axes.planId, plan.id)),
        tx.select({ n: count() }).from(actions).where(eq(actions.planId, plan.id)),
      ]);
      if (Number(a.n) + Number(x.n) > 0) throw new AppError(409, 'plan_not_empty', 'Le plan contient déjà des axes ou des actions ; importez dans un plan vide.');
    } else {
      const { id: _sourceId, ...fields } = doc.plan;
      [plan] = await tx.insert(plans).values({ ...fields, organisationId: input.organisationId }).returning();
      await entry('plan', plan.id, presentPlan(plan));
    }
    const target = plan;
    const axisIds = new Map<string, string>();
    const insertAxes = async (nodes: DocAxis[], parentId: string | null) => {
      for (const [position, n] of nodes.entries()) {
        const [row] = await tx.insert(axes).values({ planId: target.id, parentId, title: n.title, description: n.description, position }).returning();
        axisIds.set(n.key, row.id);
        await entry('axis', row.id, presentAxis(row));
        await insertAxes(n.children, row.id);
      }
    };
    await insertAxes(doc.axes, null);
    let actionsCreated = 0;
    const insert = async (a: DocSubAction & { subActions?: unknown }, parentId: string | null) => {
      const { key: _key, axisKey, subActions: _subActions, ...fields } = a;
      const row = await insertAction(tx, {
        organisationId: target.organisationId,
        planId: target.id,
        createdBy: input.createdBy,
        fields: { ...fields, axisId: axisKey ? axisIds.get(axisKey)! : null, parentId },
      });
      await entry('action', row.id, presentAction(row));
      actionsCreated++;
      return row.id;
    };
    for (const a of doc.actions) {
      const id = await insert(a, null);
      for (const s of a.subActions) await insert(s, id);
    }
    await entry('plan', target.id, { format: 'json', axesCreated: axisIds.size, actionsCreated });
    return { plan: target, axesCreated: axisIds.size, actionsCreated, warnings };
  });
}
