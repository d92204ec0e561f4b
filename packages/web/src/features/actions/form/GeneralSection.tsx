import { ACTION_STATUSES, PRIORITIES, type ActionStatus, type Priority } from '@trajectoire/domain';
import { SelectField, optionsFrom, type Option } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from '../../../labels';
import { fieldProps, type SectionProps } from './types';

export function GeneralSection({ draft, set, errors, axes }: SectionProps & { axes: Option[] }) {
  const f = (path: string) => fieldProps(errors, path);
  return (
    <section aria-labelledby="section-general" className="form-section">
      <h2 id="section-general">Présentation</h2>
      <div className="form-grid">
        <TextField label="Référence" description="Par exemple 1.2.3 ; facultatif." value={draft.ref} onChange={(v) => set('ref', v)} {...f('ref')} />
        <SelectField label="Statut" options={optionsFrom(ACTION_STATUSES, ACTION_STATUS_LABELS)} value={draft.status} onChange={(v) => v && set('status', v as ActionStatus)} {...f('status')} />
        <SelectField label="Priorité" options={optionsFrom(PRIORITIES, PRIORITY_LABELS)} value={draft.priority} onChange={(v) => set('priority', v as Priority | null)} emptyLabel="Non définie" {...f('priority')} />
      </div>
      <TextField label="Titre" isRequired value={draft.title} onChange={(v) => set('title', v)} {...f('title')} />
      {draft.parentId === null && (
        <SelectField label="Axe du plan" options={axes} value={draft.axisId} onChange={(v) => set('axisId', v)} emptyLabel="Hors axe" {...f('axisId')} />
      )}
      <TextField label="Description" multiline rows={5} value={draft.description} onChange={(v) => set('description', v)} {...f('description')} />
      <TextField label="Objectifs" multiline rows={4} value={draft.objectives} onChange={(v) => set('objectives', v)} {...f('objectives')} />
      <div className="form-grid">
        <TextField label="Date de début" type="date" value={draft.startDate} onChange={(v) => set('startDate', v)} {...f('startDate')} />
        <TextField label="Date de fin" type="date" value={draft.endDate} onChange={(v) => set('endDate', v)} {...f('endDate')} />
      </div>
    </section>
  );
}
