import { Checkbox as AriaCheckbox, CheckboxGroup, FieldError, Label, Text, type CheckboxProps } from 'react-aria-components';
import type { ReactNode } from 'react';
import type { Option } from './SelectField';

export function Checkbox({ children, ...rest }: Omit<CheckboxProps, 'children'> & { children: ReactNode }) {
  return (
    <AriaCheckbox {...rest}>
      {({ isSelected, isIndeterminate }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isIndeterminate ? '–' : isSelected ? '✓' : ''}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

export interface CheckboxGroupFieldProps {
  label: string;
  options: readonly Option[];
  value: string[];
  onChange: (value: string[]) => void;
  id?: string;
  description?: string;
  error?: string;
  columns?: boolean;
}

/** A labelled group of checkboxes for multi-valued enums (levers, publics…). */
export function CheckboxGroupField({ label, options, value, onChange, id, description, error, columns }: CheckboxGroupFieldProps) {
  return (
    <CheckboxGroup className="field react-aria-CheckboxGroup" value={value} onChange={onChange} isInvalid={Boolean(error)} validationBehavior="aria" id={id}>
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <div className={columns ? 'checkbox-columns' : undefined}>
        {options.map((o) => (
          <Checkbox key={o.id} value={o.id}>
            {o.label}
          </Checkbox>
        ))}
      </div>
      <FieldError>{error}</FieldError>
    </CheckboxGroup>
  );
}
