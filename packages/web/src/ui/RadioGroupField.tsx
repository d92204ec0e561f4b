import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { Option } from './SelectField';

export interface RadioGroupFieldProps {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  error?: string;
  id?: string;
  orientation?: 'horizontal' | 'vertical';
}

export function RadioGroupField({ label, options, value, onChange, description, error, id, orientation = 'vertical' }: RadioGroupFieldProps) {
  return (
    <RadioGroup
      id={id}
      className="field react-aria-RadioGroup"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      orientation={orientation}
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <div className={orientation === 'horizontal' ? 'cluster' : undefined}>
        {options.map((o) => (
          <Radio key={o.id} value={o.id}>
            <span className="radio__dot" aria-hidden="true" />
            <span>
              {o.label}
              {o.description && <span className="small muted"> — {o.description}</span>}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError>{error}</FieldError>
    </RadioGroup>
  );
}
