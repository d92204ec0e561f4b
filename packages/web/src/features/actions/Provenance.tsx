import { Link } from '../../router';
import { formatDate } from '../../format';
import type { ActionSource } from './api';

/** « Issue des propositions … »: the workshop proposals the action came from. */
export function Provenance({ sources }: { sources: ActionSource[] }) {
  if (!sources.length) return null;
  return (
    <section aria-labelledby="sheet-sources" className="sheet-section provenance">
      <h2 id="sheet-sources">Provenance</h2>
      <p>{sources.length > 1 ? 'Issue des propositions :' : 'Issue de la proposition :'}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.proposalId}>
            « {s.title} »
            {s.contributorName && ` (proposée par ${[s.contributorName, s.contributorOrganisation].filter(Boolean).join(', ')})`} — atelier{' '}
            <Link href={`/ateliers/${s.workshopId}`}>{s.workshopTheme}</Link>
            {s.workshopDate && ` du ${formatDate(s.workshopDate)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
