import { useEffect, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import type { TerritoryKind } from '@trajectoire/domain';
import { useNavigate } from '../../router';
import { errorText } from '../../ui/AsyncState';
import { TERRITORY_KIND_LABELS } from '../../labels';
import { formatNumber, plural } from '../../format';
import { searchTerritories, territoryPath, type Territory } from './api';

function describe(t: Territory): string {
  const parts = [TERRITORY_KIND_LABELS[t.kind], t.kind === 'epci' ? `SIREN ${t.code}` : t.code];
  if (t.departementCode && t.kind !== 'departement') parts.push(`dép. ${t.departementCode}`);
  if (t.population) parts.push(`${formatNumber(t.population)} hab.`);
  return parts.join(' · ');
}

/** Territory combobox: results ranked by the server (exact codes, then name prefixes, then similar names). */
export function TerritorySearch({ kind }: { kind: TerritoryKind | null }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Territory[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const q = query.trim();
    setItems([]);
    if (q.length < 2) {
      setStatus(q ? 'Saisissez au moins deux caractères.' : '');
      return;
    }
    const controller = new AbortController();
    // Debounced so that typing "Poitiers" sends one request, not eight.
    const timer = setTimeout(() => {
      setStatus('Recherche…');
      searchTerritories(q, kind, controller.signal).then(
        (r) => {
          setItems(r.items);
          setStatus(r.items.length ? `${plural(r.items.length, 'résultat')}.` : 'Aucun territoire ne correspond à cette recherche.');
        },
        (e) => {
          if ((e as Error).name !== 'AbortError') setStatus(errorText(e));
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kind]);

  const onSelect = (key: Key | null) => {
    if (key !== null) navigate(territoryPath(String(key)));
  };

  return (
    <ComboBox
      className="field react-aria-ComboBox"
      items={items}
      inputValue={query}
      onInputChange={setQuery}
      onSelectionChange={onSelect}
      menuTrigger="input"
      allowsEmptyCollection
    >
      <Label>Nom, code INSEE, code postal ou SIREN</Label>
      <Text slot="description">Par exemple « Poitiers », « 86194 », « 75011 » ou « 200054781 ».</Text>
      <div className="combobox__input-wrap">
        <Input placeholder="Rechercher un territoire" />
        <Button aria-label="Afficher les résultats">▾</Button>
      </div>
      <p className="small muted" role="status" aria-live="polite">
        {status}
      </p>
      <Popover>
        <ListBox renderEmptyState={() => <p className="muted" style={{ padding: 'var(--space-2)' }}>{status || 'Aucun résultat.'}</p>}>
          {(t: Territory) => (
            <ListBoxItem id={t.id} textValue={t.name}>
              <span>{t.name}</span>
              <Text slot="description" className="muted">
                {describe(t)}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
