import { useMemo, useState } from 'react';
import { can, PROPOSAL_STATUSES } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { PageHeader } from '../../ui/PageTitle';
import { PROPOSAL_STATUS_LABELS } from '../../labels';
import { formatDate, plural } from '../../format';
import { useActor } from '../auth/session';
import { getPlan, type PlanDetail } from '../plans/api';
import { getWorkshop, type Decision, type Proposal, type WorkshopDetail } from './api';
import { ProposalCard } from './ProposalCard';
import { DecisionList } from './DecisionList';
import { TriageActions, type TriageKind } from './TriageActions';
import { TriageToolbar } from './TriageToolbar';
import { ProposalDialog } from './ProposalDialog';
import { createProposal, undoDecision } from './api';

function Board({ workshop, plan, reload }: { workshop: WorkshopDetail; plan: PlanDetail; reload: () => void }) {
  const actor = useActor(workshop.organisationId);
  const canTriage = Boolean(actor && can(actor, 'proposal.triage'));
  const canPropose = Boolean(actor && can(actor, 'proposal.create'));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<TriageKind | 'propose' | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const all = useMemo(() => new Map(PROPOSAL_STATUSES.flatMap((s) => workshop.proposals[s]).map((p) => [p.id, p])), [workshop]);
  const decisions = useMemo(() => new Map(workshop.decisions.map((d) => [d.id, d])), [workshop]);
  const pending = workshop.proposals.pending;
  const chosen = pending.filter((p) => selected.has(p.id));
  const toggle = (p: Proposal, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(p.id);
      else next.delete(p.id);
      return next;
    });
  const done = (message: string) => {
    setSelected(new Set());
    setAnnouncement(message);
    reload();
  };

  return (
    <>
      <Breadcrumbs items={[{ label: plan.title, href: `/plans/${plan.id}` }, { label: `Atelier : ${workshop.theme}` }]} />
      <PageHeader title={workshop.theme} kicker={`Atelier${workshop.date ? ` du ${formatDate(workshop.date)}` : ''} · ${plan.title}`}>
        {workshop.description && <p>{workshop.description}</p>}
        {workshop.participants.length > 0 && <p className="small muted">{plural(workshop.participants.length, 'participant')}</p>}
      </PageHeader>
      <p role="status" className="visually-hidden">{announcement}</p>
      <TriageToolbar canTriage={canTriage} canPropose={canPropose} selectedCount={chosen.length} onOpen={setDialog} />
      <div className="board">
        {PROPOSAL_STATUSES.map((status) => {
          const items = workshop.proposals[status];
          return (
            <section key={status} className="board__column" aria-labelledby={`col-${status}`}>
              <h2 id={`col-${status}`} className="board__title">
                {PROPOSAL_STATUS_LABELS[status]} <span className="badge">{items.length}</span>
              </h2>
              {items.length === 0 ? (
                <p className="small muted">Aucune proposition.</p>
              ) : (
                <ul className="board__list">
                  {items.map((p) => (
                    <ProposalCard key={p.id} proposal={p} decision={p.decisionId ? decisions.get(p.decisionId) : undefined}
                      selectable={status === 'pending' && canTriage} selected={selected.has(p.id)} onSelectedChange={(on) => toggle(p, on)} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">Décisions</h2>
        <DecisionList decisions={workshop.decisions} proposals={all} canUndo={canTriage}
          onUndo={async (d: Decision) => {
            await undoDecision(d.id);
            done('Décision annulée : les propositions sont de nouveau à trier.');
          }} />
      </section>
      {dialog && dialog !== 'propose' && (
        <TriageActions kind={dialog} workshop={workshop} plan={plan} proposals={chosen} onClose={() => setDialog(null)} onDone={done} onStale={reload} />
      )}
      {dialog === 'propose' && (
        <ProposalDialog onClose={() => setDialog(null)} onCreate={async (input) => {
          await createProposal(workshop.id, input);
          done(`Proposition « ${input.title} » ajoutée.`);
        }} />
      )}
    </>
  );
}

export function WorkshopBoard({ id }: { id: string }) {
  const workshop = useResource((signal) => getWorkshop(id, signal), [id]);
  const planId = workshop.data?.planId;
  const plan = useResource((signal) => (planId ? getPlan(planId, signal) : Promise.resolve(undefined)), [planId]);
  return (
    <Async resource={workshop}>
      {(w) => (plan.data ? <Board workshop={w} plan={plan.data} reload={workshop.reload} /> : <Async resource={plan}>{() => null}</Async>)}
    </Async>
  );
}
