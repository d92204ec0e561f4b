import { formatNumber } from '../../format';
import type { ValueImportReport } from './api';
import { VALUE_FIELD_LABELS } from './format';

/** Counts and the errors of a (dry) run, by row and column. */
export function ValueImportReportView({ report }: { report: ValueImportReport }) {
  return (
    <div className="stack">
      <ul className="counts">
        <li>Lignes lues : <strong>{formatNumber(report.rowCount)}</strong></li>
        <li>Valeurs {report.dryRun ? 'à importer' : 'importées'} : <strong>{formatNumber(report.dryRun ? report.toImport : report.imported)}</strong></li>
        <li>Sources {report.dryRun ? 'à créer' : 'créées'} : <strong>{formatNumber(report.sourcesToCreate)}</strong></li>
        <li>Erreurs : <strong>{formatNumber(report.errors.length)}</strong></li>
      </ul>
      {report.errors.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>Erreurs à corriger dans le fichier</caption>
            <thead>
              <tr>
                <th scope="col" className="num">Ligne</th>
                <th scope="col">Colonne</th>
                <th scope="col">Champ</th>
                <th scope="col">Valeur</th>
                <th scope="col">Problème</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td className="num">{e.row ?? 'Fichier'}</td>
                  <td>{e.column ?? '—'}</td>
                  <td>{e.field ? (VALUE_FIELD_LABELS[e.field] ?? e.field) : '—'}</td>
                  <td>{e.value ? <code>{e.value.length > 60 ? `${e.value.slice(0, 57)}…` : e.value}</code> : '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
