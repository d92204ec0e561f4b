import { useEffect, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, FieldError, type Key } from 'react-aria-components';
import { listActions } from '../plans/api';
import type { Action } from './api';

/** Chooses an action of the plan by typing part of its reference or title. */
export function ActionPicker({ planId, label, onSelect, error, excludeId }: { planId: string; label: string; onSelect: (a: Action | null) => void; error?: string; excludeId?: string }) {
  const [text, setText] = useState('');
  const [items, setItems] = useState<Action[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      listActions(planId, text.trim() ? { q: text.trim() } : {}, null, controller.signal).then(
        (page) => setItems(page.items.filter((a) => a.id !== excludeId).slice(0, 30)),
        () => undefined,
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [planId, text, excludeId]);
  const choose = (key: Key | null) => onSelect(items.find((a) => a.id === key) ?? null);
  return (
    <ComboBox className="field react-aria-ComboBox" items={items} inputValue={text} onInputChange={setText} onSelectionChange={choose} isInvalid={Boolean(error)} validationBehavior="aria" menuTrigger="focus">
      <Label>{label}</Label>
      <Text slot="description">Saisissez une partie de la référence ou du titre.</Text>
      <div className="combobox__input-wrap">
        <Input />
        <Button aria-label="Afficher les actions">▾</Button>
      </div>
      <FieldError>{error}</FieldError>
      <Popover>
        <ListBox renderEmptyState={() => <p className="muted" style={{ padding: 'var(--space-2)' }}>Aucune action trouvée.</p>}>
          {(a: Action) => (
            <ListBoxItem id={a.id} textValue={a.ref ? `${a.ref} ${a.title}` : a.title}>
              {a.ref && <span className="muted">{a.ref} · </span>}
              {a.title}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
