import { useState } from 'react';
import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageTitle';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useActor, useSession } from '../auth/session';
import { getOrganisation, listMembers, removeMember, type Member, type OrganisationDetail } from './api';
import { MemberRow } from './MemberRow';
import { InvitationsPanel } from './InvitationsPanel';

function Members({ org }: { org: OrganisationDetail }) {
  const actor = useActor(org.id);
  const { session, refresh } = useSession();
  const members = useResource((signal) => listMembers(org.id, signal).then((p) => p.items), [org.id]);
  const [removing, setRemoving] = useState<Member | null>(null);
  if (!actor || !can(actor, 'members.read')) return <NotFoundPage />;
  const canManage = can(actor, 'members.manage');
  return (
    <>
      <Breadcrumbs items={[{ label: org.name, href: `/organisations/${org.id}` }, { label: 'Membres' }]} />
      <PageHeader title="Membres" kicker={org.name}>
        {canManage && <p>Attribuez un rôle à chaque membre ; un éditeur peut être limité aux actions qu’il pilote.</p>}
      </PageHeader>
      <Async resource={members}>
        {(items) => (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Membres de {org.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Membre</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">Périmètre</th>
                  <th scope="col">Membre depuis le</th>
                  {canManage && <th scope="col"><span className="visually-hidden">Actions</span></th>}
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MemberRow
                    key={m.userId}
                    orgId={org.id}
                    member={m}
                    canManage={canManage}
                    isMe={m.userId === session?.user.id}
                    onChanged={(updated) => {
                      members.setData((list) => (list ?? []).map((x) => (x.userId === updated.userId ? updated : x)));
                      if (updated.userId === session?.user.id) void refresh();
                    }}
                    onRemove={setRemoving}
                    onStale={members.reload}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Async>
      {canManage && <InvitationsPanel orgId={org.id} />}
      <ConfirmDialog
        title="Retirer ce membre ?"
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        confirmLabel="Retirer le membre"
        onConfirm={async () => {
          if (!removing) return;
          await removeMember(org.id, removing.userId);
          members.setData((list) => (list ?? []).filter((x) => x.userId !== removing.userId));
        }}
      >
        <p>{removing?.name} ({removing?.email}) perdra l’accès aux plans de {org.name}.</p>
      </ConfirmDialog>
    </>
  );
}

export function MembersPage({ id }: { id: string }) {
  const org = useResource((signal) => getOrganisation(id, signal), [id]);
  return <Async resource={org}>{(o) => <Members org={o} />}</Async>;
}
