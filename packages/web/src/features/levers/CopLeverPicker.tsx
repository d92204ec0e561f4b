import { CheckboxGroup, Label, Text } from 'react-aria-components';
import { COP_LEVER_SET, COP_SECTORS } from '@trajectoire/domain';
import { Checkbox } from '../../ui/Checkbox';
import { DIMENSION_LABELS, SECTOR_LABELS } from '../../labels';

/** The 43 COP levers as checkboxes, one fieldset per sector; each lever tells its dimensions. */
export function CopLeverPicker({ id, value, onChange, error }: { id?: string; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  return (
    <CheckboxGroup id={id} className="field react-aria-CheckboxGroup" value={value} onChange={onChange} isInvalid={Boolean(error)} validationBehavior="aria">
      <Label>Leviers de la planification écologique (COP)</Label>
      <Text slot="description">{value.length ? `${value.length} levier(s) choisi(s).` : 'Aucun levier choisi.'}</Text>
      <div className="lever-picker">
        {COP_SECTORS.map((sector) => (
          <fieldset key={sector}>
            <legend>{SECTOR_LABELS[sector]}</legend>
            {COP_LEVER_SET.levers
              .filter((l) => l.sector === sector)
              .map((l) => (
                <Checkbox key={l.code} value={l.code}>
                  {l.labelFr}
                  <span className="small muted"> — {l.dimensions.map((d) => DIMENSION_LABELS[d]).join(', ')}</span>
                </Checkbox>
              ))}
          </fieldset>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </CheckboxGroup>
  );
}
