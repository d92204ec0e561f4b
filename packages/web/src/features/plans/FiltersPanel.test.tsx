import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RouterProvider } from '../../router';
import { FiltersPanel } from './FiltersPanel';
import { useActionFilters } from './use-filters';

function Harness() {
  const [filters, setFilters] = useActionFilters();
  return <FiltersPanel filters={filters} onChange={setFilters} />;
}

const renderAt = (url: string) => {
  window.history.replaceState(null, '', url);
  return render(
    <RouterProvider>
      <Harness />
    </RouterProvider>,
  );
};

describe('action filters ↔ URL', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(cleanup);

  it('shows the filters found in the URL', () => {
    renderAt('/plans/p1?status=done&late=true&dimension=health&pilot=Martin');
    expect((screen.getByRole('checkbox', { name: 'Réalisée' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Idée' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'En retard uniquement' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Santé' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Pilote') as HTMLInputElement).value).toBe('Martin');
    expect(screen.getByRole('heading', { name: /Filtres/ }).textContent).toContain('4 actifs');
  });

  it('writes checkbox changes to the URL as new history entries, keeping the path', () => {
    renderAt('/plans/p1?status=done');
    const before = window.history.length;
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bloquée' }));
    expect(window.location.pathname).toBe('/plans/p1');
    expect(new URLSearchParams(window.location.search).getAll('status')).toEqual(['done', 'blocked']);
    expect(window.history.length).toBe(before + 1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Réalisée' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bloquée' }));
    expect(window.location.search).toBe('');
  });

  it('commits typed text after a pause, replacing the history entry', async () => {
    renderAt('/plans/p1');
    const before = window.history.length;
    fireEvent.change(screen.getByLabelText('Partenaire ou financeur'), { target: { value: 'ADEME' } });
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?partner=ADEME'));
    expect(window.history.length).toBe(before);
  });

  it('follows the URL when it changes from outside (Back button)', () => {
    renderAt('/plans/p1?status=idea');
    act(() => {
      window.history.replaceState(null, '', '/plans/p1?status=paused&q=chaleur');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect((screen.getByRole('checkbox', { name: 'Idée' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'En pause' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Rechercher/) as HTMLInputElement).value).toBe('chaleur');
  });

  it('clears every filter at once', () => {
    renderAt('/plans/p1?status=idea&late=true&sort=title');
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(window.location.search).toBe('?sort=title');
  });
});
