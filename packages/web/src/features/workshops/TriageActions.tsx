import { isApiError } from '../../api/client';
import { plural } from '../../format';
import type { PlanDetail } from '../plans/api';
import { merge, retain, setAside, type Proposal, type WorkshopDetail } from './api';
import { MergeDialog, type MergeChoice } from './MergeDialog';
import { RetainDialog, SetAsideDialog } from './TriageDialogs';

export type TriageKind = 'retain' | 'merge' | 'set_aside';

interface Props {
  kind: TriageKind;
  workshop: WorkshopDetail;
  plan: PlanDetail;
  proposals: Proposal[];
  onClose: () => void;
  onDone: (announcement: string) => void;
  onStale: () => void;
}

/** Someone else triaged meanwhile: reload the board so the facilitator sees the current state, then explain. */
function explainConflict(e: unknown, onStale: () => void): never {
  if (isApiError(e) && (e.status === 409 || e.code === 'already_triaged')) {
    onStale();
    throw new Error(
      'Une ou plusieurs propositions ont été triées ou modifiées entre-temps par quelqu’un d’autre. Le tableau a été rechargé : vérifiez puis recommencez.',
    );
  }
  throw e;
}

/** Runs one triage decision on the selected proposals through its dialog. */
export function TriageActions({ kind, workshop, plan, proposals, onClose, onDone, onStale }: Props) {
  if (kind === 'retain')
    return (
      <RetainDialog proposals={proposals} axes={plan.axes} onClose={onClose}
        onConfirm={async (axisId) => {
          // One decision per proposal (the API retains one at a time); stop at the first failure.
          for (const p of proposals) await retain(workshop.id, { proposalId: p.id, version: p.version, axisId }).catch((e) => explainConflict(e, onStale));
          onDone(`${plural(proposals.length, 'proposition retenue', 'propositions retenues')} : actions créées.`);
        }} />
    );
  if (kind === 'set_aside')
    return (
      <SetAsideDialog proposals={proposals} axes={plan.axes} onClose={onClose}
        onConfirm={async (reason) => {
          for (const p of proposals) await setAside(workshop.id, { proposalId: p.id, version: p.version, reason }).catch((e) => explainConflict(e, onStale));
          onDone(`${plural(proposals.length, 'proposition écartée', 'propositions écartées')}.`);
        }} />
    );
  return (
    <MergeDialog proposals={proposals} axes={plan.axes} planId={plan.id} onClose={onClose}
      onConfirm={async (choice: MergeChoice) => {
        const ids = { proposalIds: proposals.map((p) => p.id), versions: proposals.map((p) => p.version) };
        const body =
          choice.mode === 'new'
            ? { ...ids, action: { title: choice.title, objectives: choice.objectives, axisId: choice.axisId } }
            : { ...ids, targetActionId: choice.target.id, targetVersion: choice.target.version };
        const r = await merge(workshop.id, body).catch((e) => explainConflict(e, onStale));
        onDone(`${plural(proposals.length, 'proposition fusionnée', 'propositions fusionnées')} dans « ${r.action?.title ?? ''} ».`);
      }} />
  );
}
