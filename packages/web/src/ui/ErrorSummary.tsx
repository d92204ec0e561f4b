import { useEffect, useRef } from 'react';

export interface FieldErrorEntry {
  /** id of the field's input (or group) to focus. */
  fieldId: string;
  label: string;
  message: string;
}

/** Moves focus to a field; for groups, to their first focusable control. */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches('input, textarea, select, button') ? el : el.querySelector<HTMLElement>('input, textarea, select, button');
  (target ?? el).focus();
  el.scrollIntoView?.({ block: 'center' });
}

/**
 * Summary of a form's errors, announced when it appears and focused so that keyboard users land on it; each entry
 * links to its field.
 */
export function ErrorSummary({ errors, title = 'Le formulaire contient des erreurs', focusKey }: { errors: FieldErrorEntry[]; title?: string; focusKey?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
    // Refocus on every failed submission (focusKey changes), not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <span className="alert__icon" aria-hidden="true">✖</span>
      <div className="alert__body">
        <p id="error-summary-title">
          <strong>{title} ({errors.length}) :</strong>
        </p>
        <ul>
          {errors.map((e) => (
            <li key={e.fieldId + e.message}>
              <a
                href={`#${e.fieldId}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusField(e.fieldId);
                }}
              >
                {e.label} : {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
