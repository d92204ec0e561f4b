import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { useNavigate } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button, ButtonLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageTitle';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS, labelOf } from '../../labels';
import { formatDate, formatDateTime } from '../../format';
import { useActor } from '../auth/session';
import { AuditHistory } from '../audit/AuditHistory';
import { getPlan, type PlanDetail } from '../plans/api';
import { flattenAxes } from '../plans/axis-tree';
import { deleteAction, getAction, type ActionDetail } from './api';
import { ACTION_FIELD_LABELS } from './fields';
import { LateBadge, StatusBadge } from './StatusBadge';
import { GovernanceView, ImpactView, LeversView, PublicsView, Section } from './SheetSections';
import { Provenance } from './Provenance';
import { SubActions } from './SubActions';

const display = (field: string, value: unknown) =>
  field === 'status' ? labelOf(ACTION_STATUS_LABELS, String(value)) : field === 'priority' ? labelOf(PRIORITY_LABELS, value as string) : value === null ? '' : String(value);

function Sheet({ action: a, plan }: { action: ActionDetail; plan: PlanDetail }) {
  const actor = useActor(a.organisationId);
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const pilotUserIds = a.pilots.flatMap((p) => (p.userId ? [p.userId] : []));
  const axis = flattenAxes(plan.axes).find((f) => f.axis.id === a.axisId);
  const allowed = (op: 'action.update' | 'action.create' | 'action.delete') => Boolean(actor && can(actor, op, { pilotUserIds }));
  return (
    <>
      <Breadcrumbs items={[{ label: plan.title, href: `/plans/${plan.id}` }, { label: a.title }]} />
      <PageHeader title={a.title} kicker={[a.ref && `Action ${a.ref}`, axis && `Axe ${axis.number}. ${axis.axis.title}`].filter(Boolean).join(' · ') || plan.title}>
        <p className="cluster">
          <StatusBadge status={a.status} />
          {a.late && <LateBadge />}
          {a.priority && <span className="badge">Priorité {PRIORITY_LABELS[a.priority].toLowerCase()}</span>}
          <span className="small muted">Modifiée le {formatDateTime(a.updatedAt)}</span>
        </p>
      </PageHeader>
      <div className="cluster toolbar">
        {allowed('action.update') && <ButtonLink variant="primary" small href={`/actions/${a.id}/modifier`}>Modifier</ButtonLink>}
        {a.parentId && <ButtonLink small href={`/actions/${a.parentId}`}>Voir l’action parente</ButtonLink>}
        {allowed('action.delete') && <Button variant="quiet" small onPress={() => setDeleting(true)}>Supprimer</Button>}
      </div>
      <Tabs>
        <TabList aria-label="Vues de l’action">
          <Tab id="fiche">Fiche</Tab>
          <Tab id="historique">Historique</Tab>
        </TabList>
        <TabPanel id="fiche">
          <Section id="sheet-general" title="Présentation">
            <dl className="definition-grid">
              <dt>Description</dt><dd>{a.description || <span className="muted">Non renseignée</span>}</dd>
              <dt>Objectifs</dt><dd>{a.objectives || <span className="muted">Non renseignés</span>}</dd>
              <dt>Calendrier</dt>
              <dd>{a.startDate || a.endDate ? `${a.startDate ? `du ${formatDate(a.startDate)}` : ''} ${a.endDate ? `au ${formatDate(a.endDate)}` : ''}`.trim() : <span className="muted">Non renseigné</span>}</dd>
            </dl>
          </Section>
          <Provenance sources={a.sources} />
          <GovernanceView a={a} />
          <LeversView a={a} />
          <ImpactView a={a} />
          <PublicsView a={a} />
          {!a.parentId && <SubActions action={a} subActions={a.subActions} canCreate={allowed('action.create')} />}
        </TabPanel>
        <TabPanel id="historique">
          <AuditHistory organisationId={a.organisationId} entityType="action" entityId={a.id} fieldLabel={(f) => ACTION_FIELD_LABELS[f] ?? f} display={display} />
        </TabPanel>
      </Tabs>
      <ConfirmDialog title="Supprimer cette action ?" isOpen={deleting} onOpenChange={setDeleting} confirmLabel="Supprimer l’action"
        onConfirm={async () => {
          await deleteAction(a.id);
          navigate(a.parentId ? `/actions/${a.parentId}` : `/plans/${a.planId}`);
        }}>
        <p>« {a.title} »{a.subActions.length > 0 && ` et ses ${a.subActions.length} sous-actions`} seront supprimées définitivement.</p>
      </ConfirmDialog>
    </>
  );
}

export function ActionPage({ id }: { id: string }) {
  const action = useResource((signal) => getAction(id, signal), [id]);
  const planId = action.data?.planId;
  const plan = useResource((signal) => (planId ? getPlan(planId, signal) : Promise.resolve(undefined)), [planId]);
  return <Async resource={action}>{(a) => <Async resource={plan}>{(p) => (p ? <Sheet action={a} plan={p} /> : null)}</Async>}</Async>;
}
