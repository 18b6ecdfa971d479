import type { ReactNode } from 'react';

export interface ActionButtonProps {
  /** The action's text. */
  label: ReactNode;
  /** Disabled while its request is on its way, or while something blocks it. */
  disabled?: boolean;
  /** Red, for an action that annuls or overwrites. */
  danger?: boolean;
  small?: boolean;
  /** Submits the form with this id: for a button outside its form, as in a dialog's footer. */
  form?: string;
  /** Makes it a plain button that runs this, instead of a submit button. */
  onClick?: () => void;
}

/** The primary (or danger) button of a form or dialog: submits, or runs onClick. */
export function ActionButton({ label, disabled, danger = false, small = false, form, onClick }: ActionButtonProps) {
  return (
    <button
      type={onClick ? 'button' : 'submit'}
      form={form}
      className={`btn ${danger ? 'btn-danger' : 'btn-primary'}${small ? ' btn-sm' : ''}`}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

/** The way back out of a form or dialog, without saving. */
export function CancelButton({ label = 'Annulla', small = false, onClick }: { label?: string; small?: boolean; onClick: () => void }) {
  return (
    <button type="button" className={`btn btn-outline-primary${small ? ' btn-sm' : ''}`} onClick={onClick}>
      {label}
    </button>
  );
}

interface FormActionsProps extends Omit<ActionButtonProps, 'form' | 'onClick'> {
  onCancel: () => void;
  /** "Annulla" unless said otherwise (e.g. "Indietro"). */
  cancelLabel?: string;
}

/** The row that ends a form: its submit button, then the way back. */
export function FormActions({ onCancel, cancelLabel, ...action }: FormActionsProps) {
  return (
    <div className="d-flex flex-wrap gap-2">
      <ActionButton {...action} />
      <CancelButton label={cancelLabel} small={action.small} onClick={onCancel} />
    </div>
  );
}
