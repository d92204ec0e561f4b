import { useState } from 'react';
import { Link } from '../../router';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/AsyncState';
import { DECISION_KIND_LABELS } from '../../labels';
import { formatDateTime } from '../../format';
import type { Decision, Proposal } from './api';

interface Props {
  decisions: Decision[];
  proposals: Map<string, Proposal>;
  canUndo: boolean;
  onUndo: (d: Decision) => Promise<void>;
}

/** The triage history: what was decided, on which proposals, by whom, when and why; undo while still possible. */
export function DecisionList({ decisions, proposals, canUndo, onUndo }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; text: string } | null>(null);
  const undo = async (d: Decision) => {
    setBusy(d.id);
    setError(null);
    try {
      await onUndo(d);
    } catch (e) {
      setError({ id: d.id, text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };
  if (!decisions.length) return <p className="empty">Aucune décision pour l’instant.</p>;
  const newestFirst = [...decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
  return (
    <ol className="decisions" aria-label="Décisions, de la plus récente à la plus ancienne">
      {newestFirst.map((d) => (
        <li key={d.id} className="card">
          <p>
            <strong>{DECISION_KIND_LABELS[d.kind]}</strong>
            <span className="small muted">
              {' '}
              — {formatDateTime(d.decidedAt)}
              {d.decidedBy && ` par ${d.decidedBy.name}`}
            </span>
          </p>
          <ul className="small">
            {d.proposalIds.map((id) => (
              <li key={id}>{proposals.get(id)?.title ?? 'Proposition supprimée'}</li>
            ))}
          </ul>
          {d.actionId && (
            <p className="small">
              {d.createdAction ? 'Action créée' : 'Intégrée à l’action'} : <Link href={`/actions/${d.actionId}`}>{d.actionTitle ?? 'voir l’action'}</Link>
            </p>
          )}
          {d.reason && <p className="small">Motif : {d.reason}</p>}
          {canUndo && d.undoable && (
            <Button variant="secondary" small onPress={() => undo(d)} isDisabled={busy === d.id}>
              Annuler cette décision
            </Button>
          )}
          {canUndo && !d.undoable && d.actionId && (
            <p className="small muted">Annulation impossible : l’action a été modifiée depuis.</p>
          )}
          {error?.id === d.id && <p role="alert" className="field__error">{error.text}</p>}
        </li>
      ))}
    </ol>
  );
}
