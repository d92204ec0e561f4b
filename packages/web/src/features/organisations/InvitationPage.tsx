import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useResource } from '../../api/use-resource';
import { isApiError } from '../../api/client';
import { Link, useNavigate } from '../../router';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeader } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { serverFieldErrors, summaryEntries } from '../../ui/form-errors';
import { ROLE_LABELS } from '../../labels';
import { formatDate } from '../../format';
import { useSession } from '../auth/session';
import { acceptInvitation, getInvitation, type InvitationPreview } from './api';

const FIELDS: Record<string, [string, string]> = {
  name: ['invite-name', 'Nom'],
  password: ['invite-password', 'Mot de passe'],
  confirm: ['invite-confirm', 'Confirmation'],
};

/** Client checks with the server's wording (passwords: 10 to 200 characters). */
export function validateNewAccount(name: string, password: string, confirm: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!name.trim()) errors.name = 'Indiquez votre nom.';
  if (!password) errors.password = 'Choisissez un mot de passe.';
  else if (password.length < 10) errors.password = 'Le mot de passe doit contenir au moins 10 caractères.';
  else if (password.length > 200) errors.password = 'Le mot de passe est trop long (200 caractères au plus).';
  if (password && confirm !== password) errors.confirm = 'Les deux mots de passe diffèrent.';
  return errors;
}

function Accept({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { session, adopt } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const here = `/invitation/${encodeURIComponent(token)}`;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setFailure(null);
    const found = invitation.existingAccount ? {} : validateNewAccount(name, password, confirm);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const s = await acceptInvitation(token, invitation.existingAccount ? {} : { name: name.trim(), password });
      adopt(s);
      navigate(`/organisations/${invitation.organisationId}`);
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (isApiError(err) && err.code === 'weak_password') fields.password = err.detail;
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(err);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const failureBox = failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>;
  if (invitation.existingAccount) {
    if (!session)
      return (
        <Alert tone="info">
          <p>Un compte existe déjà pour {invitation.email}.</p>
          <p><Link href={`/connexion?retour=${encodeURIComponent(here)}`}>Connectez-vous</Link> pour accepter l’invitation.</p>
        </Alert>
      );
    return (
      <>
        {session.user.email.toLowerCase() !== invitation.email.toLowerCase() && (
          <Alert tone="warning">Vous êtes connecté en tant que {session.user.email}, mais l’invitation est adressée à {invitation.email}.</Alert>
        )}
        {failureBox}
        <Button onPress={() => submit()} isDisabled={busy}>Accepter l’invitation</Button>
      </>
    );
  }
  return (
    <Form onSubmit={submit} validationBehavior="aria" style={{ maxWidth: '30rem' }}>
      <h2>Créer votre compte</h2>
      <ErrorSummary errors={summaryEntries(errors, FIELDS)} focusKey={attempt} />
      {failureBox}
      <p>Adresse électronique : <strong>{invitation.email}</strong></p>
      <TextField id="invite-name" label="Nom" autoComplete="name" value={name} onChange={setName} isRequired error={errors.name} />
      <TextField id="invite-password" label="Mot de passe" type="password" autoComplete="new-password" description="Au moins 10 caractères." value={password} onChange={setPassword} isRequired error={errors.password} />
      <TextField id="invite-confirm" label="Confirmation du mot de passe" type="password" autoComplete="new-password" value={confirm} onChange={setConfirm} isRequired error={errors.confirm} />
      <div className="form-actions">
        <Button type="submit" isDisabled={busy}>{busy ? 'Création…' : 'Accepter et créer mon compte'}</Button>
      </div>
    </Form>
  );
}

export function InvitationPage({ token }: { token: string }) {
  const invitation = useResource((signal) => getInvitation(token, signal), [token]);
  if (isApiError(invitation.error) && invitation.error.status === 404)
    return (
      <>
        <PageHeader title="Invitation introuvable" />
        <p>Ce lien d’invitation n’est plus valable : il a déjà servi, a été révoqué ou a expiré. Demandez-en un nouveau à l’administrateur.</p>
      </>
    );
  return (
    <Async resource={invitation}>
      {(inv) => (
        <>
          <PageHeader title={`Rejoindre ${inv.organisationName}`}>
            <p>
              Vous êtes invité comme <strong>{ROLE_LABELS[inv.role]}</strong>
              {inv.pilotedOnly && ', limité aux actions que vous pilotez'}. Invitation valable jusqu’au {formatDate(inv.expiresAt)}.
            </p>
          </PageHeader>
          <Accept token={token} invitation={inv} />
        </>
      )}
    </Async>
  );
}
