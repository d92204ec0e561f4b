import { useState } from 'react';
import { TERRITORY_KINDS, type TerritoryKind } from '@trajectoire/domain/enums';
import { PageHeader } from '../../ui/PageTitle';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { TERRITORY_KIND_LABELS } from '../../labels';
import { TerritorySearch } from './TerritorySearch';

export function TerritorySearchPage() {
  const [kind, setKind] = useState<TerritoryKind | null>(null);
  return (
    <>
      <PageHeader title="Rechercher un territoire">
        <p>Communes, intercommunalités, départements et régions de France (code officiel géographique).</p>
      </PageHeader>
      <div className="search-grid">
        <TerritorySearch kind={kind} />
        <SelectField
          label="Type de territoire"
          options={optionsFrom(TERRITORY_KINDS, TERRITORY_KIND_LABELS)}
          value={kind}
          onChange={(v) => setKind(v as TerritoryKind | null)}
          emptyLabel="Tous les types"
        />
      </div>
    </>
  );
}
