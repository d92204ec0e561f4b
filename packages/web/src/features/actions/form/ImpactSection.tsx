import { BUDGET_KINDS, BUDGET_NATURES, BUDGET_UNITS } from '@trajectoire/domain';
import { SelectField, optionsFrom } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { BUDGET_KIND_LABELS, BUDGET_NATURE_LABELS, BUDGET_UNIT_LABELS } from '../../../labels';
import type { Draft } from '../form-model';
import { RepeatableRows } from '../RepeatableRows';
import { fieldProps, type SectionProps } from './types';

type Budget = Draft['budgets'][number];

export function ImpactSection({ draft, set, errors }: SectionProps) {
  const f = (path: string) => fieldProps(errors, path);
  return (
    <section aria-labelledby="section-impact" className="form-section">
      <h2 id="section-impact">Impact et budget</h2>
      <div className="form-grid">
        <TextField label="Émissions évitées (tCO₂e par an)" inputMode="decimal" value={draft.impactTco2ePerYear} onChange={(v) => set('impactTco2ePerYear', v)} {...f('impactTco2ePerYear')} />
        <TextField label="Énergie économisée ou produite (MWh par an)" inputMode="decimal" value={draft.impactMwhPerYear} onChange={(v) => set('impactMwhPerYear', v)} {...f('impactMwhPerYear')} />
      </div>
      <TextField label="Note sur l’impact" description="Hypothèses, sources, méthode de calcul." multiline rows={3} value={draft.impactNote} onChange={(v) => set('impactNote', v)} {...f('impactNote')} />
      <RepeatableRows
        legend="Lignes budgétaires"
        {...f('budgets')}
        items={draft.budgets}
        onChange={(v) => set('budgets', v)}
        create={(): Budget => ({ year: String(new Date().getFullYear()), nature: 'investment', kind: 'planned', unit: 'eur', amount: '' })}
        addLabel="Ajouter une ligne budgétaire"
        rowName={(i) => `la ligne budgétaire ${i + 1}`}
        renderRow={(b, i, update) => (
          <>
            <TextField label="Année" inputMode="numeric" isRequired value={b.year} onChange={(year) => update({ year })} {...f(`budgets.${i}.year`)} />
            <SelectField label="Nature" options={optionsFrom(BUDGET_NATURES, BUDGET_NATURE_LABELS)} value={b.nature} onChange={(v) => v && update({ nature: v as Budget['nature'] })} />
            <SelectField label="Type" options={optionsFrom(BUDGET_KINDS, BUDGET_KIND_LABELS)} value={b.kind} onChange={(v) => v && update({ kind: v as Budget['kind'] })} />
            <SelectField label="Unité" options={optionsFrom(BUDGET_UNITS, BUDGET_UNIT_LABELS)} value={b.unit} onChange={(v) => v && update({ unit: v as Budget['unit'] })} />
            <TextField label="Montant" inputMode="decimal" isRequired value={b.amount} onChange={(amount) => update({ amount })} {...f(`budgets.${i}.amount`)} />
          </>
        )}
      />
    </section>
  );
}
