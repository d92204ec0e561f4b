import { useId, useState } from 'react';
import { Button } from './Button';

/** Read-only value with a copy button (invitation links, API tokens); the result is announced. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copié dans le presse-papiers.');
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setStatus('Copie impossible : le texte est sélectionné, copiez-le avec Ctrl+C.');
    }
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="cluster">
        <input id={id} className="input" readOnly value={value} onFocus={(e) => e.currentTarget.select()} style={{ flex: '1 1 16rem' }} />
        <Button variant="secondary" onPress={copy}>
          Copier
        </Button>
      </div>
      <p role="status" className="small muted">
        {status}
      </p>
    </div>
  );
}
