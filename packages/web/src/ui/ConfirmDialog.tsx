import { useState, type ReactNode } from 'react';
import { ModalDialog } from './Dialog';
import { Button } from './Button';
import { Alert } from './Alert';
import { errorText } from './AsyncState';

export interface ConfirmDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => Promise<void>;
  confirmLabel: string;
  children: ReactNode;
}

/** Confirmation of a destructive operation; failures stay in the dialog so that nothing seems done when it is not. */
export function ConfirmDialog({ title, isOpen, onOpenChange, onConfirm, confirmLabel, children }: ConfirmDialogProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (close: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      {(close) => (
        <>
          {children}
          {error !== null && <Alert tone="error" live>{errorText(error)}</Alert>}
          <div className="form-actions">
            <Button variant="danger" onPress={() => confirm(close)} isDisabled={busy}>
              {busy ? 'Veuillez patienter…' : confirmLabel}
            </Button>
            <Button variant="secondary" onPress={close}>
              Annuler
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
