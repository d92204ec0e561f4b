import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useResource } from '../../api/use-resource';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CopyField } from '../../ui/CopyField';
import { PageHeader } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { formatDateTime } from '../../format';
import { createToken, listTokens, revokeToken, type ApiToken } from './api';

export function TokensPage() {
  const tokens = useResource((signal) => listTokens(signal).then((r) => r.items), []);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    if (!name.trim()) return setNameError('Donnez un nom au jeton (par exemple : « Tableur de suivi »).');
    setNameError(undefined);
    try {
      const r = await createToken(name.trim());
      setCreated(r.token);
      setName('');
      tokens.setData((list) => [r.apiToken, ...(list ?? [])]);
    } catch (err) {
      setFailure(err);
    }
  };

  return (
    <>
      <PageHeader title="Jetons d’API">
        <p>Un jeton permet à un script ou à un outil d’interroger l’API en votre nom (en-tête « Authorization: Bearer … »).</p>
      </PageHeader>
      <section aria-labelledby="new-token">
        <h2 id="new-token">Créer un jeton</h2>
        <Form onSubmit={submit} validationBehavior="aria" style={{ maxWidth: '32rem' }}>
          <TextField id="token-name" label="Nom du jeton" value={name} onChange={setName} isRequired error={nameError} />
          <div className="form-actions">
            <Button type="submit">Créer le jeton</Button>
          </div>
        </Form>
        {failure !== null && <Alert tone="error" live>{errorText(failure)}</Alert>}
        {created && (
          <Alert tone="success" live title="Jeton créé">
            <p>Copiez-le maintenant : il ne sera plus jamais affiché.</p>
            <CopyField label="Nouveau jeton" value={created} />
          </Alert>
        )}
      </section>
      <section aria-labelledby="my-tokens">
        <h2 id="my-tokens">Mes jetons actifs</h2>
        <Async resource={tokens}>
          {(items) =>
            items.length === 0 ? (
              <p className="empty">Aucun jeton actif.</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Nom</th>
                      <th scope="col">Début</th>
                      <th scope="col">Créé le</th>
                      <th scope="col">Dernière utilisation</th>
                      <th scope="col"><span className="visually-hidden">Actions</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((t) => (
                      <tr key={t.id}>
                        <th scope="row">{t.name}</th>
                        <td><code>{t.prefix}…</code></td>
                        <td>{formatDateTime(t.createdAt)}</td>
                        <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Jamais'}</td>
                        <td>
                          <Button variant="quiet" small onPress={() => setRevoking(t)} aria-label={`Révoquer le jeton ${t.name}`}>
                            Révoquer
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Async>
      </section>
      <ConfirmDialog
        title="Révoquer ce jeton ?"
        isOpen={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        confirmLabel="Révoquer"
        onConfirm={async () => {
          if (!revoking) return;
          await revokeToken(revoking.id);
          tokens.setData((list) => (list ?? []).filter((t) => t.id !== revoking.id));
        }}
      >
        <p>Les outils qui utilisent « {revoking?.name} » perdront immédiatement l’accès à l’API.</p>
      </ConfirmDialog>
    </>
  );
}
