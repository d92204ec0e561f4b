import { useEffect, useMemo, useState } from 'react';
import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { useNavigate } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button, ButtonLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageTitle';
import { PLAN_STATUS_LABELS, PLAN_TYPE_LABELS } from '../../labels';
import { useActor, useSession } from '../auth/session';
import { WorkshopsPanel } from '../workshops/WorkshopsPanel';
import { deletePlan, getPlan, updatePlan, type PlanDetail } from './api';
import { ActionList } from './ActionList';
import { AxisTree } from './AxisTree';
import { ExportMenu } from './ExportMenu';
import { FiltersPanel } from './FiltersPanel';
import { PlanCounts } from './PlanCounts';
import { PlanFormDialog } from './PlanFormDialog';
import { SavedViews } from './SavedViews';
import { flattenAxes } from './axis-tree';
import { useActionFilters } from './use-filters';

function PlanView({ plan, reload }: { plan: PlanDetail; reload: () => void }) {
  const actor = useActor(plan.organisationId);
  const { session } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters] = useActionFilters();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const axes = useMemo(() => new Map(flattenAxes(plan.axes).map((f) => [f.axis.id, f])), [plan.axes]);
  const allowed = (op: Parameters<typeof can>[1]) => Boolean(actor && can(actor, op));
  const orgName = session?.memberships.find((m) => m.organisationId === plan.organisationId)?.organisationName ?? 'Organisation';
  const years = plan.startYear || plan.endYear ? ` · ${plan.startYear ?? '…'} – ${plan.endYear ?? '…'}` : '';

  return (
    <>
      <Breadcrumbs items={[{ label: orgName, href: `/organisations/${plan.organisationId}` }, { label: plan.title }]} />
      <PageHeader title={plan.title} kicker={`${PLAN_TYPE_LABELS[plan.type]} · ${PLAN_STATUS_LABELS[plan.status]}${years}`}>
        {plan.description && <p>{plan.description}</p>}
      </PageHeader>
      <div className="cluster toolbar" role="group" aria-label="Outils du plan">
        {allowed('action.create') && <ButtonLink variant="primary" small href={`/plans/${plan.id}/actions/nouvelle`}>Nouvelle action</ButtonLink>}
        <ButtonLink small href={`/plans/${plan.id}/leviers`}>Matrice des leviers</ButtonLink>
        <ButtonLink small href={`/plans/${plan.id}/leviers/couverture`}>Couverture des leviers</ButtonLink>
        {allowed('import.run') && <ButtonLink small href={`/plans/${plan.id}/import`}>Importer</ButtonLink>}
        {allowed('export.run') && <ExportMenu planId={plan.id} />}
        {allowed('plan.update') && <Button variant="secondary" small onPress={() => setEditing(true)}>Modifier le plan</Button>}
        {allowed('plan.delete') && <Button variant="quiet" small onPress={() => setDeleting(true)}>Supprimer le plan</Button>}
      </div>
      <PlanCounts plan={plan} />
      <div className="two-columns">
        <div className="stack">
          <AxisTree plan={plan} filters={filters} canEdit={allowed('axis.write')} onChanged={reload} />
          <SavedViews planId={plan.id} filters={filters} canManage={allowed('view.manage')} />
        </div>
        <section aria-labelledby="actions-title" className="stack">
          <h2 id="actions-title">Actions</h2>
          <FiltersPanel filters={filters} onChange={setFilters} />
          <ActionList planId={plan.id} filters={filters} axes={axes} />
        </section>
      </div>
      <WorkshopsPanel planId={plan.id} canWrite={allowed('workshop.write')} />
      {editing && (
        <PlanFormDialog
          title="Modifier le plan"
          submitLabel="Enregistrer"
          initial={plan}
          isOpen
          onOpenChange={setEditing}
          onSubmit={async (input) => {
            await updatePlan(plan.id, { ...input, version: plan.version });
            reload();
          }}
        />
      )}
      <ConfirmDialog
        title="Supprimer ce plan ?"
        isOpen={deleting}
        onOpenChange={setDeleting}
        confirmLabel="Supprimer définitivement"
        onConfirm={async () => {
          await deletePlan(plan.id);
          navigate(`/organisations/${plan.organisationId}`);
        }}
      >
        <p>Le plan « {plan.title} », ses axes, ses {plan.actionCounts.total} actions, ses ateliers et ses vues seront supprimés.</p>
      </ConfirmDialog>
    </>
  );
}

export function PlanPage({ id }: { id: string }) {
  const plan = useResource((signal) => getPlan(id, signal), [id]);
  const { setCurrentOrganisationId, currentOrganisationId } = useSession();
  useEffect(() => {
    if (plan.data && plan.data.organisationId !== currentOrganisationId) setCurrentOrganisationId(plan.data.organisationId);
  }, [plan.data, currentOrganisationId, setCurrentOrganisationId]);
  return <Async resource={plan}>{(p) => <PlanView plan={p} reload={plan.reload} />}</Async>;
}
