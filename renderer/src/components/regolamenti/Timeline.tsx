import type { ReactNode } from 'react';

/** A vertical timeline: a line down the left, a dot and a date for each step. */
export function Timeline({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ol className="reg-timeline" aria-label={label}>
      {children}
    </ol>
  );
}

interface TimelineItemProps {
  /** The date as shown ("25/09/2020"), or another short label. */
  date: ReactNode;
  /** ISO date for <time>, when `date` is one. */
  dateTime?: string;
  children: ReactNode;
  /** Marks the step the reader is looking at (e.g. the version in force). */
  highlight?: boolean;
}

export function TimelineItem({ date, dateTime, children, highlight }: TimelineItemProps) {
  return (
    <li className={`reg-timeline-item${highlight ? ' is-highlight' : ''}`}>
      <span className="reg-timeline-dot" aria-hidden="true" />
      <div className="reg-timeline-date">{dateTime ? <time dateTime={dateTime}>{date}</time> : date}</div>
      <div className="reg-timeline-body">{children}</div>
    </li>
  );
}
