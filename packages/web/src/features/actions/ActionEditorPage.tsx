import { useMemo } from 'react';
import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { useNavigate, useSearchParams } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { PageHeader } from '../../ui/PageTitle';
import { Alert } from '../../ui/Alert';
import { useActor } from '../auth/session';
import { listMembers } from '../organisations/api';
import { getPlan, type PlanDetail } from '../plans/api';
import { axisOptions } from '../plans/axis-tree';
import { createAction, getAction, updateAction, type ActionDetail } from './api';
import { ActionForm } from './ActionForm';
import { draftFromAction } from './form-model';

function useMembers(orgId: string | undefined) {
  // Members only help linking pilots to accounts; without them the form still works.
  return useResource((signal) => (orgId ? listMembers(orgId, signal).then((p) => p.items, () => []) : Promise.resolve([])), [orgId]);
}

function Editor({ action, plan, reload }: { action: ActionDetail; plan: PlanDetail; reload: () => void }) {
  const navigate = useNavigate();
  const actor = useActor(plan.organisationId);
  const members = useMembers(plan.organisationId);
  const axes = useMemo(() => axisOptions(plan.axes), [plan.axes]);
  const pilotUserIds = action.pilots.flatMap((p) => (p.userId ? [p.userId] : []));
  if (actor && !can(actor, 'action.update', { pilotUserIds }))
    return <Alert tone="warning">Vous ne pouvez pas modifier cette action : elle n’est pas dans votre périmètre.</Alert>;
  return (
    <>
      <Breadcrumbs items={[{ label: plan.title, href: `/plans/${plan.id}` }, { label: action.title, href: `/actions/${action.id}` }, { label: 'Modifier' }]} />
      <PageHeader title={`Modifier « ${action.title} »`} kicker={plan.title} />
      <Async resource={members}>
        {(list) => (
          <ActionForm
            key={action.version}
            initial={draftFromAction(action)}
            axes={axes}
            members={list}
            actionId={action.id}
            submitLabel="Enregistrer les modifications"
            cancelHref={`/actions/${action.id}`}
            onReload={reload}
            onSubmit={async (payload) => {
              await updateAction(action.id, { ...payload, version: action.version });
              navigate(`/actions/${action.id}`);
            }}
          />
        )}
      </Async>
    </>
  );
}

export function ActionEditPage({ id }: { id: string }) {
  const action = useResource((signal) => getAction(id, signal), [id]);
  const planId = action.data?.planId;
  const plan = useResource((signal) => (planId ? getPlan(planId, signal) : Promise.resolve(undefined)), [planId]);
  return (
    <Async resource={action}>
      {(a) => <Async resource={plan}>{(p) => (p ? <Editor action={a} plan={p} reload={action.reload} /> : null)}</Async>}
    </Async>
  );
}

function Creator({ plan }: { plan: PlanDetail }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  const members = useMembers(plan.organisationId);
  const parent = useResource((signal) => (parentId ? getAction(parentId, signal) : Promise.resolve(null)), [parentId]);
  const axes = useMemo(() => axisOptions(plan.axes), [plan.axes]);
  const title = parentId ? 'Nouvelle sous-action' : 'Nouvelle action';
  return (
    <>
      <Breadcrumbs items={[{ label: plan.title, href: `/plans/${plan.id}` }, { label: title }]} />
      <PageHeader title={title} kicker={parent.data ? `Sous-action de « ${parent.data.title} »` : plan.title} />
      <Async resource={members}>
        {(list) => (
          <Async resource={parent}>
            {(p) => (
              <ActionForm
                initial={draftFromAction(null, { parentId: p?.id ?? null, axisId: p?.axisId ?? params.get('axe') })}
                axes={axes}
                members={list}
                submitLabel="Créer l’action"
                cancelHref={p ? `/actions/${p.id}` : `/plans/${plan.id}`}
                onSubmit={async (payload) => {
                  const created = await createAction(plan.id, payload);
                  navigate(`/actions/${created.id}`);
                }}
              />
            )}
          </Async>
        )}
      </Async>
    </>
  );
}

export function ActionCreatePage({ planId }: { planId: string }) {
  const plan = useResource((signal) => getPlan(planId, signal), [planId]);
  return <Async resource={plan}>{(p) => <Creator plan={p} />}</Async>;
}
