import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/**
 * Shown when saving answered 409 version_conflict: someone saved the action meanwhile. Nothing was overwritten; the
 * user chooses to reload (losing their edits) after comparing with the current version in another tab.
 */
export function ConflictAlert({ actionId, currentVersion, onReload }: { actionId: string; currentVersion?: number; onReload: () => void }) {
  return (
    <Alert tone="warning" live title="Vos modifications n’ont pas été enregistrées">
      <p>
        Quelqu’un d’autre a enregistré cette action pendant que vous la modifiiez
        {currentVersion !== undefined && ` (elle en est maintenant à sa version ${currentVersion})`}. Pour ne pas écraser son travail,
        rien n’a été enregistré.
      </p>
      <p>
        Comparez avec la{' '}
        <a href={`/actions/${actionId}`} target="_blank" rel="noopener">
          version actuelle (nouvel onglet)
        </a>
        , notez vos changements, puis rechargez le formulaire pour les reporter.
      </p>
      <Button variant="secondary" onPress={onReload}>
        Recharger la version actuelle (abandonner mes modifications)
      </Button>
    </Alert>
  );
}
