import { Link } from '../../router';
import { ButtonLink } from '../../ui/Button';
import { formatDate } from '../../format';
import type { Action } from './api';
import { LateBadge, StatusBadge } from './StatusBadge';

/** Sub-actions (one level) with a shortcut to create another. */
export function SubActions({ action, subActions, canCreate }: { action: Action; subActions: Action[]; canCreate: boolean }) {
  return (
    <section aria-labelledby="sheet-sub" className="sheet-section">
      <div className="spread">
        <h2 id="sheet-sub">Sous-actions ({subActions.length})</h2>
        {canCreate && (
          <ButtonLink small href={`/plans/${action.planId}/actions/nouvelle?parent=${action.id}`}>
            Ajouter une sous-action
          </ButtonLink>
        )}
      </div>
      {subActions.length === 0 ? (
        <p className="small muted">Aucune sous-action.</p>
      ) : (
        <ul className="plain-list">
          {subActions.map((s) => (
            <li key={s.id} className="cluster">
              <Link href={`/actions/${s.id}`}>{s.ref ? `${s.ref} — ` : ''}{s.title}</Link>
              <StatusBadge status={s.status} />
              {s.late && <LateBadge />}
              {s.endDate && <span className="small muted">fin : {formatDate(s.endDate)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
