import { useCallback } from 'react';
import { ACTION_SORTS, ACTION_STATUSES, COP_DIMENSIONS, type ActionStatus, type CopDimension } from '@trajectoire/domain';
import { Button } from '../../ui/Button';
import { Checkbox, CheckboxGroupField } from '../../ui/Checkbox';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { ACTION_STATUS_LABELS, DIMENSION_LABELS } from '../../labels';
import { LeverSelect } from '../levers/LeverSelect';
import { DebouncedTextField } from './DebouncedTextField';
import { countFilters, type ActionFilters } from './filters';

const SORT_LABELS: Record<string, string> = {
  position: 'Ordre du plan',
  title: 'Titre (A → Z)',
  endDate: 'Date de fin',
  updatedAt: 'Dernière modification',
};

export interface FiltersPanelProps {
  filters: ActionFilters;
  onChange: (next: ActionFilters, options?: { replace?: boolean }) => void;
}

/** Filter controls of the action list; every change is reflected in the URL by the caller. */
export function FiltersPanel({ filters, onChange }: FiltersPanelProps) {
  const set = useCallback(
    <K extends keyof ActionFilters>(key: K, value: ActionFilters[K], replace = false) => onChange({ ...filters, [key]: value }, { replace }),
    [filters, onChange],
  );
  const text = (key: 'q' | 'pilot' | 'partner') => (v: string) => set(key, v.trim() || undefined, true);
  const active = countFilters(filters);
  return (
    <section aria-labelledby="filters-title" className="filters card">
      <div className="spread">
        <h2 id="filters-title" className="filters__title">
          Filtres{active > 0 && <span className="badge">{active} actif{active > 1 ? 's' : ''}</span>}
        </h2>
        {active > 0 && (
          <Button variant="quiet" small onPress={() => onChange({ sort: filters.sort, order: filters.order })}>
            Effacer les filtres
          </Button>
        )}
      </div>
      <div className="filters__grid">
        <DebouncedTextField label="Rechercher (référence, titre, description)" type="search" value={filters.q ?? ''} onCommit={text('q')} />
        <LeverSelect value={filters.copLever ?? []} onChange={(codes) => set('copLever', codes.length ? (codes as ActionFilters['copLever']) : undefined)} />
        <DebouncedTextField label="Pilote" value={filters.pilot ?? ''} onCommit={text('pilot')} />
        <DebouncedTextField label="Partenaire ou financeur" value={filters.partner ?? ''} onCommit={text('partner')} />
        <SelectField
          label="Trier par"
          options={optionsFrom(ACTION_SORTS, SORT_LABELS)}
          value={filters.sort ?? 'position'}
          onChange={(v) => set('sort', v && v !== 'position' ? (v as ActionFilters['sort']) : undefined)}
        />
      </div>
      <div className="filters__groups">
        <CheckboxGroupField
          label="Statut"
          columns
          options={optionsFrom(ACTION_STATUSES, ACTION_STATUS_LABELS)}
          value={filters.status ?? []}
          onChange={(v) => set('status', v.length ? (v as ActionStatus[]) : undefined)}
        />
        <CheckboxGroupField
          label="Dimension"
          options={optionsFrom(COP_DIMENSIONS, DIMENSION_LABELS)}
          value={filters.dimension ?? []}
          onChange={(v) => set('dimension', v.length ? (v as CopDimension[]) : undefined)}
        />
        <div className="field">
          <span className="field__label">Échéance</span>
          <Checkbox isSelected={filters.late === true} onChange={(v) => set('late', v ? true : undefined)}>
            En retard uniquement
          </Checkbox>
        </div>
      </div>
    </section>
  );
}
