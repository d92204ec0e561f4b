import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, RouterProvider, Routes, buildPath, matchPattern, route, useSearchParams } from './index';

describe('matchPattern', () => {
  it('extracts and decodes parameters', () => {
    expect(matchPattern('/territoires/:id', '/territoires/commune%3A75056')).toEqual({ id: 'commune:75056' });
    expect(matchPattern('/plans/:id/import', '/plans/abc/import/')).toEqual({ id: 'abc' });
  });

  it('rejects other shapes', () => {
    expect(matchPattern('/plans/:id', '/plans')).toBeNull();
    expect(matchPattern('/plans/:id', '/plans/a/b')).toBeNull();
    expect(matchPattern('/plans/:id/import', '/plans/a/export')).toBeNull();
    expect(matchPattern('/plans/:id', '/plans/%E0%A4%A')).toBeNull();
  });

  it('round-trips with buildPath', () => {
    const path = buildPath('/territoires/:id', { id: 'epci:200054781' });
    expect(path).toBe('/territoires/epci%3A200054781');
    expect(matchPattern('/territoires/:id', path)).toEqual({ id: 'epci:200054781' });
  });
});

function Filters() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <p>statut={params.getAll('status').join(',')}</p>
      <button
        onClick={() => {
          const next = new URLSearchParams(params);
          next.append('status', 'done');
          setParams(next);
        }}
      >
        Ajouter
      </button>
    </>
  );
}

function App() {
  return (
    <RouterProvider>
      <nav>
        <Link href="/plans/p1">Plan 1</Link>
        <Link href="/plans/p2/import">Importer</Link>
      </nav>
      <Routes
        routes={[
          route('/plans/:id', ({ id }) => (
            <>
              <h1>Plan {id}</h1>
              <Filters />
            </>
          )),
          route('/plans/:id/import', ({ id }) => <h1>Import {id}</h1>),
        ]}
        fallback={<h1>Page introuvable</h1>}
      />
    </RouterProvider>
  );
}

describe('Routes and Link', () => {
  beforeEach(() => window.history.replaceState(null, '', '/nulle-part'));
  afterEach(cleanup);

  it('renders the fallback for unknown paths, then navigates client-side on click', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
    const before = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'Plan 1' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plan p1');
    expect(window.location.pathname).toBe('/plans/p1');
    expect(window.history.length).toBe(before + 1);
  });

  it('leaves modified clicks to the browser (new tab)', () => {
    render(<App />);
    const link = screen.getByRole('link', { name: 'Importer' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(window.location.pathname).toBe('/nulle-part');
  });

  it('follows the back button (popstate)', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: 'Importer' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Import p2');
    act(() => {
      window.history.replaceState(null, '', '/plans/p9');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plan p9');
  });

  it('updates the query string through useSearchParams', () => {
    window.history.replaceState(null, '', '/plans/p1?status=idea');
    render(<App />);
    expect(screen.getByText('statut=idea')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(window.location.search).toBe('?status=idea&status=done');
    expect(screen.getByText('statut=idea,done')).toBeTruthy();
  });
});
