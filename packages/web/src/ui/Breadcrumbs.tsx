import { Breadcrumb, Breadcrumbs as AriaBreadcrumbs, Link } from 'react-aria-components';

export interface Crumb {
  label: string;
  href?: string;
}

/** Trail of parent pages; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Fil d'Ariane">
      <AriaBreadcrumbs items={items.map((c, i) => ({ ...c, id: i }))}>
        {(c) => (
          <Breadcrumb>
            <Link href={c.href}>{c.label}</Link>
          </Breadcrumb>
        )}
      </AriaBreadcrumbs>
    </nav>
  );
}
