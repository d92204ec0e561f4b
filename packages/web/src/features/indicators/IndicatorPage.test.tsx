import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { RouterProvider } from '../../router';
import { SessionProvider } from '../auth/session';
import { IndicatorPage, chartCsv } from './IndicatorPage';
import { buildChartData } from './series';
import { VIEW } from './fixtures';

const ORG = 'a0000000-0000-4000-8000-000000000001';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// Only the network is replaced: the page goes through the real API client.
function mockApi(calls: string[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      calls.push(url);
      if (url.startsWith('/api/auth/session')) {
        return json({
          user: { id: 'u1', email: 'e@x.fr', name: 'Élise', isSuperadmin: false },
          csrfToken: 't',
          memberships: [{ organisationId: ORG, role: 'editor', pilotedOnly: false }],
        });
      }
      if (url === `/api/organisations/${ORG}`) {
        return json({
          id: ORG, name: 'Métropole du Grand Paris', kind: 'epci', siren: null, description: '', createdAt: '', updatedAt: '', version: 1,
          territory: { id: 'epci:200054781', name: 'Métropole du Grand Paris', kind: 'epci' },
          my: { role: 'editor', pilotedOnly: false, isSuperadmin: false, permissions: [] },
        });
      }
      if (url === `/api/territories/epci%3A200054781/indicators/ghg?orgId=${ORG}`) return json(VIEW);
      return json({ code: 'not_found', detail: 'Ressource introuvable.' }, 404);
    }),
  );
}

describe('indicator page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the summary, the chart, the same numbers in a table and the sources', async () => {
    const calls: string[] = [];
    mockApi(calls);
    render(
      <RouterProvider>
        <SessionProvider>
          <IndicatorPage orgId={ORG} territoryId="epci:200054781" code="ghg" />
        </SessionProvider>
      </RouterProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: VIEW.indicator.labelFr })).toBeTruthy();
    expect(calls).toContain(`/api/territories/epci%3A200054781/indicators/ghg?orgId=${ORG}`);
    // Status in words (not colour), latest value of the preferred source in French format with the unit.
    expect(screen.getByText('Sur la trajectoire')).toBeTruthy();
    expect(screen.getByText(/^1\s000 tCO₂e \(2021\)$/)).toBeTruthy();
    // Plot drew an SVG with the accessible label.
    expect(document.querySelector('.chart svg[aria-label^="Graphique"]')).not.toBeNull();
    const table = screen.getByRole('table', { name: /valeurs du graphique/ });
    const row2019 = within(table).getByRole('rowheader', { name: '2019' }).closest('tr')!;
    expect([...row2019.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1\u202f200', '1\u202f250,5', '1\u202f200', '1\u202f200', '—']);
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeTruthy();
    expect(screen.getByText('AIRPARIF')).toBeTruthy();
    // An editor can choose among the two sources with observed values.
    expect(screen.getByRole('radiogroup', { name: /Source utilisée/ })).toBeTruthy();
  });

  it('exports a CSV whose producer cell cannot run as a formula', () => {
    const csv = chartCsv(buildChartData(VIEW), 'tCO2e');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Série;Source;Année;Valeur;Unité');
    expect(lines[1]).toBe('Observé;AIRPARIF — Inventaire (2024-03-01);2019;1200;tCO₂e');
    expect(lines).toContain(`Observé;"'=HYPERLINK(""x"") — Inventaire";2019;1250,5;tCO₂e`);
    expect(lines).toContain('Tendance prolongée;;2023;800;tCO₂e');
  });
});
