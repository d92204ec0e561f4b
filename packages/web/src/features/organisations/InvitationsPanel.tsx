import { useState } from 'react';
import { useResource } from '../../api/use-resource';
import { Async } from '../../ui/AsyncState';
import { Button } from '../../ui/Button';
import { CopyField } from '../../ui/CopyField';
import { Alert } from '../../ui/Alert';
import { ROLE_LABELS } from '../../labels';
import { formatDate } from '../../format';
import { listInvitations, revokeInvitation, type Invitation } from './api';
import { InviteForm } from './InviteForm';

/** Pending invitations and the form creating new ones. The server sends no email: the admin copies the link. */
export function InvitationsPanel({ orgId }: { orgId: string }) {
  const invitations = useResource((signal) => listInvitations(orgId, signal).then((p) => p.items), [orgId]);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const revoke = async (inv: Invitation) => {
    setRevokeError(null);
    try {
      await revokeInvitation(orgId, inv.id);
      invitations.setData((list) => (list ?? []).filter((x) => x.id !== inv.id));
    } catch {
      setRevokeError(`La révocation de l’invitation de ${inv.email} a échoué.`);
    }
  };

  return (
    <section aria-labelledby="invitations-title" className="stack">
      <h2 id="invitations-title">Invitations</h2>
      <InviteForm
        orgId={orgId}
        onCreated={(invitation, acceptUrl) => {
          setLink({ email: invitation.email, url: new URL(acceptUrl, window.location.origin).href });
          invitations.setData((list) => [invitation, ...(list ?? [])]);
        }}
      />
      {link && (
        <Alert tone="success" live title={`Invitation créée pour ${link.email}`}>
          <p>Transmettez ce lien à la personne invitée ; il ne sera plus affiché ensuite.</p>
          <CopyField label="Lien d’invitation" value={link.url} />
        </Alert>
      )}
      {revokeError && <Alert tone="error" live>{revokeError}</Alert>}
      <h3>Invitations en attente</h3>
      <Async resource={invitations}>
        {(items) => {
          const pending = items.filter((i) => i.status === 'pending');
          return pending.length === 0 ? (
            <p className="empty">Aucune invitation en attente.</p>
          ) : (
            <ul className="plain-list">
              {pending.map((inv) => (
                <li key={inv.id} className="spread card">
                  <span>
                    <strong>{inv.email}</strong> — {ROLE_LABELS[inv.role]}
                    {inv.pilotedOnly && ' (actions pilotées uniquement)'}
                    <span className="small muted"> · expire le {formatDate(inv.expiresAt)}</span>
                  </span>
                  <Button variant="quiet" small onPress={() => revoke(inv)} aria-label={`Révoquer l’invitation de ${inv.email}`}>
                    Révoquer
                  </Button>
                </li>
              ))}
            </ul>
          );
        }}
      </Async>
    </section>
  );
}
