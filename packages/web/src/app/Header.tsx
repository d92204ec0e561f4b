import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator, Header as MenuHeader, MenuSection } from 'react-aria-components';
import { Link, useLocation, useNavigate } from '../router';
import { useSession } from '../features/auth/session';
import { ORGANISATION_KIND_LABELS, labelOf } from '../labels';

function NavLink({ href, children }: { href: string; children: string }) {
  const { pathname } = useLocation();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function OrganisationSwitcher() {
  const { session, currentOrganisationId } = useSession();
  const memberships = session?.memberships ?? [];
  if (!memberships.length) return null;
  const current = memberships.find((m) => m.organisationId === currentOrganisationId) ?? memberships[0];
  return (
    <MenuTrigger>
      <Button className="btn btn--quiet">
        <span className="visually-hidden">Organisation : </span>
        {current.organisationName} <span aria-hidden="true">▾</span>
      </Button>
      <Popover placement="bottom end">
        <Menu aria-label="Mes organisations" items={memberships}>
          {(m) => (
            <MenuItem id={m.organisationId} href={`/organisations/${m.organisationId}`} textValue={m.organisationName}>
              <span>
                {m.organisationId === current.organisationId && <span aria-hidden="true">✓ </span>}
                {m.organisationName}
              </span>
              <span className="small muted">{labelOf(ORGANISATION_KIND_LABELS, m.organisationKind)}</span>
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function UserMenu() {
  const { session, logout } = useSession();
  const navigate = useNavigate();
  if (!session) return <Link href="/connexion">Se connecter</Link>;
  return (
    <MenuTrigger>
      <Button className="btn btn--quiet">
        <span className="visually-hidden">Mon compte : </span>
        {session.user.name} <span aria-hidden="true">▾</span>
      </Button>
      <Popover placement="bottom end">
        <Menu aria-label="Mon compte">
          <MenuSection>
            <MenuHeader className="small muted" style={{ padding: 'var(--space-2) var(--space-3)' }}>
              {session.user.email}
            </MenuHeader>
            <MenuItem href="/compte/jetons">Jetons d’API</MenuItem>
          </MenuSection>
          <Separator />
          <MenuItem
            onAction={async () => {
              await logout();
              navigate('/connexion');
            }}
          >
            Se déconnecter
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

export function Header() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Trajectoire
        </Link>
        <nav className="site-header__nav" aria-label="Navigation principale">
          <ul>
            <li><NavLink href="/territoires">Territoires</NavLink></li>
          </ul>
          <OrganisationSwitcher />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
