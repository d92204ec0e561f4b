import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { serverFieldErrors } from '../../ui/form-errors';
import { createView, deleteView, listViews, type SavedView } from './api';
import { cleanFilters, countFilters, filtersToSearch, type ActionFilters } from './filters';

function SaveViewDialog({ onClose, onSave }: { onClose: () => void; onSave: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Donnez un nom à la vue.');
    setError(undefined);
    try {
      await onSave(name.trim());
      onClose();
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (fields.name) setError(fields.name);
      else setFailure(err);
    }
  };
  return (
    <ModalDialog title="Enregistrer la vue" isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria">
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <TextField id="view-name" label="Nom de la vue" description="Par exemple : « Actions en retard du pôle mobilité »." value={name} onChange={setName} isRequired error={error} autoFocus />
          <div className="form-actions">
            <Button type="submit">Enregistrer</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}

/** Personal saved filters of the plan: apply (a link), save the current filters, delete. */
export function SavedViews({ planId, filters, canManage }: { planId: string; filters: ActionFilters; canManage: boolean }) {
  const views = useResource((signal) => listViews(planId, signal).then((r) => r.items), [planId]);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const current = filtersToSearch(cleanFilters(filters)).toString();

  const remove = async (v: SavedView) => {
    try {
      await deleteView(v.id);
      views.setData((list) => (list ?? []).filter((x) => x.id !== v.id));
      setStatus(`Vue « ${v.name} » supprimée.`);
    } catch (e) {
      setStatus(`Suppression impossible : ${errorText(e)}`);
    }
  };

  return (
    <section aria-labelledby="views-title" className="saved-views">
      <div className="spread">
        <h2 id="views-title">Mes vues</h2>
        {canManage && (
          <Button variant="secondary" small onPress={() => setSaving(true)} isDisabled={countFilters(filters) === 0 && !filters.sort}>
            Enregistrer la vue actuelle
          </Button>
        )}
      </div>
      <p role="status" className="small muted">{status}</p>
      <Async resource={views}>
        {(items) =>
          items.length === 0 ? (
            <p className="small muted">Aucune vue enregistrée. Choisissez des filtres puis enregistrez-les pour les retrouver.</p>
          ) : (
            <ul className="saved-views__list">
              {items.map((v) => {
                const search = filtersToSearch(cleanFilters(v.filters)).toString();
                return (
                  <li key={v.id} className="cluster">
                    <Link href={`?${search}`} aria-current={search === current ? 'true' : undefined}>
                      {v.name}
                    </Link>
                    {canManage && (
                      <Button variant="quiet" small onPress={() => remove(v)} aria-label={`Supprimer la vue ${v.name}`}>
                        <span aria-hidden="true">✕</span>
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </Async>
      {saving && (
        <SaveViewDialog
          onClose={() => setSaving(false)}
          onSave={async (name) => {
            const view = await createView(planId, name, cleanFilters(filters));
            views.setData((list) => [...(list ?? []), view]);
            setStatus(`Vue « ${name} » enregistrée.`);
          }}
        />
      )}
    </section>
  );
}
