import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';

interface Props<T> {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  create: () => T;
  addLabel: string;
  /** Accessible name of a row: "pilote 2". */
  rowName: (index: number) => string;
  renderRow: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  error?: string;
  id?: string;
  hint?: string;
}

/** A fieldset of rows that can be added and removed; focus follows so keyboard users never land nowhere. */
export function RepeatableRows<T>({ legend, items, onChange, create, addLabel, rowName, renderRow, error, id, hint }: Props<T>) {
  const box = useRef<HTMLFieldSetElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusRow === null || !box.current) return;
    const target =
      focusRow === 'add'
        ? box.current.querySelector<HTMLElement>('.repeat-add')
        : box.current.querySelectorAll('.repeat-row')[focusRow]?.querySelector<HTMLElement>('input, textarea, button');
    target?.focus();
    setFocusRow(null);
  }, [focusRow, items.length]);

  const update = (i: number) => (patch: Partial<T>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const remove = (i: number) => {
    onChange(items.filter((_, j) => j !== i));
    setFocusRow(items.length > 1 ? Math.max(0, i - 1) : 'add');
  };
  return (
    <fieldset ref={box} id={id} className="repeat" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="small muted">{hint}</p>}
      {items.length === 0 && <p className="small muted">Aucun élément.</p>}
      {items.map((item, i) => (
        <div className="repeat-row" key={i} role="group" aria-label={rowName(i)}>
          {renderRow(item, i, update(i))}
          <Button variant="quiet" small onPress={() => remove(i)} aria-label={`Retirer ${rowName(i)}`}>
            Retirer
          </Button>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <Button
        variant="secondary"
        small
        className="repeat-add"
        onPress={() => {
          onChange([...items, create()]);
          setFocusRow(items.length);
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
