import { IMPORT_FIELD_LABELS } from '../../labels';
import { formatNumber } from '../../format';
import type { ImportIssue, ImportReport } from './api';

function IssuesTable({ caption, issues }: { caption: string; issues: ImportIssue[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
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
          {issues.map((e, i) => (
            <tr key={i}>
              <td className="num">{e.row ?? 'Fichier'}</td>
              <td>{e.column ?? '—'}</td>
              <td>{e.field ? (IMPORT_FIELD_LABELS[e.field] ?? e.field) : '—'}</td>
              <td>{e.value ? <code>{e.value.length > 60 ? `${e.value.slice(0, 57)}…` : e.value}</code> : '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a (dry) run found: counts, axes to create, errors by row and column, warnings. */
export function ReportView({ report }: { report: ImportReport }) {
  const verb = report.dryRun ? 'seraient créées' : 'ont été créées';
  return (
    <div className="stack">
      <ul className="counts">
        <li>Lignes lues : <strong>{formatNumber(report.rowCount)}</strong></li>
        <li>Actions qui {verb} : <strong>{formatNumber(report.dryRun ? report.toCreate : report.created)}</strong></li>
        <li>Erreurs : <strong>{formatNumber(report.errors.length)}</strong></li>
        <li>Avertissements : <strong>{formatNumber(report.warnings.length)}</strong></li>
      </ul>
      {report.axesToCreate.length > 0 && (
        <p>
          Axes {report.dryRun ? 'à créer' : 'créés'} : {report.axesToCreate.map((a) => `« ${a} »`).join(', ')}.
        </p>
      )}
      {report.errors.length > 0 && <IssuesTable caption="Erreurs à corriger dans le fichier" issues={report.errors} />}
      {report.warnings.length > 0 && <IssuesTable caption="Avertissements (l’import reste possible)" issues={report.warnings} />}
    </div>
  );
}
