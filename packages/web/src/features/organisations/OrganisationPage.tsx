import { useEffect, useState } from 'react';
import { can, PLAN_STATUSES } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { Link, useNavigate } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Button, ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageTitle';
import { ORGANISATION_KIND_LABELS, PLAN_STATUS_LABELS, PLAN_TYPE_LABELS, ROLE_LABELS } from '../../labels';
import { plural } from '../../format';
import { useActor, useSession } from '../auth/session';
import { territoryPath } from '../territories/api';
import { createPlan, listPlans, type PlanListItem } from '../plans/api';
import { PlanFormDialog } from '../plans/PlanFormDialog';
import { getOrganisation, type OrganisationDetail } from './api';

function PlanCard({ plan }: { plan: PlanListItem }) {
  const years = plan.startYear || plan.endYear ? `${plan.startYear ?? '…'} – ${plan.endYear ?? '…'}` : null;
  return (
    <li className="card">
      <h3>
        <Link href={`/plans/${plan.id}`}>{plan.title}</Link>
      </h3>
      <p className="small muted">{PLAN_TYPE_LABELS[plan.type]}{years && ` · ${years}`}</p>
      <p className="cluster">
        <span className="badge">{PLAN_STATUS_LABELS[plan.status]}</span>
        <span>{plural(plan.actionCount, 'action')}</span>
      </p>
    </li>
  );
}

function Plans({ org }: { org: OrganisationDetail }) {
  const plans = useResource((signal) => listPlans(org.id, signal).then((p) => p.items), [org.id]);
  const actor = useActor(org.id);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="plans-title">
      <div className="spread">
        <h2 id="plans-title">Plans</h2>
        {actor && can(actor, 'plan.create') && <Button onPress={() => setCreating(true)}>Créer un plan</Button>}
      </div>
      <Async resource={plans}>
        {(items) => (
          <>
            <ul className="counts" aria-label="Plans par statut">
              {PLAN_STATUSES.map((s) => (
                <li key={s}>
                  {PLAN_STATUS_LABELS[s]} : <strong>{items.filter((p) => p.status === s).length}</strong>
                </li>
              ))}
            </ul>
            {items.length === 0 ? <p className="empty">Aucun plan pour l’instant.</p> : <ul className="card-list">{items.map((p) => <PlanCard key={p.id} plan={p} />)}</ul>}
          </>
        )}
      </Async>
      {creating && (
        <PlanFormDialog
          title="Créer un plan"
          submitLabel="Créer le plan"
          isOpen
          onOpenChange={setCreating}
          onSubmit={async (input) => {
            const plan = await createPlan(org.id, input);
            navigate(`/plans/${plan.id}`);
          }}
        />
      )}
    </section>
  );
}

function OrganisationView({ org }: { org: OrganisationDetail }) {
  const actor = useActor(org.id);
  return (
    <>
      <PageHeader title={org.name} kicker={ORGANISATION_KIND_LABELS[org.kind]}>
        {org.description && <p>{org.description}</p>}
        <p className="cluster small">
          {org.my.role && <span>Votre rôle : {ROLE_LABELS[org.my.role]}{org.my.pilotedOnly && ' (actions pilotées uniquement)'}</span>}
          {org.territory && (
            <span>
              Territoire : <Link href={territoryPath(org.territory.id)}>{org.territory.name}</Link>
            </span>
          )}
        </p>
      </PageHeader>
      <p className="cluster">
        {org.territory && (
          <ButtonLink href={`/organisations/${org.id}/tableau-de-bord`} small>
            Tableau de bord du territoire
          </ButtonLink>
        )}
        {actor && can(actor, 'members.read') && (
          <ButtonLink href={`/organisations/${org.id}/membres`} small>
            {can(actor, 'members.manage') ? 'Gérer les membres' : 'Voir les membres'}
          </ButtonLink>
        )}
      </p>
      <Plans org={org} />
    </>
  );
}

export function OrganisationPage({ id }: { id: string }) {
  const org = useResource((signal) => getOrganisation(id, signal), [id]);
  const { setCurrentOrganisationId, currentOrganisationId } = useSession();
  useEffect(() => {
    if (org.data && currentOrganisationId !== org.data.id) setCurrentOrganisationId(org.data.id);
  }, [org.data, currentOrganisationId, setCurrentOrganisationId]);
  return <Async resource={org}>{(o) => <OrganisationView org={o} />}</Async>;
}
