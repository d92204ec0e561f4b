// Stable English codes. French labels live in packages/web (labels.ts).

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'syndicate',
  'prefecture',
  'ddt',
  'dreal',
  'support_body',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PLAN_TYPES = ['pcaet', 'energy_master_plan', 'cop_roadmap', 'crte', 'digital_sobriety', 'other'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ACTION_STATUSES = [
  'idea',
  'proposed',
  'retained',
  'in_progress',
  'done',
  'paused',
  'blocked',
  'abandoned',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Citizen participation ladder (information → co-decision). */
export const PARTICIPATION_LEVELS = [
  'none',
  'information',
  'consultation',
  'concertation',
  'co_construction',
  'co_decision',
] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export const TARGET_PUBLICS = [
  'residents',
  'businesses',
  'farmers',
  'associations',
  'municipalities',
  'public_bodies',
  'schools',
  'elected_officials',
  'staff',
  'visitors',
] as const;
export type TargetPublic = (typeof TARGET_PUBLICS)[number];

export const BUDGET_NATURES = ['investment', 'operating'] as const;
export const BUDGET_KINDS = ['planned', 'actual'] as const;
export const BUDGET_UNITS = ['eur', 'fte'] as const;

export const PROPOSAL_STATUSES = ['pending', 'retained', 'merged', 'set_aside'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const DECISION_KINDS = ['retain', 'merge', 'set_aside'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const TERRITORY_KINDS = ['commune', 'epci', 'departement', 'region'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
