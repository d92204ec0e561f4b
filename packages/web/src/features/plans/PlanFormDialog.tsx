import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { PLAN_STATUSES, PLAN_TYPES, type PlanStatus, type PlanType } from '@trajectoire/domain';
import { ModalDialog } from '../../ui/Dialog';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { Alert } from '../../ui/Alert';
import { errorText } from '../../ui/AsyncState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { serverFieldErrors, summaryEntries } from '../../ui/form-errors';
import { PLAN_STATUS_LABELS, PLAN_TYPE_LABELS } from '../../labels';
import type { PlanInput } from './api';

const FIELDS: Record<string, [string, string]> = {
  type: ['plan-type', 'Type de plan'],
  title: ['plan-title', 'Titre'],
  startYear: ['plan-start', 'Année de début'],
  endYear: ['plan-end', 'Année de fin'],
  description: ['plan-description', 'Description'],
};

/** Client checks mirroring the server's plan rules (French messages). */
export function validatePlan(v: { title: string; startYear: string; endYear: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.title.trim()) errors.title = 'Le titre est obligatoire.';
  else if (v.title.trim().length > 300) errors.title = 'Le titre dépasse 300 caractères.';
  const year = (s: string) => (s.trim() === '' ? null : Number(s));
  for (const key of ['startYear', 'endYear'] as const) {
    const y = year(v[key]);
    if (y !== null && (!Number.isInteger(y) || y < 1990 || y > 2100)) errors[key] = 'Saisissez une année entre 1990 et 2100.';
  }
  const s = year(v.startYear);
  const e = year(v.endYear);
  if (!errors.startYear && !errors.endYear && s !== null && e !== null && e < s) errors.endYear = "L'année de fin précède l'année de début.";
  return errors;
}

export interface PlanFormDialogProps {
  title: string;
  submitLabel: string;
  initial?: Partial<PlanInput>;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (input: PlanInput) => Promise<void>;
}

export function PlanFormDialog({ title, submitLabel, initial = {}, isOpen, onOpenChange, onSubmit }: PlanFormDialogProps) {
  const [type, setType] = useState<PlanType>(initial.type ?? 'pcaet');
  const [planTitle, setPlanTitle] = useState(initial.title ?? '');
  const [description, setDescription] = useState(initial.description ?? '');
  const [startYear, setStartYear] = useState(initial.startYear?.toString() ?? '');
  const [endYear, setEndYear] = useState(initial.endYear?.toString() ?? '');
  const [status, setStatus] = useState<PlanStatus>(initial.status ?? 'draft');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent, close: () => void) => {
    e.preventDefault();
    const found = validatePlan({ title: planTitle, startYear, endYear });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const year = (s: string) => (s.trim() ? Number(s) : null);
      await onSubmit({ type, title: planTitle.trim(), description: description.trim(), startYear: year(startYear), endYear: year(endYear), status });
      close();
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(err);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <Form onSubmit={(e) => submit(e, close)} validationBehavior="aria">
          <ErrorSummary errors={summaryEntries(errors, FIELDS)} focusKey={attempt} />
          {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
          <div className="stack">
            <SelectField id="plan-type" label="Type de plan" options={optionsFrom(PLAN_TYPES, PLAN_TYPE_LABELS)} value={type} onChange={(v) => v && setType(v as PlanType)} isRequired />
            <TextField id="plan-title" label="Titre" value={planTitle} onChange={setPlanTitle} isRequired error={errors.title} />
            <div className="form-grid">
              <TextField id="plan-start" label="Année de début" inputMode="numeric" value={startYear} onChange={setStartYear} error={errors.startYear} />
              <TextField id="plan-end" label="Année de fin" inputMode="numeric" value={endYear} onChange={setEndYear} error={errors.endYear} />
            </div>
            <SelectField label="Statut" options={optionsFrom(PLAN_STATUSES, PLAN_STATUS_LABELS)} value={status} onChange={(v) => v && setStatus(v as PlanStatus)} />
            <TextField id="plan-description" label="Description" multiline value={description} onChange={setDescription} error={errors.description} />
          </div>
          <div className="form-actions">
            <Button type="submit" isDisabled={busy}>{busy ? 'Enregistrement…' : submitLabel}</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
