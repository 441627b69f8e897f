import { useId, type ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';

/** A labelled control with its hint and the server's error for the field shown next to it. */
export function Field({ label, error, hint, children, className }: {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && <small id={hintId} className="hint">{hint}</small>}
      {error && <small id={errorId} className="field-error" role="alert">⚠ {error}</small>}
    </div>
  );
}

/** The problem a request met, in words, with the fields' errors listed if they are not shown by fields. */
export function Problem({ error, fieldsShown = [] }: { error: unknown; fieldsShown?: string[] }) {
  if (!error) return null;
  if (error instanceof ApiError) {
    const others = Object.entries(error.fieldErrors).filter(([field]) => !fieldsShown.includes(field));
    return (
      <div className="problem" role="alert">
        <strong>{error.problem.title ?? 'That did not work'}</strong>
        {error.problem.detail && <p>{error.problem.detail}</p>}
        {others.length > 0 && (
          <ul>{others.map(([field, message]) => <li key={field}><code>{field}</code>: {message}</li>)}</ul>
        )}
      </div>
    );
  }
  return <div className="problem" role="alert"><strong>Something went wrong.</strong> <p>{String((error as Error).message ?? error)}</p></div>;
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[field] : undefined;
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <p className="loading" role="status">{what}…</p>;
}
