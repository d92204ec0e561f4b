import type { Role } from './enums';

/**
 * Every operation the platform authorises. The server asks `can()` for each request; the web UI asks the same
 * function to decide what to show, so both always agree.
 */
export const OPERATIONS = [
  'organisation.read',
  'organisation.update',
  'members.read',
  'members.manage',
  'plan.read',
  'plan.create',
  'plan.update',
  'plan.delete',
  'axis.write',
  'action.create',
  'action.update',
  'action.delete',
  'workshop.write',
  'proposal.create',
  'proposal.triage',
  'import.run',
  'export.run',
  'audit.read',
  'view.manage',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Actor {
  userId: string;
  isSuperadmin: boolean;
  /** Membership in the organisation that owns the resource; null when not a member. */
  role: Role | null;
  /** Editors limited to the actions they pilot. */
  pilotedOnly: boolean;
}

/** Facts about the target that some rules need. */
export interface Target {
  /** User ids piloting the action (for restricted editors). */
  pilotUserIds?: readonly string[];
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Minimum role per operation for an unrestricted member. */
export const MINIMUM_ROLE: Record<Operation, Role> = {
  'organisation.read': 'reader',
  'organisation.update': 'admin',
  'members.read': 'reader',
  'members.manage': 'admin',
  'plan.read': 'reader',
  'plan.create': 'editor',
  'plan.update': 'editor',
  'plan.delete': 'admin',
  'axis.write': 'editor',
  'action.create': 'editor',
  'action.update': 'editor',
  'action.delete': 'editor',
  'workshop.write': 'editor',
  'proposal.create': 'editor',
  'proposal.triage': 'editor',
  'import.run': 'editor',
  'export.run': 'reader',
  'audit.read': 'reader',
  'view.manage': 'reader',
};

/** What a restricted ("piloted only") editor keeps of the editor rights. */
const RESTRICTED_EDITOR_OPS: ReadonlySet<Operation> = new Set(['action.update', 'proposal.create', 'view.manage']);

export function can(actor: Actor, op: Operation, target: Target = {}): boolean {
  if (actor.isSuperadmin) return true;
  if (!actor.role) return false;
  if (RANK[actor.role] < RANK[MINIMUM_ROLE[op]]) return false;
  if (actor.role === 'editor' && actor.pilotedOnly && RANK.editor === RANK[MINIMUM_ROLE[op]]) {
    if (!RESTRICTED_EDITOR_OPS.has(op)) return false;
    if (op === 'action.update') return (target.pilotUserIds ?? []).includes(actor.userId);
  }
  return true;
}

/** Whether the actor may see the organisation at all (non-members get 404, never 403). */
export function canSee(actor: Actor): boolean {
  return actor.isSuperadmin || actor.role !== null;
}
