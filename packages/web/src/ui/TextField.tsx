import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  description?: string;
  error?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'number' | 'search';
  isRequired?: boolean;
  isDisabled?: boolean;
  isReadOnly?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'url';
  placeholder?: string;
  className?: string;
  name?: string;
}

/**
 * Labelled text input. Errors come from our own validation (client or server): `aria` behaviour keeps native
 * browser bubbles away and exposes the message through aria-describedby and aria-invalid.
 */
export function TextField({ label, description, error, multiline, rows, isRequired, className, placeholder, ...rest }: TextFieldProps) {
  return (
    <AriaTextField
      className={['field', className].filter(Boolean).join(' ')}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isRequired={isRequired}
      {...rest}
    >
      <Label>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {description && <Text slot="description">{description}</Text>}
      {multiline ? <TextArea rows={rows ?? 4} placeholder={placeholder} /> : <Input placeholder={placeholder} />}
      <FieldError>{error}</FieldError>
    </AriaTextField>
  );
}
