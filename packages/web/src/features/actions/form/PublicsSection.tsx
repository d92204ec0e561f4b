import { PARTICIPATION_LEVELS, TARGET_PUBLICS, type ParticipationLevel } from '@trajectoire/domain';
import { CheckboxGroupField } from '../../../ui/Checkbox';
import { SelectField, optionsFrom } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { PARTICIPATION_LABELS, TARGET_PUBLIC_LABELS } from '../../../labels';
import { RepeatableRows } from '../RepeatableRows';
import { fieldProps, type SectionProps } from './types';

export function PublicsSection({ draft, set, errors }: SectionProps) {
  const f = (path: string) => fieldProps(errors, path);
  return (
    <section aria-labelledby="section-publics" className="form-section">
      <h2 id="section-publics">Publics, liens et notes</h2>
      <CheckboxGroupField label="Publics cibles" columns options={optionsFrom(TARGET_PUBLICS, TARGET_PUBLIC_LABELS)} value={draft.targetPublics} onChange={(v) => set('targetPublics', v)} {...f('targetPublics')} />
      <SelectField
        label="Niveau de participation citoyenne"
        options={optionsFrom(PARTICIPATION_LEVELS, PARTICIPATION_LABELS)}
        value={draft.participationLevel}
        onChange={(v) => set('participationLevel', v as ParticipationLevel | null)}
        emptyLabel="Non défini"
        {...f('participationLevel')}
      />
      <RepeatableRows
        legend="Liens"
        {...f('links')}
        items={draft.links}
        onChange={(v) => set('links', v)}
        create={() => ({ title: '', url: '' })}
        addLabel="Ajouter un lien"
        rowName={(i) => `le lien ${i + 1}`}
        renderRow={(l, i, update) => (
          <>
            <TextField label="Titre du lien" isRequired value={l.title} onChange={(title) => update({ title })} {...f(`links.${i}.title`)} />
            <TextField label="Adresse (URL)" type="url" isRequired placeholder="https://" value={l.url} onChange={(url) => update({ url })} {...f(`links.${i}.url`)} />
          </>
        )}
      />
      <TextField label="Notes" multiline rows={4} value={draft.notes} onChange={(v) => set('notes', v)} {...f('notes')} />
    </section>
  );
}
