import { useState, type FormEvent } from 'react';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/AsyncState';
import { previewImport, type ImportPreview } from './api';

/** Step 1: choose a CSV or XLSX file; the server detects encoding, separator and header row. */
export function UploadStep({ planId, onPreview }: { planId: string; onPreview: (file: File, preview: ImportPreview) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError('Choisissez un fichier CSV ou XLSX.');
      document.getElementById('import-file')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onPreview(file, await previewImport(planId, file));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <div className="field">
        <label htmlFor="import-file" className="field__label">Fichier du plan d’actions</label>
        <p id="import-file-hint" className="field__hint">Tableur XLSX ou fichier CSV (10 Mo au plus), une action par ligne, les intitulés de colonnes en première ligne.</p>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        {error && <p id="import-file-error" className="field__error" role="alert">{error}</p>}
      </div>
      <Alert tone="info">L’import est « tout ou rien » : si une seule ligne est invalide, aucune action n’est créée. Une vérification à blanc précède toujours l’import.</Alert>
      <div className="form-actions">
        <Button type="submit" isDisabled={busy}>{busy ? 'Analyse du fichier…' : 'Analyser le fichier'}</Button>
      </div>
    </form>
  );
}
