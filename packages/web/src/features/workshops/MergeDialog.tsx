import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import { axisOptions } from '../plans/axis-tree';
import { ActionPicker } from '../actions/ActionPicker';
import type { Action } from '../actions/api';
import type { TriageDialogProps } from './TriageDialogs';

export type MergeChoice =
  | { mode: 'new'; title: string; objectives: string; axisId: string | null }
  | { mode: 'existing'; target: Action };

/** Merges the selected proposals into one new action, or into an existing action of the plan. */
export function MergeDialog({ proposals, axes, planId, onClose, onConfirm }: TriageDialogProps & { planId: string; onConfirm: (c: MergeChoice) => Promise<void> }) {
  const [mode, setMode] = useState<'new' | 'existing'>(proposals.length > 1 ? 'new' : 'existing');
  const [title, setTitle] = useState(proposals[0]?.title ?? '');
  const [objectives, setObjectives] = useState([...new Set(proposals.map((p) => p.objectives.trim()).filter(Boolean))].join('\n'));
  const [axisId, setAxisId] = useState<string | null>(null);
  const [target, setTarget] = useState<Action | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (mode === 'new' && !title.trim()) found.title = 'Le titre de l’action fusionnée est obligatoire.';
    if (mode === 'new' && proposals.length < 2) found.mode = 'Une fusion en nouvelle action réunit au moins deux propositions.';
    if (mode === 'existing' && !target) found.target = 'Choisissez l’action qui reçoit les propositions.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(mode === 'new' ? { mode, title: title.trim(), objectives: objectives.trim(), axisId } : { mode, target: target! });
      onClose();
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors({ title: fields['action.title'] ?? '', target: fields.targetActionId ?? '' });
      if (!fields['action.title'] && !fields.targetActionId) setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={`Fusionner ${proposals.length} proposition${proposals.length > 1 ? 's' : ''}`} isOpen onOpenChange={(o) => !o && onClose()} wide>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria" className="stack">
          <ul className="small">{proposals.map((p) => <li key={p.id}>{p.title}</li>)}</ul>
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <RadioGroupField
            label="Fusionner dans"
            value={mode}
            onChange={(v) => setMode(v as 'new' | 'existing')}
            error={errors.mode}
            options={[
              { id: 'new', label: 'Une nouvelle action', description: 'leviers, pilotes et partenaires des propositions sont réunis' },
              { id: 'existing', label: 'Une action existante du plan', description: 'ses leviers et partenaires sont complétés' },
            ]}
          />
          {mode === 'new' ? (
            <>
              <TextField id="merge-title" label="Titre de la nouvelle action" value={title} onChange={setTitle} isRequired error={errors.title || undefined} />
              <TextField id="merge-objectives" label="Objectifs" multiline value={objectives} onChange={setObjectives} />
              <SelectField label="Axe du plan" options={axisOptions(axes)} value={axisId} onChange={setAxisId} emptyLabel="Hors axe (à classer plus tard)" />
            </>
          ) : (
            <ActionPicker planId={planId} label="Action qui reçoit les propositions" onSelect={setTarget} error={errors.target || undefined} />
          )}
          <div className="form-actions">
            <Button type="submit" isDisabled={busy}>{busy ? 'Fusion…' : 'Fusionner'}</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
