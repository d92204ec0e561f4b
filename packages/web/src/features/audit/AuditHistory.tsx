import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorState, Loading } from '../../ui/AsyncState';
import { AUDIT_ACTION_LABELS, labelOf } from '../../labels';
import { formatDateTime } from '../../format';
import { listAudit, type AuditEntry } from './api';
import { diffSnapshots } from './changes';

interface Props {
  organisationId: string;
  entityType: string;
  entityId: string;
  fieldLabel: (field: string) => string;
  display: (field: string, value: unknown) => string;
}

/** History of one record from the organisation's audit log, newest first. */
export function AuditHistory({ organisationId, entityType, entityId, fieldLabel, display }: Props) {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(
    async (from: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await listAudit(organisationId, { entityType, entityId }, from);
        setEntries((prev) => (from ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [organisationId, entityType, entityId],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <div>
      {entries.length === 0 && !loading && !error && <p className="empty">Aucun historique.</p>}
      <ol className="audit-list">
        {entries.map((e) => {
          const changes = e.action === 'update' ? diffSnapshots(e.before, e.after, fieldLabel, display) : [];
          return (
            <li key={e.id} className="audit-list__item">
              <p>
                <strong>{labelOf(AUDIT_ACTION_LABELS, e.action)}</strong> — {formatDateTime(e.at)}, par {e.actor.label}
              </p>
              {changes.length > 0 && (
                <ul className="small">
                  {changes.map((c) => (
                    <li key={c.field}>
                      {c.field}
                      {c.before !== undefined ? ` : « ${c.before || 'vide'} » → « ${c.after || 'vide'} »` : ' modifié'}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {loading && <Loading label="Chargement de l’historique…" />}
      {error !== null && <ErrorState error={error} onRetry={() => load(cursor)} />}
      {cursor && !loading && (
        <Button variant="secondary" small onPress={() => load(cursor)}>
          Afficher les modifications plus anciennes
        </Button>
      )}
    </div>
  );
}
