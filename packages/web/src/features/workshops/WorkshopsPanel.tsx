import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useResource } from '../../api/use-resource';
import { Link, useNavigate } from '../../router';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { serverFieldErrors } from '../../ui/form-errors';
import { formatDate, plural } from '../../format';
import { createWorkshop, listWorkshops, type WorkshopInput } from './api';

function CreateWorkshopDialog({ onClose, onCreate }: { onClose: () => void; onCreate: (w: WorkshopInput) => Promise<void> }) {
  const [theme, setTheme] = useState('');
  const [date, setDate] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!theme.trim()) found.theme = 'Le thème de l’atelier est obligatoire.';
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'Date attendue au format AAAA-MM-JJ.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await onCreate({ theme: theme.trim(), date: date || null, description: description.trim() });
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(err);
    }
  };
  return (
    <ModalDialog title="Nouvel atelier" isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria" className="stack">
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <TextField id="workshop-theme" label="Thème" value={theme} onChange={setTheme} isRequired error={errors.theme} autoFocus />
          <TextField id="workshop-date" label="Date" type="date" value={date} onChange={setDate} error={errors.date} />
          <TextField id="workshop-description" label="Description" multiline value={description} onChange={setDescription} error={errors.description} />
          <div className="form-actions">
            <Button type="submit">Créer l’atelier</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}

/** Co-construction workshops of the plan, each leading to its triage board. */
export function WorkshopsPanel({ planId, canWrite }: { planId: string; canWrite: boolean }) {
  const workshops = useResource((signal) => listWorkshops(planId, signal).then((p) => p.items), [planId]);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <section aria-labelledby="workshops-title">
      <div className="spread">
        <h2 id="workshops-title">Ateliers de co-construction</h2>
        {canWrite && <Button variant="secondary" small onPress={() => setCreating(true)}>Nouvel atelier</Button>}
      </div>
      <Async resource={workshops}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty">Aucun atelier. Créez-en un pour recueillir et trier les propositions des participants.</p>
          ) : (
            <ul className="card-list">
              {items.map((w) => (
                <li key={w.id} className="card">
                  <h3><Link href={`/ateliers/${w.id}`}>{w.theme}</Link></h3>
                  <p className="small muted">{w.date ? formatDate(w.date) : 'Date non renseignée'}</p>
                  <p className="small">
                    {plural(w.proposalCounts.pending, 'proposition')} à trier · {w.proposalCounts.retained} retenue(s) ·{' '}
                    {w.proposalCounts.merged} fusionnée(s) · {w.proposalCounts.set_aside} écartée(s)
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {creating && (
        <CreateWorkshopDialog
          onClose={() => setCreating(false)}
          onCreate={async (input) => {
            const w = await createWorkshop(planId, input);
            navigate(`/ateliers/${w.id}`);
          }}
        />
      )}
    </section>
  );
}
