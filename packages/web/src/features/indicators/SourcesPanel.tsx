import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { errorText } from '../../ui/AsyncState';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { formatDate } from '../../format';
import { setPreferredSource, type IndicatorView } from './api';
import { sourceLabel } from './series';

const AUTO = 'auto';

/** The sources of the indicator's values and, for editors, the choice of the one the status is judged on. */
export function SourcesPanel({ orgId, view, canChoose, onChanged }: { orgId: string; view: IndicatorView; canChoose: boolean; onChanged: () => void }) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = view.preferredSource?.reason === 'preference' ? view.preferredSource.sourceId : AUTO;
  const choose = async (value: string) => {
    setSaving(true);
    setError(null);
    try {
      await setPreferredSource(orgId, view.territoryId, view.indicator.code, value === AUTO ? null : value);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  const withObserved = view.series.filter((s) => s.observed.length);
  return (
    <section aria-labelledby="sources-title" className="stack">
      <h2 id="sources-title">Sources</h2>
      <ul className="plain-list stack">
        {view.series.map(({ source: s, observed, target, estimate }) => (
          <li key={s.id}>
            <strong>{s.producer}</strong>
            {view.preferredSource?.sourceId === s.id && <span className="badge">Source retenue</span>}
            <ul className="small plain-list">
              <li>Jeu de données : {s.dataset || '—'}</li>
              {s.method && <li>Méthode : {s.method}</li>}
              <li>Version : {s.versionDate ? formatDate(s.versionDate) : 'non datée'}</li>
              <li>Licence : {s.licence || 'non précisée'}</li>
              {s.url && <li>Adresse : <a href={s.url}>{s.url}</a></li>}
              <li>
                Valeurs : {observed.length} observée(s), {target.length} cible(s), {estimate.length} estimation(s)
                {s.shared ? ' — source partagée' : ' — importée par votre organisation'}
              </li>
            </ul>
          </li>
        ))}
      </ul>
      {canChoose && withObserved.length > 1 && (
        <>
          <RadioGroupField
            label="Source utilisée pour la tendance et la situation"
            value={current}
            onChange={(v) => void choose(v)}
            options={[
              { id: AUTO, label: 'Automatique', description: 'la version la plus récente' },
              ...withObserved.map((s) => ({ id: s.source.id, label: sourceLabel(s.source) })),
            ]}
          />
          {saving && <p role="status" className="small">Enregistrement…</p>}
          {error && <Alert tone="error" live>{error}</Alert>}
        </>
      )}
    </section>
  );
}
