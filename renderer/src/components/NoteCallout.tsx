import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface NoteCalloutProps {
  title: string;
  children: ReactNode;
  className?: string;
}

/** Bootstrap Italia's «note» callout with the info icon: why something is read-only, or what a record is. */
export function NoteCallout({ title, children, className = '' }: NoteCalloutProps) {
  return (
    <div className={`callout note ${className}`.trim()}>
      <div className="callout-inner">
        <div className="callout-title">
          <Icon name="it-info-circle" />
          <span className="text">{title}</span>
        </div>
        {children}
      </div>
    </div>
  );
}
