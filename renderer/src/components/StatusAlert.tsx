import type { AppError } from '../../../shared/result';

interface StatusAlertProps {
  error?: AppError | null;
  /** Per-field messages the form cannot show beside a field. */
  otherErrors?: readonly string[];
  success?: string | null;
}

/** The summary above a form: the backend's Italian error message, or the success message. */
export function StatusAlert({ error, otherErrors = [], success }: StatusAlertProps) {
  if (error) {
    return (
      <div className="alert alert-danger form-status" role="alert">
        <p className="mb-0">{error.message}</p>
        {otherErrors.length > 0 && (
          <ul className="mb-0 mt-2">
            {otherErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (success) {
    return (
      <div className="alert alert-success form-status" role="status">
        {success}
      </div>
    );
  }
  return null;
}

/** The page's notice of what was just done (e.g. "Seduta del 10/03/2026 registrata."), when there is one. */
export function Notice({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <div className="alert alert-success" role="status">
      {text}
    </div>
  );
}

/** A failed load: the message, and a way to retry. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="alert alert-danger" role="alert">
      <p className={onRetry ? 'mb-2' : 'mb-0'}>{message}</p>
      {onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRetry}>
          Riprova
        </button>
      )}
    </div>
  );
}

/** While data loads: the spinner, or the failed load's message and the way to retry. */
export function LoadState({ error, onRetry, text }: { error: string | null | undefined; onRetry?: () => void; text?: string }) {
  return error ? <LoadError message={error} onRetry={onRetry} /> : <Loading text={text} />;
}

/** Shown while data loads: never a blank page. */
export function Loading({ text = 'Caricamento in corso…' }: { text?: string }) {
  return (
    <div className="d-flex align-items-center gap-3 py-3" role="status">
      <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
