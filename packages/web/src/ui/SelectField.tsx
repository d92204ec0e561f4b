import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';

export interface Option {
  id: string;
  label: string;
  description?: string;
}

export interface SelectFieldProps {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  id?: string;
  description?: string;
  error?: string;
  placeholder?: string;
  /** Adds a first option that clears the value. */
  emptyLabel?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

const EMPTY = '__empty__';

/** Single choice among a short list of options (React Aria Select: button + listbox popover). */
export function SelectField({ label, options, value, onChange, description, error, placeholder, emptyLabel, isRequired, className, ...rest }: SelectFieldProps) {
  const items = emptyLabel ? [{ id: EMPTY, label: emptyLabel }, ...options] : options;
  const onSelectionChange = (key: Key | null) => onChange(key === null || key === EMPTY ? null : String(key));
  return (
    <Select
      className={['field', 'react-aria-Select', className].filter(Boolean).join(' ')}
      selectedKey={value ?? (emptyLabel ? EMPTY : null)}
      onSelectionChange={onSelectionChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      placeholder={placeholder ?? 'Choisir…'}
      {...rest}
    >
      <Label>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {description && <Text slot="description">{description}</Text>}
      <Button>
        {/* The button shows the label only, not the option's description. */}
        <SelectValue>{({ selectedText, isPlaceholder, defaultChildren }) => (isPlaceholder ? defaultChildren : selectedText)}</SelectValue>
        <span aria-hidden="true">▾</span>
      </Button>
      <FieldError>{error}</FieldError>
      <Popover>
        <ListBox items={items}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label}>
              <span>{item.label}</span>
              {item.description && (
                <Text slot="description" className="muted">
                  {item.description}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** Options from a label map, in the order of `codes`. */
export const optionsFrom = (codes: readonly string[], labels: Record<string, string>): Option[] =>
  codes.map((id) => ({ id, label: labels[id] ?? id }));
