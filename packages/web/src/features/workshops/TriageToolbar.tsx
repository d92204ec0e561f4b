import { Button } from '../../ui/Button';
import { plural } from '../../format';
import type { TriageKind } from './TriageActions';

interface Props {
  canTriage: boolean;
  canPropose: boolean;
  selectedCount: number;
  onOpen: (dialog: TriageKind | 'propose') => void;
}

/** Decisions on the selected proposals; stays in view while scrolling the columns. */
export function TriageToolbar({ canTriage, canPropose, selectedCount, onOpen }: Props) {
  if (!canTriage && !canPropose) return null;
  const none = selectedCount === 0;
  return (
    <div className="triage-bar" role="toolbar" aria-label="Tri des propositions">
      {canTriage && (
        <>
          <span aria-live="polite">
            {none ? 'Aucune proposition sélectionnée' : plural(selectedCount, 'proposition sélectionnée', 'propositions sélectionnées')}
          </span>
          <Button small onPress={() => onOpen('retain')} isDisabled={none}>Retenir</Button>
          <Button small variant="secondary" onPress={() => onOpen('merge')} isDisabled={none}>Fusionner…</Button>
          <Button small variant="secondary" onPress={() => onOpen('set_aside')} isDisabled={none}>Écarter…</Button>
        </>
      )}
      {canPropose && <Button small variant="quiet" onPress={() => onOpen('propose')}>Ajouter une proposition</Button>}
    </div>
  );
}
