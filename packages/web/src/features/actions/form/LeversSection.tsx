import { PORTEUR_LEVERS } from '@trajectoire/domain';
import { CheckboxGroupField } from '../../../ui/Checkbox';
import { optionsFrom } from '../../../ui/SelectField';
import { PORTEUR_LEVER_LABELS } from '../../../labels';
import { CopLeverPicker } from '../../levers/CopLeverPicker';
import { fieldProps, type SectionProps } from './types';

export function LeversSection({ draft, set, errors }: SectionProps) {
  const f = (path: string) => fieldProps(errors, path);
  return (
    <section aria-labelledby="section-levers" className="form-section">
      <h2 id="section-levers">Leviers</h2>
      <CheckboxGroupField
        label="Leviers du porteur"
        description="Comment le maître d’ouvrage agit."
        columns
        options={optionsFrom(PORTEUR_LEVERS, PORTEUR_LEVER_LABELS)}
        value={draft.porteurLevers}
        onChange={(v) => set('porteurLevers', v)}
        {...f('porteurLevers')}
      />
      <CopLeverPicker value={draft.copLevers} onChange={(v) => set('copLevers', v)} {...f('copLevers')} />
    </section>
  );
}
