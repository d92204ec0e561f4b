import { Icon } from '../../ui/Icon';
import type { ActionStatus } from '@trajectoire/domain';
import { ACTION_STATUS_LABELS } from '../../labels';

export function StatusBadge({ status }: { status: ActionStatus }) {
  return <span className={`badge badge--status-${status}`}>{ACTION_STATUS_LABELS[status]}</span>;
}

/** Lateness shown with an icon and words, never by colour alone. */
export function LateBadge() {
  return (
    <span className="badge badge--late">
      <Icon name="clock" /> En retard
    </span>
  );
}
