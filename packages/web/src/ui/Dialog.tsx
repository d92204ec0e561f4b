import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ReactNode } from 'react';
import { Button } from './Button';

export interface ModalDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode | ((close: () => void) => ReactNode);
  wide?: boolean;
  /** Alert dialogs (destructive confirmations) are not dismissed by clicking outside. */
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog with a heading (its accessible name) and a close button; Escape closes it, focus is trapped. */
export function ModalDialog({ title, isOpen, onOpenChange, children, wide, role = 'dialog' }: ModalDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={role === 'dialog'}>
      <Modal className={wide ? 'react-aria-Modal modal--wide' : 'react-aria-Modal'}>
        <Dialog role={role}>
          {({ close }) => (
            <>
              <div className="dialog__header">
                <Heading slot="title">{title}</Heading>
                <Button variant="quiet" small onPress={close} aria-label="Fermer la fenêtre">
                  ✕
                </Button>
              </div>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
