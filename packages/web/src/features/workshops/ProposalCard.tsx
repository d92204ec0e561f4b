import { findCopLever } from '@trajectoire/domain';
import { Link } from '../../router';
import { Checkbox } from '../../ui/Checkbox';
import { PORTEUR_LEVER_LABELS } from '../../labels';
import type { Decision, Proposal } from './api';

interface Props {
  proposal: Proposal;
  decision?: Decision;
  selectable: boolean;
  selected: boolean;
  onSelectedChange: (selected: boolean) => void;
}

const hasDetails = (p: Proposal) =>
  Boolean(p.partnersText || p.leversText || p.copLevers.length || p.suggestedPorteurLevers.length || p.contributorName || p.contributorOrganisation);

/** One proposal of the board; pending ones can be selected for a triage decision. */
export function ProposalCard({ proposal: p, decision, selectable, selected, onSelectedChange }: Props) {
  const titleId = `proposal-${p.id}`;
  return (
    <li className={`card proposal${selected ? ' proposal--selected' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="proposal__title">{p.title}</h3>
      {selectable && (
        <Checkbox isSelected={selected} onChange={onSelectedChange} aria-label={`Sélectionner « ${p.title} »`}>
          <span aria-hidden="true">Sélectionner</span>
        </Checkbox>
      )}
      {p.objectives && <p className="small proposal__objectives">{p.objectives}</p>}
      {p.pilotText && <p className="small">Pilote pressenti : {p.pilotText}</p>}
      {hasDetails(p) && (
        <details className="proposal__details small">
          <summary>Détails<span className="visually-hidden"> de « {p.title} »</span></summary>
          <dl className="proposal__facts">
            {p.partnersText && (<><dt>Partenaires</dt><dd>{p.partnersText}</dd></>)}
            {p.leversText && (<><dt>Leviers évoqués</dt><dd>{p.leversText}</dd></>)}
            {p.suggestedPorteurLevers.length > 0 && (
              <><dt>Leviers du porteur suggérés</dt><dd>{p.suggestedPorteurLevers.map((l) => PORTEUR_LEVER_LABELS[l]).join(', ')}</dd></>
            )}
            {p.copLevers.length > 0 && (
              <><dt>Leviers COP</dt><dd>{p.copLevers.map((c) => findCopLever(c)?.labelFr ?? c).join(', ')}</dd></>
            )}
            {(p.contributorName || p.contributorOrganisation) && (
              <><dt>Proposée par</dt><dd>{[p.contributorName, p.contributorOrganisation].filter(Boolean).join(', ')}</dd></>
            )}
          </dl>
        </details>
      )}
      {decision?.actionId && (
        <p className="small">
          Action : <Link href={`/actions/${decision.actionId}`}>{decision.actionTitle ?? 'voir l’action'}</Link>
        </p>
      )}
      {decision?.kind === 'set_aside' && decision.reason && <p className="small">Motif : {decision.reason}</p>}
    </li>
  );
}
