// French names of the action fields: form labels, error summary entries and audit history lines share them.

export const ACTION_FIELD_LABELS: Record<string, string> = {
  title: 'Titre',
  ref: 'Référence',
  status: 'Statut',
  priority: 'Priorité',
  axisId: 'Axe',
  parentId: 'Action parente',
  description: 'Description',
  objectives: 'Objectifs',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  pilots: 'Pilotes',
  ownerOrganisationId: 'Maître d’ouvrage (organisation)',
  ownerName: 'Maître d’ouvrage',
  partners: 'Partenaires',
  funders: 'Financeurs',
  porteurLevers: 'Leviers du porteur',
  copLevers: 'Leviers COP',
  impactTco2ePerYear: 'Impact (tCO₂e par an)',
  impactMwhPerYear: 'Impact (MWh par an)',
  impactNote: 'Note sur l’impact',
  budgets: 'Budget',
  targetPublics: 'Publics cibles',
  participationLevel: 'Niveau de participation',
  notes: 'Notes',
  links: 'Liens',
};

const SUB_LABELS: Record<string, string> = {
  name: 'nom',
  organisation: 'organisme',
  amountEur: 'montant',
  year: 'année',
  nature: 'nature',
  kind: 'type',
  unit: 'unité',
  amount: 'montant',
  title: 'titre',
  url: 'adresse',
  userId: 'compte lié',
};

/** DOM id of the input of a field path: "pilots.0.name" → "action-pilots-0-name". */
export const fieldId = (path: string) => `action-${path.replace(/\./g, '-')}`;

/** French label of a field path: "budgets.2.year" → "Budget (ligne 3, année)". */
export function fieldLabel(path: string): string {
  const [top, index, sub] = path.split('.');
  const base = ACTION_FIELD_LABELS[top] ?? top;
  if (index === undefined) return base;
  const row = Number(index) + 1;
  return sub ? `${base} (ligne ${row}, ${SUB_LABELS[sub] ?? sub})` : `${base} (ligne ${row})`;
}
