import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import { CopLeverPicker } from '../levers/CopLeverPicker';
import type { ProposalInput } from './api';

const EMPTY: ProposalInput = {
  title: '',
  objectives: '',
  pilotText: '',
  leversText: '',
  partnersText: '',
  copLevers: [],
  contributorName: '',
  contributorOrganisation: '',
};

/** Records a participant's proposal (as written on the workshop sheet). */
export function ProposalDialog({ onClose, onCreate }: { onClose: () => void; onCreate: (p: ProposalInput) => Promise<void> }) {
  const [p, setP] = useState<ProposalInput>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const set = <K extends keyof ProposalInput>(k: K) => (v: ProposalInput[K]) => setP((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!p.title.trim()) {
      setErrors({ title: 'Le titre de la proposition est obligatoire.' });
      document.getElementById('proposal-title')?.focus();
      return;
    }
    setErrors({});
    try {
      await onCreate({ ...p, title: p.title.trim() });
      onClose();
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(err);
    }
  };
  return (
    <ModalDialog title="Nouvelle proposition" isOpen onOpenChange={(o) => !o && onClose()} wide>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria" className="stack">
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <TextField id="proposal-title" label="Proposition" value={p.title} onChange={set('title')} isRequired error={errors.title} autoFocus />
          <TextField label="Objectifs" multiline rows={3} value={p.objectives} onChange={set('objectives')} error={errors.objectives} />
          <div className="form-grid">
            <TextField label="Pilote pressenti" value={p.pilotText} onChange={set('pilotText')} error={errors.pilotText} />
            <TextField label="Partenaires" description="Séparés par des virgules." value={p.partnersText} onChange={set('partnersText')} error={errors.partnersText} />
          </div>
          <TextField label="Leviers évoqués" description="Texte libre : informer, financer, réglementer…" value={p.leversText} onChange={set('leversText')} error={errors.leversText} />
          <div className="form-grid">
            <TextField label="Nom du contributeur" value={p.contributorName} onChange={set('contributorName')} />
            <TextField label="Organisme du contributeur" value={p.contributorOrganisation} onChange={set('contributorOrganisation')} />
          </div>
          <CopLeverPicker value={p.copLevers} onChange={set('copLevers')} error={errors.copLevers} />
          <div className="form-actions">
            <Button type="submit">Ajouter la proposition</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
