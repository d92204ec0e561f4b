import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import type { AxisNode } from '../plans/api';
import { axisOptions } from '../plans/axis-tree';
import type { Proposal } from './api';

export interface TriageDialogProps {
  proposals: Proposal[];
  axes: AxisNode[];
  onClose: () => void;
}

const titles = (ps: Proposal[]) => (
  <ul className="small">
    {ps.map((p) => (
      <li key={p.id}>{p.title}</li>
    ))}
  </ul>
);

/** Retains each selected proposal as a new action, optionally placed in an axis. */
export function RetainDialog({ proposals, axes, onClose, onConfirm }: TriageDialogProps & { onConfirm: (axisId: string | null) => Promise<void> }) {
  const [axisId, setAxisId] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onConfirm(axisId);
      onClose();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={proposals.length > 1 ? `Retenir ${proposals.length} propositions` : 'Retenir la proposition'} isOpen onOpenChange={(o) => !o && onClose()}>
      {(close) => (
        <Form onSubmit={submit}>
          <p>Chaque proposition devient une action du plan (statut « Retenue »), reliée à sa proposition d’origine :</p>
          {titles(proposals)}
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <SelectField label="Axe du plan" options={axisOptions(axes)} value={axisId} onChange={setAxisId} emptyLabel="Hors axe (à classer plus tard)" />
          <div className="form-actions">
            <Button type="submit" isDisabled={busy}>{busy ? 'Enregistrement…' : 'Retenir'}</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}

/** Sets the selected proposals aside; the reason is required and kept in the decision history. */
export function SetAsideDialog({ proposals, onClose, onConfirm }: TriageDialogProps & { onConfirm: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Indiquez pourquoi la proposition est écartée : le motif est conservé et visible des participants.');
      document.getElementById('set-aside-reason')?.focus();
      return;
    }
    if (reason.trim().length > 5000) return setError('Le motif dépasse 5 000 caractères.');
    setError(undefined);
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (fields.reason) setError(fields.reason);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={proposals.length > 1 ? `Écarter ${proposals.length} propositions` : 'Écarter la proposition'} isOpen onOpenChange={(o) => !o && onClose()}>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria">
          {titles(proposals)}
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <TextField id="set-aside-reason" label="Motif" multiline value={reason} onChange={setReason} isRequired error={error} autoFocus
            description="Par exemple : hors compétence de la collectivité, déjà couvert par une autre action…" />
          <div className="form-actions">
            <Button type="submit" isDisabled={busy}>{busy ? 'Enregistrement…' : 'Écarter'}</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
