import { useEffect, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate, useSearchParams } from '../../router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/AsyncState';
import { ErrorSummary, type FieldErrorEntry } from '../../ui/ErrorSummary';
import { PageHeader } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { useSession } from './session';

/** Only same-site paths are accepted as a return address (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  const { login, status, expired } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const back = safeReturnPath(params.get('retour'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorEntry[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status === 'authenticated') navigate(back, { replace: true });
  }, [status, back, navigate]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrorEntry[] = [];
    if (!email.trim()) found.push({ fieldId: 'login-email', label: 'Adresse électronique', message: 'Saisissez votre adresse électronique.' });
    if (!password) found.push({ fieldId: 'login-password', label: 'Mot de passe', message: 'Saisissez votre mot de passe.' });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length) return;
    setBusy(true);
    try {
      await login(email.trim(), password);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  return (
    <div style={{ maxWidth: '28rem' }}>
      <PageHeader title="Connexion" />
      {expired && <Alert tone="warning">Votre session a expiré ; reconnectez-vous pour continuer.</Alert>}
      <ErrorSummary errors={errors} focusKey={attempt} />
      {failure !== null && (
        <Alert tone="error" live>
          {errorText(failure)}
        </Alert>
      )}
      <Form onSubmit={submit} validationBehavior="aria">
        <TextField id="login-email" label="Adresse électronique" type="email" autoComplete="username" value={email} onChange={setEmail} isRequired error={errorFor('login-email')} />
        <TextField id="login-password" label="Mot de passe" type="password" autoComplete="current-password" value={password} onChange={setPassword} isRequired error={errorFor('login-password')} />
        <div className="form-actions">
          <Button type="submit" isDisabled={busy}>
            {busy ? 'Connexion…' : 'Se connecter'}
          </Button>
        </div>
      </Form>
      <p className="muted small" style={{ marginTop: 'var(--space-5)' }}>
        Pas encore de compte ? Demandez une invitation à l’administrateur de votre organisation.
      </p>
    </div>
  );
}
