import type { ReactNode } from 'react';

export type Tone = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<Tone, string> = { info: 'ℹ', success: '✓', warning: '⚠', error: '✖' };
const PREFIX: Record<Tone, string> = { info: 'Information : ', success: 'Succès : ', warning: 'Attention : ', error: 'Erreur : ' };

/**
 * A message box. The tone is conveyed by an icon and a hidden text prefix, not by colour alone. `live` makes it
 * announced when it appears (assertive for errors).
 */
export function Alert({ tone = 'info', title, children, live }: { tone?: Tone; title?: string; children?: ReactNode; live?: boolean }) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role}>
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">
        <span className="visually-hidden">{PREFIX[tone]}</span>
        {title && <p><strong>{title}</strong></p>}
        {children}
      </div>
    </div>
  );
}
