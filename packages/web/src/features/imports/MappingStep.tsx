import { useState } from 'react';
import { ACTION_IMPORT_FIELDS } from '@trajectoire/domain/tabular/action-columns';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { IMPORT_FIELD_LABELS } from '../../labels';
import { formatNumber } from '../../format';
import type { ImportPreview, Mapping } from './api';
import { mappingProblems } from './mapping';

const OPTIONS = ACTION_IMPORT_FIELDS.map((f) => ({ id: f, label: IMPORT_FIELD_LABELS[f] ?? f }));

interface Props {
  fileName: string;
  preview: ImportPreview;
  mapping: Mapping;
  onMappingChange: (m: Mapping) => void;
  onSheetChange: (sheet: string) => void;
  onBack: () => void;
  onDryRun: () => Promise<void>;
}

/** Step 2: one field per column of the file, with a few sample values to recognise it. */
export function MappingStep({ fileName, preview, mapping, onMappingChange, onSheetChange, onBack, onDryRun }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    const found = mappingProblems(mapping, preview.headers);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await onDryRun();
    } finally {
      setBusy(false);
    }
  };
  const details = [preview.format.toUpperCase(), preview.encoding && `encodage ${preview.encoding}`, preview.separator && `séparateur « ${preview.separator} »`, `en-têtes ligne ${preview.headerRow}`]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="stack">
      <p>
        <strong>{fileName}</strong> : {formatNumber(preview.rowCount)} ligne(s) de données ({details}).
      </p>
      {preview.sheets.length > 1 && (
        <SelectField label="Feuille à importer" options={preview.sheets.map((s) => ({ id: s, label: s }))} value={preview.sheet} onChange={(v) => v && onSheetChange(v)} />
      )}
      {preview.duplicatedHeaders.length > 0 && <Alert tone="warning">Colonnes en double : {preview.duplicatedHeaders.join(', ')}.</Alert>}
      {problems.length > 0 && (
        <Alert tone="error" live title="La correspondance est incomplète">
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </Alert>
      )}
      <div className="table-wrap">
        <table className="table mapping-table">
          <caption>Correspondance des colonnes du fichier avec les champs d’une action</caption>
          <thead>
            <tr>
              <th scope="col">Colonne du fichier</th>
              <th scope="col">Champ de l’action</th>
              <th scope="col">Exemples de valeurs</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, i) => {
              const name = header || `Colonne ${i + 1}`;
              const samples = preview.sampleRows.map((r) => r[i]).filter((v) => v && v.trim()).slice(0, 3);
              return (
                <tr key={i}>
                  <th scope="row">{name}</th>
                  <td>
                    <SelectField
                      label={`Champ pour la colonne « ${name} »`}
                      className="field--compact"
                      options={OPTIONS}
                      value={mapping[String(i)] ?? null}
                      emptyLabel="Ignorer cette colonne"
                      onChange={(v) => onMappingChange({ ...mapping, [String(i)]: v })}
                    />
                  </td>
                  <td className="small">
                    {samples.length ? <ul className="plain-list">{samples.map((s, j) => <li key={j}>{s.length > 80 ? `${s.slice(0, 77)}…` : s}</li>)}</ul> : <span className="muted">(vide)</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button onPress={check} isDisabled={busy}>{busy ? 'Vérification…' : 'Vérifier l’import (essai à blanc)'}</Button>
        <Button variant="secondary" onPress={onBack}>Choisir un autre fichier</Button>
      </div>
    </div>
  );
}
