import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ROLES, type Role } from '@trajectoire/domain';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import { ROLE_HINTS, ROLE_LABELS } from '../../labels';
import { createInvitation, type Invitation } from './api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm({ orgId, onCreated }: { orgId: string; onCreated: (i: Invitation, acceptUrl: string) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [pilotedOnly, setPilotedOnly] = useState(false);
  const [emailError, setEmailError] = useState<string>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const value = email.trim();
    if (!EMAIL.test(value)) {
      setEmailError('Saisissez une adresse électronique valide, par exemple prenom.nom@mairie.fr.');
      document.getElementById('invite-email')?.focus();
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    try {
      const r = await createInvitation(orgId, { email: value, role, pilotedOnly: role === 'editor' && pilotedOnly });
      onCreated(r.invitation, r.acceptUrl);
      setEmail('');
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (fields.email) setEmailError(fields.email);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="card" aria-labelledby="invite-title">
      <h3 id="invite-title">Inviter une personne</h3>
      {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
      <div className="form-grid">
        <TextField id="invite-email" label="Adresse électronique" type="email" value={email} onChange={setEmail} isRequired error={emailError} />
        <SelectField
          label="Rôle"
          options={ROLES.map((r) => ({ id: r, label: ROLE_LABELS[r], description: ROLE_HINTS[r] }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
        />
      </div>
      {role === 'editor' && (
        <Checkbox isSelected={pilotedOnly} onChange={setPilotedOnly}>
          Limiter aux actions qu’elle pilote
        </Checkbox>
      )}
      <div className="form-actions">
        <Button type="submit" isDisabled={busy}>{busy ? 'Création…' : 'Créer le lien d’invitation'}</Button>
      </div>
    </Form>
  );
}
