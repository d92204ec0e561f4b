import { ACTION_STATUSES } from '@trajectoire/domain';
import { Link } from '../../router';
import { Icon } from '../../ui/Icon';
import { ACTION_STATUS_LABELS } from '../../labels';
import { formatNumber } from '../../format';
import type { PlanDetail } from './api';
import { filtersToSearch } from './filters';

/** Action counts by status; each count links to the list filtered on it. */
export function PlanCounts({ plan }: { plan: PlanDetail }) {
  const { total, byStatus, late } = plan.actionCounts;
  return (
    <ul className="counts" aria-label="Nombre d’actions par statut">
      <li>
        Total : <strong>{formatNumber(total)}</strong>
      </li>
      {ACTION_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0).map((s) => (
        <li key={s}>
          <Link href={`?${filtersToSearch({ status: [s] })}`}>
            {ACTION_STATUS_LABELS[s]} : <strong>{formatNumber(byStatus[s] ?? 0)}</strong>
          </Link>
        </li>
      ))}
      {late > 0 && (
        <li>
          <Link href={`?${filtersToSearch({ late: true })}`}>
            <Icon name="clock" /> En retard : <strong>{formatNumber(late)}</strong>
          </Link>
        </li>
      )}
    </ul>
  );
}
