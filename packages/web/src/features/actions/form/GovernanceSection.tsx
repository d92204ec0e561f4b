import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import type { Member } from '../../organisations/api';
import type { Draft } from '../form-model';
import { RepeatableRows } from '../RepeatableRows';
import { fieldProps, type SectionProps } from './types';

/** Pilots (optionally linked to a member account), owner, partners and funders. */
export function GovernanceSection({ draft, set, errors, members }: SectionProps & { members: Member[] }) {
  const f = (path: string) => fieldProps(errors, path);
  const memberOptions = members.map((m) => ({ id: m.userId, label: `${m.name} (${m.email})` }));
  return (
    <section aria-labelledby="section-governance" className="form-section">
      <h2 id="section-governance">Gouvernance</h2>
      <RepeatableRows
        legend="Pilotes"
        {...f('pilots')}
        hint="Liez un pilote à son compte pour qu’il retrouve ses actions (et puisse les modifier s’il est limité à celles-ci)."
        items={draft.pilots}
        onChange={(v) => set('pilots', v)}
        create={(): Draft['pilots'][number] => ({ name: '', organisation: '' })}
        addLabel="Ajouter un pilote"
        rowName={(i) => `le pilote ${i + 1}`}
        renderRow={(p, i, update) => (
          <>
            <TextField label="Nom" isRequired value={p.name} onChange={(name) => update({ name })} {...f(`pilots.${i}.name`)} />
            <TextField label="Organisme" value={p.organisation} onChange={(organisation) => update({ organisation })} {...f(`pilots.${i}.organisation`)} />
            {memberOptions.length > 0 && (
              <SelectField
                label="Compte lié"
                options={memberOptions}
                value={p.userId ?? null}
                emptyLabel="Aucun"
                onChange={(userId) => {
                  const m = members.find((x) => x.userId === userId);
                  update({ userId: userId ?? undefined, name: p.name.trim() || !m ? p.name : m.name });
                }}
                {...f(`pilots.${i}.userId`)}
              />
            )}
          </>
        )}
      />
      <TextField label="Maître d’ouvrage" description="L’organisme qui porte l’action." value={draft.ownerName} onChange={(v) => set('ownerName', v)} {...f('ownerName')} />
      <RepeatableRows
        legend="Partenaires"
        {...f('partners')}
        items={draft.partners}
        onChange={(v) => set('partners', v)}
        create={() => ({ name: '' })}
        addLabel="Ajouter un partenaire"
        rowName={(i) => `le partenaire ${i + 1}`}
        renderRow={(p, i, update) => <TextField label="Nom du partenaire" isRequired value={p.name} onChange={(name) => update({ name })} {...f(`partners.${i}.name`)} />}
      />
      <RepeatableRows
        legend="Financeurs"
        {...f('funders')}
        items={draft.funders}
        onChange={(v) => set('funders', v)}
        create={() => ({ name: '', amountEur: '' })}
        addLabel="Ajouter un financeur"
        rowName={(i) => `le financeur ${i + 1}`}
        renderRow={(p, i, update) => (
          <>
            <TextField label="Nom du financeur" isRequired value={p.name} onChange={(name) => update({ name })} {...f(`funders.${i}.name`)} />
            <TextField label="Montant (€)" inputMode="decimal" value={p.amountEur} onChange={(amountEur) => update({ amountEur })} {...f(`funders.${i}.amountEur`)} />
          </>
        )}
      />
    </section>
  );
}
