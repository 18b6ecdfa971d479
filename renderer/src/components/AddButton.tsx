import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface AddButtonProps {
  /** What it adds: «Nuova seduta», «Nuovo verbale»… */
  children: ReactNode;
  onClick: () => void;
  id?: string;
  /** For a button that opens a panel in the page. */
  'aria-expanded'?: boolean;
}

/** The primary «+» button that starts a new record. */
export function AddButton({ children, onClick, ...button }: AddButtonProps) {
  return (
    <button {...button} type="button" className="btn btn-primary btn-sm btn-icon" onClick={onClick}>
      <Icon name="it-plus" className="icon-white icon-sm" />
      <span>{children}</span>
    </button>
  );
}
