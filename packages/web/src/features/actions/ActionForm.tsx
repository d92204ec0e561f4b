import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { ActionFields } from '@trajectoire/domain';
import { isApiError, type ApiError } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { ErrorSummary, type FieldErrorEntry } from '../../ui/ErrorSummary';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import type { Option } from '../../ui/SelectField';
import type { Member } from '../organisations/api';
import { ACTION_FIELD_LABELS, fieldId, fieldLabel } from './fields';
import type { Draft } from './form-model';
import { validateDraft } from './validation';
import { ConflictAlert } from './ConflictAlert';
import { GeneralSection } from './form/GeneralSection';
import { GovernanceSection } from './form/GovernanceSection';
import { LeversSection } from './form/LeversSection';
import { ImpactSection } from './form/ImpactSection';
import { PublicsSection } from './form/PublicsSection';

const ORDER = Object.keys(ACTION_FIELD_LABELS);
const rank = (path: string) => ORDER.indexOf(path.split('.')[0]) * 10_000 + Number(path.split('.')[1] ?? 0);

/** Summary entries in form order. */
export function errorEntries(errors: Record<string, string>): FieldErrorEntry[] {
  return Object.keys(errors)
    .filter((p) => errors[p])
    .sort((a, b) => rank(a) - rank(b))
    .map((path) => ({ fieldId: fieldId(path), label: fieldLabel(path), message: errors[path] }));
}

export interface ActionFormProps {
  initial: Draft;
  axes: Option[];
  members: Member[];
  submitLabel: string;
  cancelHref: string;
  /** Present when editing: enables the conflict message's links. */
  actionId?: string;
  onSubmit: (payload: ActionFields) => Promise<void>;
  onReload?: () => void;
}

export function ActionForm({ initial, axes, members, submitLabel, cancelHref, actionId, onSubmit, onReload }: ActionFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // After a conflict, only an explicit reload may lead to saving again (Enter in a field submits too).
    if (conflict) return;
    setFailure(null);
    const { payload, errors: found } = validateDraft(draft);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await onSubmit(payload);
    } catch (err) {
      if (isApiError(err) && err.code === 'version_conflict') setConflict(err);
      else {
        const fields = serverFieldErrors(err);
        setErrors(fields);
        setAttempt((n) => n + 1);
        if (!Object.keys(fields).length) setFailure(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const sectionProps = { draft, set, errors };
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="action-form">
      {conflict && actionId && onReload && <ConflictAlert actionId={actionId} currentVersion={conflict.currentVersion} onReload={onReload} />}
      <ErrorSummary errors={errorEntries(errors)} focusKey={attempt} />
      {failure !== null && <Alert tone="error" live title="L’enregistrement a échoué">{errorText(failure)}</Alert>}
      <p className="small muted">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <GeneralSection {...sectionProps} axes={axes} />
      <GovernanceSection {...sectionProps} members={members} />
      <LeversSection {...sectionProps} />
      <ImpactSection {...sectionProps} />
      <PublicsSection {...sectionProps} />
      <div className="form-actions form-actions--sticky">
        <Button type="submit" isDisabled={busy || conflict !== null}>{busy ? 'Enregistrement…' : submitLabel}</Button>
        <ButtonLink href={cancelHref}>Annuler</ButtonLink>
      </div>
    </Form>
  );
}
