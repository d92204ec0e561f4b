import type { ActionStatus, Priority } from '../enums';
import { normaliseSearch } from '../text';

// The French vocabulary of action tables. It defines a file format (what plan teams type in their spreadsheets
// and what exports print), shared by the server and the web import screen; the UI's own labels stay in the web.

/** Action fields a table column can feed. */
export const ACTION_IMPORT_FIELDS = [
  'ref',
  'title',
  'axis',
  'description',
  'objectives',
  'status',
  'priority',
  'startDate',
  'endDate',
  'pilots',
  'partners',
  'porteurLevers',
  'copLevers',
  'budget',
] as const;
export type ActionImportField = (typeof ACTION_IMPORT_FIELDS)[number];

/** Canonical headers, as exports write them; the first five are those of the workshop tables. */
export const ACTION_COLUMN_HEADERS_FR: Record<ActionImportField, string> = {
  ref: 'Référence',
  title: "Intitulé de l'action",
  axis: 'Axe',
  description: 'Description',
  objectives: 'Objectifs poursuivis',
  status: 'Statut',
  priority: 'Priorité',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  pilots: "Pilote(s) / Maître(s) d'ouvrage",
  partners: 'Partenaire(s) potentiel(s)',
  porteurLevers: 'Leviers potentiels',
  copLevers: 'Leviers COP',
  budget: 'Budget (€)',
};

/** Other headers met in plan tables (compared after `normaliseHeader`). */
export const ACTION_HEADER_SYNONYMS: Record<ActionImportField, readonly string[]> = {
  ref: [ACTION_COLUMN_HEADERS_FR.ref, 'Réf', 'Réf.', 'N°', 'No', 'Numéro', "Numéro de l'action", 'Code', "Code de l'action"],
  title: [ACTION_COLUMN_HEADERS_FR.title, 'Intitulé', 'Intitulé action', 'Action', "Nom de l'action", 'Titre', "Titre de l'action", 'Libellé'],
  axis: [ACTION_COLUMN_HEADERS_FR.axis, 'Axe stratégique', 'Axe du plan', 'Orientation', 'Orientation stratégique', 'Thématique', 'Thème'],
  description: [ACTION_COLUMN_HEADERS_FR.description, 'Descriptif', "Description de l'action", 'Détail', 'Contenu'],
  objectives: [ACTION_COLUMN_HEADERS_FR.objectives, 'Objectifs', 'Objectif', 'Finalité'],
  status: [ACTION_COLUMN_HEADERS_FR.status, 'État', "État d'avancement", 'Avancement', 'Statut de l’action'],
  priority: [ACTION_COLUMN_HEADERS_FR.priority, 'Niveau de priorité', 'Priorisation'],
  startDate: [ACTION_COLUMN_HEADERS_FR.startDate, 'Début', 'Date début', 'Démarrage', 'Date de démarrage'],
  endDate: [ACTION_COLUMN_HEADERS_FR.endDate, 'Fin', 'Date fin', 'Échéance', "Date d'échéance"],
  pilots: [ACTION_COLUMN_HEADERS_FR.pilots, 'Pilote', "Maître d'ouvrage", 'Porteur', "Porteur de l'action", 'Responsable', "Pilote de l'action"],
  partners: [ACTION_COLUMN_HEADERS_FR.partners, 'Partenaires', 'Partenaires associés', 'Partenaires mobilisés'],
  porteurLevers: [ACTION_COLUMN_HEADERS_FR.porteurLevers, 'Leviers', 'Type de levier', 'Leviers du porteur', "Leviers d'action"],
  copLevers: [ACTION_COLUMN_HEADERS_FR.copLevers, 'Levier COP', 'Leviers SGPE', 'Leviers de la COP', 'Leviers de planification écologique'],
  budget: [ACTION_COLUMN_HEADERS_FR.budget, 'Budget', 'Budget prévisionnel', 'Montant', 'Coût', 'Coût estimé', 'Budget en euros'],
};

export const ACTION_STATUS_LABELS_FR: Record<ActionStatus, string> = {
  idea: 'Idée',
  proposed: 'Proposée',
  retained: 'Retenue',
  in_progress: 'En cours',
  done: 'Terminée',
  paused: 'En pause',
  blocked: 'Bloquée',
  abandoned: 'Abandonnée',
};
const STATUS_SYNONYMS: Record<string, ActionStatus> = {
  'a l etude': 'proposed',
  'a lancer': 'retained',
  'a venir': 'retained',
  'non demarree': 'retained',
  'en cours de realisation': 'in_progress',
  'en cours de mise en oeuvre': 'in_progress',
  demarree: 'in_progress',
  realisee: 'done',
  achevee: 'done',
  finie: 'done',
  suspendue: 'paused',
  'en attente': 'paused',
  annulee: 'abandoned',
};

export const PRIORITY_LABELS_FR: Record<Priority, string> = { low: 'Basse', medium: 'Moyenne', high: 'Haute' };
const PRIORITY_SYNONYMS: Record<string, Priority> = { faible: 'low', moyen: 'medium', normale: 'medium', elevee: 'high', forte: 'high', prioritaire: 'high' };

// Feminine labels also match their masculine form ("terminé"), since "projet" or "statut" may govern the agreement.
const masculine = (s: string) => s.replace(/ee\b/g, 'e');

function lookup<T extends string>(value: string, labels: Record<T, string>, synonyms: Record<string, T>): T | null {
  const v = masculine(normaliseSearch(value));
  for (const code of Object.keys(labels) as T[]) {
    if (v === normaliseSearch(code) || v === masculine(normaliseSearch(labels[code]))) return code;
  }
  for (const [syn, code] of Object.entries(synonyms)) if (v === masculine(syn)) return code;
  return null;
}

/** An action status from its code or French wording; null when unknown. */
export const parseActionStatus = (value: string) => lookup(value, ACTION_STATUS_LABELS_FR, STATUS_SYNONYMS);
/** A priority from its code or French wording; null when unknown. */
export const parsePriority = (value: string) => lookup(value, PRIORITY_LABELS_FR, PRIORITY_SYNONYMS);
