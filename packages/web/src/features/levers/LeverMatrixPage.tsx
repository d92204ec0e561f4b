import { useState } from 'react';
import { Icon } from '../../ui/Icon';
import { useResource } from '../../api/use-resource';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Checkbox } from '../../ui/Checkbox';
import { PageHeader } from '../../ui/PageTitle';
import { formatNumber } from '../../format';
import { getPlan } from '../plans/api';
import { getLeverMatrix } from './api';
import { LeverMatrixTable } from './LeverMatrixTable';

export function LeverMatrixPage({ planId }: { planId: string }) {
  const plan = useResource((signal) => getPlan(planId, signal), [planId]);
  const matrix = useResource((signal) => getLeverMatrix(planId, signal), [planId]);
  const [onlyGaps, setOnlyGaps] = useState(false);
  return (
    <Async resource={plan}>
      {(p) => (
        <>
          <Breadcrumbs items={[{ label: p.title, href: `/plans/${p.id}` }, { label: 'Matrice des leviers' }]} />
          <PageHeader title="Matrice des leviers COP" kicker={p.title}>
            <p>Les 43 leviers de la planification écologique, par secteur et par dimension. Un levier est couvert quand au moins une action non abandonnée s’y rattache.</p>
          </PageHeader>
          <Async resource={matrix}>
            {(m) => (
              <>
                <ul className="counts">
                  <li>Leviers couverts : <strong>{formatNumber(m.coveredLeverCount)}</strong> sur {formatNumber(m.leverCount)}</li>
                  <li>
                    <Icon name="warning" /> Leviers non couverts : <strong>{formatNumber(m.leverCount - m.coveredLeverCount)}</strong>
                  </li>
                  <li>Actions rattachées à un levier : <strong>{formatNumber(m.taggedActionCount)}</strong></li>
                </ul>
                <Checkbox isSelected={onlyGaps} onChange={setOnlyGaps}>Afficher uniquement les leviers non couverts</Checkbox>
                <LeverMatrixTable matrix={m} onlyGaps={onlyGaps} />
                <p className="small muted">Référentiel des leviers : version {m.leverSetVersion}.</p>
              </>
            )}
          </Async>
        </>
      )}
    </Async>
  );
}
