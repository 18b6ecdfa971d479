import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Called on Escape and by the caller's own "Indietro" button. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons: usually the action and "Indietro". */
  footer?: ReactNode;
  /** role="alertdialog" for a confirmation that interrupts (e.g. overwriting edits). */
  alert?: boolean;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element (focus kept inside, Escape closes, the page behind is inert),
 * dressed with Bootstrap Italia's modal classes: no Bootstrap JS needed. Focus goes back where it was on close.
 */
export function Dialog({ title, onClose, children, footer, alert = false, wide = false }: DialogProps) {
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
        {footer && <div className="modal-footer">{footer}</div>}
      </div>
    </dialog>
  );
}
