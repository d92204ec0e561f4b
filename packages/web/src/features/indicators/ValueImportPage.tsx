import { useRef, useState, type FormEvent } from 'react';
import { can } from '@trajectoire/domain';
import { isApiError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { NotFoundPage } from '../../app/NotFoundPage';
import { plural } from '../../format';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button, ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageTitle';
import { useActor } from '../auth/session';
import { getOrganisation, type OrganisationDetail } from '../organisations/api';
import { importValues, type ValueImportReport } from './api';
import { ValueImportReportView } from './ValueImportReport';

type State = { step: 'file' } | { step: 'check'; file: File; report: ValueImportReport } | { step: 'done'; report: ValueImportReport };
const TITLES = { file: 'Choisir le fichier', check: 'Vérifier avant d’importer', done: 'Import terminé' };

function Wizard({ org }: { org: OrganisationDetail }) {
  const [state, setState] = useState<State>({ step: 'file' });
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = (next: State) => {
    setFailure(null);
    setState(next);
    // The content is replaced: focus its heading so screen readers follow.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFailure('Choisissez un fichier CSV ou XLSX.');
      document.getElementById('values-file')?.focus();
      return;
    }
    void run(async () => {
      try {
        go({ step: 'check', file, report: await importValues(org.id, file, true) });
      } catch (err) {
        setFailure(errorText(err));
      }
    });
  };
  const confirm = (s: Extract<State, { step: 'check' }>) =>
    run(async () => {
      try {
        go({ step: 'done', report: await importValues(org.id, s.file, false) });
      } catch (err) {
        const report = isApiError(err) ? (err.body.report as ValueImportReport | undefined) : undefined;
        if (report) setState({ ...s, report: { ...report, dryRun: true } });
        setFailure(`${errorText(err)} Aucune valeur n’a été importée.`);
      }
    });

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>{TITLES[state.step]}</h2>
      {failure && <Alert tone="error" live>{failure}</Alert>}
      {state.step === 'file' && (
        <form onSubmit={check} noValidate className="stack">
          <div className="field">
            <label htmlFor="values-file" className="field__label">Fichier des valeurs</label>
            <p id="values-file-hint" className="field__hint">
              Tableur XLSX ou fichier CSV (10 Mo au plus), au format long : une ligne par territoire, indicateur et année. Colonnes
              attendues : territoire (code, par exemple epci:200054781), indicateur (code du catalogue), année, valeur, producteur ;
              facultatives : unité, nature (observée, cible, estimation), jeu de données, méthode, date de version, licence, commentaire.
            </p>
            <input
              id="values-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="values-file-hint"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <Alert tone="info">L’import est « tout ou rien » : une vérification à blanc précède toujours l’import. Réimporter la même source remplace ses valeurs.</Alert>
          <div className="form-actions">
            <Button type="submit" isDisabled={busy}>{busy ? 'Vérification…' : 'Vérifier le fichier (essai à blanc)'}</Button>
          </div>
        </form>
      )}
      {state.step === 'check' && (
        <>
          {state.report.errors.length > 0 ? (
            <Alert tone="error" live title={`${plural(state.report.errors.length, 'erreur')} empêche${state.report.errors.length > 1 ? 'nt' : ''} l’import`}>
              Corrigez le fichier puis vérifiez de nouveau. Rien n’a été écrit.
            </Alert>
          ) : (
            <Alert tone="success" live>Le fichier est valide : {plural(state.report.toImport, 'valeur sera importée', 'valeurs seront importées')}.</Alert>
          )}
          <ValueImportReportView report={state.report} />
          <div className="form-actions">
            {state.report.errors.length === 0 && (
              <Button onPress={() => confirm(state)} isDisabled={busy}>{busy ? 'Import en cours…' : `Importer ${plural(state.report.toImport, 'valeur')}`}</Button>
            )}
            <Button variant="secondary" onPress={() => go({ step: 'file' })}>Choisir un autre fichier</Button>
          </div>
        </>
      )}
      {state.step === 'done' && (
        <>
          <Alert tone="success" live>{plural(state.report.imported, 'valeur importée', 'valeurs importées')}.</Alert>
          <ValueImportReportView report={state.report} />
          <ButtonLink variant="primary" href={`/organisations/${org.id}/tableau-de-bord`}>Voir le tableau de bord</ButtonLink>
        </>
      )}
    </>
  );
}

function ImportView({ org }: { org: OrganisationDetail }) {
  const actor = useActor(org.id);
  if (actor && !can(actor, 'import.run')) return <NotFoundPage />;
  return (
    <>
      <Breadcrumbs items={[{ label: org.name, href: `/organisations/${org.id}` }, { label: 'Tableau de bord', href: `/organisations/${org.id}/tableau-de-bord` }, { label: 'Importer des valeurs' }]} />
      <PageHeader title="Importer des valeurs d’indicateurs" kicker={org.name} />
      <Wizard org={org} />
    </>
  );
}

export function ValueImportPage({ id }: { id: string }) {
  const org = useResource((signal) => getOrganisation(id, signal), [id]);
  return <Async resource={org}>{(o) => <ImportView org={o} />}</Async>;
}
