import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ActionFields } from '@trajectoire/domain';
import { ApiError } from '../../api/client';
import { RouterProvider } from '../../router';
import { ActionForm } from './ActionForm';
import { draftFromAction } from './form-model';

afterEach(cleanup);

function setup(onSubmit: (p: ActionFields) => Promise<void>, onReload = vi.fn()) {
  render(
    <RouterProvider>
      <ActionForm
        initial={draftFromAction(null)}
        axes={[{ id: '7d8c4bd6-3f5e-4b8e-9a59-1f5b8f0d2a11', label: '1. Mobilité' }]}
        members={[]}
        actionId="a1"
        submitLabel="Enregistrer"
        cancelHref="/plans/p1"
        onSubmit={onSubmit}
        onReload={onReload}
      />
    </RouterProvider>,
  );
  return { onReload };
}

const type = (label: string | RegExp, value: string, index = 0) =>
  fireEvent.change(screen.getAllByLabelText(label)[index], { target: { value } });
const submit = () => fireEvent.submit(screen.getByRole('button', { name: 'Enregistrer' }).closest('form')!);

describe('action form', () => {
  it('refuses an empty title, summarises the error and links it to the field', async () => {
    const onSubmit = vi.fn(async () => undefined);
    setup(onSubmit);
    submit();
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Titre : Ce champ est obligatoire.' });
    const title = screen.getByRole('textbox', { name: /^Titre/ });
    expect(link.getAttribute('href')).toBe(`#${title.id}`);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    fireEvent.click(link);
    expect(document.activeElement).toBe(title);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('reports French messages for rows, numbers and cross-field rules', async () => {
    setup(vi.fn(async () => undefined));
    type(/^Titre/, 'Réseau de chaleur');
    type('Date de début', '2026-05-01');
    type('Date de fin', '2025-01-01');
    type(/Émissions évitées/, 'beaucoup');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un lien' }));
    type(/Titre du lien/, 'Délibération');
    type(/Adresse \(URL\)/, 'ftp://exemple.fr');
    submit();
    const summary = await screen.findByRole('alert');
    const texts = within(summary).getAllByRole('link').map((l) => l.textContent);
    expect(texts).toEqual([
      'Date de fin : La date de fin précède la date de début.',
      'Impact (tCO₂e par an) : Saisissez un nombre (par exemple 1 250,5).',
      'Liens (ligne 1, adresse) : Adresse web invalide : elle doit commencer par http:// ou https://.',
    ]);
  });

  it('sends a clean payload (French decimals, trimmed rows)', async () => {
    const onSubmit = vi.fn(async (_: ActionFields) => undefined);
    setup(onSubmit);
    type(/^Titre/, '  Covoiturage domicile-travail ');
    type(/Énergie économisée/, '1 250,5');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un pilote' }));
    type(/^Nom/, ' Agence mobilité ');
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const payload = onSubmit.mock.calls[0][0];
    expect(payload.title).toBe('Covoiturage domicile-travail');
    expect(payload.impactMwhPerYear).toBe(1250.5);
    expect(payload.impactTco2ePerYear).toBeNull();
    expect(payload.pilots).toEqual([{ name: 'Agence mobilité' }]);
    expect(payload.status).toBe('idea');
  });

  it('shows server field errors next to their fields', async () => {
    setup(async () => {
      throw new ApiError(400, { code: 'validation_failed', detail: 'Certaines valeurs sont invalides.', errors: [{ path: 'ref', message: 'Référence déjà utilisée dans ce plan.' }] });
    });
    type(/^Titre/, 'Action');
    submit();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Référence : Référence déjà utilisée dans ce plan.');
    expect(screen.getByRole('textbox', { name: /^Référence/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('on a version conflict, saves nothing more and offers to reload', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError(409, { code: 'version_conflict', detail: 'Modifiée entre-temps.', currentVersion: 5 });
    });
    const { onReload } = setup(onSubmit);
    type(/^Titre/, 'Action');
    submit();
    expect(await screen.findByText(/Vos modifications n’ont pas été enregistrées/)).toBeTruthy();
    expect(screen.getByText(/version 5/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enregistrer' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Recharger la version actuelle/ }));
    expect(onReload).toHaveBeenCalledTimes(1);
    submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
