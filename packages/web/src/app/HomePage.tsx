import { Link } from '../router';
import { useSession } from '../features/auth/session';
import { listOrganisations } from '../features/organisations/api';
import { useResource } from '../api/use-resource';
import { PageHeader } from '../ui/PageTitle';
import { Async, Loading } from '../ui/AsyncState';
import { ORGANISATION_KIND_LABELS, ROLE_LABELS, labelOf } from '../labels';

interface Card {
  id: string;
  name: string;
  kind: string;
  detail: string;
}

function Cards({ items }: { items: Card[] }) {
  if (!items.length) return <p className="empty">Vous n’êtes membre d’aucune organisation. Demandez une invitation à son administrateur.</p>;
  return (
    <ul className="card-list">
      {items.map((o) => (
        <li key={o.id} className="card">
          <h3><Link href={`/organisations/${o.id}`}>{o.name}</Link></h3>
          <p className="muted small">{labelOf(ORGANISATION_KIND_LABELS, o.kind)}{o.detail && ` · ${o.detail}`}</p>
        </li>
      ))}
    </ul>
  );
}

/** Platform administrators see every organisation, not only their memberships. */
function AllOrganisations() {
  const orgs = useResource((signal) => listOrganisations(signal).then((p) => p.items), []);
  return (
    <Async resource={orgs}>
      {(items) => <Cards items={items.map((o) => ({ id: o.id, name: o.name, kind: o.kind, detail: o.myRole ? ROLE_LABELS[o.myRole] : 'Administration de la plateforme' }))} />}
    </Async>
  );
}

export function HomePage() {
  const { status, session } = useSession();
  if (status === 'loading') return <Loading />;
  if (!session)
    return (
      <>
        <PageHeader title="Trajectoire">
          <p>La plateforme ouverte où les territoires construisent et pilotent leur plan de transition écologique.</p>
        </PageHeader>
        <ul className="plain-list">
          <li><Link href="/connexion">Se connecter</Link></li>
          <li><Link href="/territoires">Rechercher un territoire</Link></li>
        </ul>
      </>
    );
  return (
    <>
      <PageHeader title={`Bonjour ${session.user.name}`} />
      <h2>{session.user.isSuperadmin ? 'Organisations' : 'Mes organisations'}</h2>
      {session.user.isSuperadmin ? (
        <AllOrganisations />
      ) : (
        <Cards
          items={session.memberships.map((m) => ({
            id: m.organisationId,
            name: m.organisationName,
            kind: m.organisationKind,
            detail: `${ROLE_LABELS[m.role]}${m.pilotedOnly ? ' (actions pilotées uniquement)' : ''}`,
          }))}
        />
      )}
    </>
  );
}
