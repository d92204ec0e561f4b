// French labels for the domain's stable English codes. Lever labels come from @trajectoire/domain.
import type {
  ActionStatus,
  DecisionKind,
  OrganisationKind,
  ParticipationLevel,
  PlanStatus,
  PlanType,
  Priority,
  ProposalStatus,
  Role,
  TargetPublic,
  TerritoryKind,
} from '@trajectoire/domain';

// Imported from their modules, not the package index, so that public pages do not load the zod schemas.
export { COP_DIMENSION_LABELS_FR as DIMENSION_LABELS, COP_SECTOR_LABELS_FR as SECTOR_LABELS } from '@trajectoire/domain/levers/cop-levers';
export { PORTEUR_LEVER_LABELS_FR as PORTEUR_LEVER_LABELS } from '@trajectoire/domain/levers/porteur-levers';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  idea: 'Idée',
  proposed: 'Proposée',
  retained: 'Retenue',
  in_progress: 'En cours',
  done: 'Réalisée',
  paused: 'En pause',
  blocked: 'Bloquée',
  abandoned: 'Abandonnée',
};

export const PRIORITY_LABELS: Record<Priority, string> = { low: 'Basse', medium: 'Moyenne', high: 'Haute' };

export const ROLE_LABELS: Record<Role, string> = { reader: 'Lecteur', editor: 'Éditeur', admin: 'Administrateur' };
export const ROLE_HINTS: Record<Role, string> = {
  reader: 'Consulte les plans et exporte les données.',
  editor: 'Crée et modifie les plans, les actions et les ateliers.',
  admin: 'Tous les droits, dont la gestion des membres.',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  commune: 'Commune',
  epci: 'Intercommunalité (EPCI)',
  departement: 'Département',
  region: 'Région',
  syndicate: 'Syndicat',
  prefecture: 'Préfecture',
  ddt: 'DDT(M)',
  dreal: 'DREAL',
  support_body: "Structure d'accompagnement",
  other: 'Autre',
};

export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  pcaet: 'Plan climat-air-énergie territorial (PCAET)',
  energy_master_plan: 'Schéma directeur énergétique',
  cop_roadmap: 'Feuille de route COP',
  crte: 'Contrat pour la réussite de la transition écologique (CRTE)',
  digital_sobriety: 'Sobriété numérique',
  other: 'Autre plan',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: 'Brouillon', adopted: 'Adopté', archived: 'Archivé' };

export const PARTICIPATION_LABELS: Record<ParticipationLevel, string> = {
  none: 'Aucune',
  information: 'Information',
  consultation: 'Consultation',
  concertation: 'Concertation',
  co_construction: 'Co-construction',
  co_decision: 'Co-décision',
};

export const TARGET_PUBLIC_LABELS: Record<TargetPublic, string> = {
  residents: 'Habitants',
  businesses: 'Entreprises',
  farmers: 'Agriculteurs',
  associations: 'Associations',
  municipalities: 'Communes',
  public_bodies: 'Organismes publics',
  schools: 'Établissements scolaires',
  elected_officials: 'Élus',
  staff: 'Agents',
  visitors: 'Visiteurs',
};

export const BUDGET_NATURE_LABELS = { investment: 'Investissement', operating: 'Fonctionnement' } as const;
export const BUDGET_KIND_LABELS = { planned: 'Prévisionnel', actual: 'Réalisé' } as const;
export const BUDGET_UNIT_LABELS = { eur: 'euros', fte: 'ETP' } as const;

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: 'À trier',
  retained: 'Retenues',
  merged: 'Fusionnées',
  set_aside: 'Écartées',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  retain: 'Proposition retenue',
  merge: 'Propositions fusionnées',
  set_aside: 'Proposition écartée',
};

export const TERRITORY_KIND_LABELS: Record<TerritoryKind, string> = {
  commune: 'Commune',
  epci: 'Intercommunalité',
  departement: 'Département',
  region: 'Région',
};

export const EPCI_TYPE_LABELS: Record<string, string> = {
  CC: 'Communauté de communes',
  CA: "Communauté d'agglomération",
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
  MET69: 'Métropole de Lyon',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  move: 'Déplacement',
  undo: 'Annulation',
};

/** Label of a code, or the code itself when it is unknown (data newer than the UI). */
export function labelOf<K extends string>(labels: Record<K, string>, code: string | null | undefined): string {
  if (!code) return '';
  return (labels as Record<string, string>)[code] ?? code;
}

/** Fields an imported column can feed (see ACTION_IMPORT_FIELDS in the domain). */
export const IMPORT_FIELD_LABELS: Record<string, string> = {
  ref: 'Référence',
  title: 'Intitulé de l’action',
  axis: 'Axe',
  description: 'Description',
  objectives: 'Objectifs',
  status: 'Statut',
  priority: 'Priorité',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  pilots: 'Pilotes / maîtres d’ouvrage',
  partners: 'Partenaires',
  porteurLevers: 'Leviers du porteur',
  copLevers: 'Leviers COP',
  budget: 'Budget (€)',
};
