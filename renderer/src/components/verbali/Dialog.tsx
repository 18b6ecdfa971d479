import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ActionButton, CancelButton, type ActionButtonProps } from '../FormActions';

interface DialogProps {
  title: string;
  /** Called on Escape and by the "Indietro" button. */
  onClose: () => void;
  children: ReactNode;
  /** The dialog's action button (none when there is nothing to do yet); "form" ties it to the form in the dialog. */
  action?: Omit<ActionButtonProps, 'small'>;
  /** The text of the button that closes the dialog without acting: "Indietro" unless said otherwise. */
  backLabel?: string;
  /** role="alertdialog" for a confirmation that interrupts (e.g. overwriting edits). */
  alert?: boolean;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element (focus kept inside, Escape closes, the page behind is inert),
 * dressed with Bootstrap Italia's modal classes: no Bootstrap JS needed. Focus goes back where it was on close.
 */
export function Dialog({ title, onClose, children, action, backLabel = 'Indietro', alert = false, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`verbali-dialog${wide ? ' is-wide' : ''}`}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // React owns the open state: close through the caller
        onClose();
      }}
    >
      <div className="modal-content">
        <div className="modal-header">
          <h2 className="modal-title h4" id={titleId}>
            {title}
          </h2>
        </div>
        <div className="modal-body">{children}</div>
        <div className="modal-footer">
          {action && <ActionButton {...action} small />}
          <CancelButton label={backLabel} small onClick={onClose} />
        </div>
      </div>
    </dialog>
  );
}
