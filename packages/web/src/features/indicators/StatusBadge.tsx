import type { TrackStatus } from './api';
import { STATUS_ICONS, STATUS_LABELS } from './format';

/** Status against the objective: an icon and words, the colour only repeats them. */
export function TrackBadge({ status }: { status: TrackStatus | null }) {
  if (!status) return <span className="badge">Sans objectif</span>;
  return (
    <span className={`badge badge--track-${status}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** "↘ En baisse : −2,3 % par an (2018–2022)"; the arrow is decorative, the words say it. */
export function TrendLine({ arrow, text }: { arrow: string; text: string }) {
  return (
    <span className="trend">
      <span className="trend__arrow" aria-hidden="true">{arrow}</span> {text}
    </span>
  );
}
