import { useRef, useState } from 'react';
import { can } from '@trajectoire/domain';
import { isApiError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { Alert } from '../../ui/Alert';
import { Async, errorText } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button, ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageTitle';
import { NotFoundPage } from '../../app/NotFoundPage';
import { plural } from '../../format';
import { useActor } from '../auth/session';
import { getPlan, type PlanDetail } from '../plans/api';
import { previewImport, runImport, type ImportPreview, type ImportReport, type Mapping } from './api';
import { initialMapping } from './mapping';
import { MappingStep } from './MappingStep';
import { ReportView } from './ReportView';
import { Stepper } from './Stepper';
import { UploadStep } from './UploadStep';

type State =
  | { step: 0 }
  | { step: 1; file: File; preview: ImportPreview; mapping: Mapping }
  | { step: 2; file: File; preview: ImportPreview; mapping: Mapping; report: ImportReport }
  | { step: 3; report: ImportReport };

function Wizard({ plan }: { plan: PlanDetail }) {
  const [state, setState] = useState<State>({ step: 0 });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = (next: State) => {
    setFailure(null);
    setState(next);
    // Each step replaces the content: move focus to its heading so screen readers follow.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const dryRun = async (s: Extract<State, { step: 1 | 2 }>) => {
    try {
      const report = await runImport(plan.id, s.file, s.mapping, true, s.preview.sheet ?? undefined);
      go({ step: 2, file: s.file, preview: s.preview, mapping: s.mapping, report });
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  const confirm = async (s: Extract<State, { step: 2 }>) => {
    setBusy(true);
    setFailure(null);
    try {
      go({ step: 3, report: await runImport(plan.id, s.file, s.mapping, false, s.preview.sheet ?? undefined) });
    } catch (e) {
      const report = isApiError(e) ? (e.body.report as ImportReport | undefined) : undefined;
      if (report) setState({ ...s, report: { ...report, dryRun: true } });
      setFailure(`${errorText(e)} Aucune action n’a été importée.`);
    } finally {
      setBusy(false);
    }
  };
  const titles = ['Choisir le fichier', 'Associer les colonnes', 'Vérifier avant d’importer', 'Import terminé'];

  return (
    <>
      <Stepper current={state.step} />
      <h2 ref={heading} tabIndex={-1}>{titles[state.step]}</h2>
      {failure && <Alert tone="error" live>{failure}</Alert>}
      {state.step === 0 && <UploadStep planId={plan.id} onPreview={(file, preview) => go({ step: 1, file, preview, mapping: initialMapping(preview) })} />}
      {state.step === 1 && (
        <MappingStep
          fileName={state.file.name}
          preview={state.preview}
          mapping={state.mapping}
          onMappingChange={(mapping) => setState({ ...state, mapping })}
          onSheetChange={async (sheet) => {
            try {
              const preview = await previewImport(plan.id, state.file, sheet);
              setState({ step: 1, file: state.file, preview, mapping: initialMapping(preview) });
            } catch (e) {
              setFailure(errorText(e));
            }
          }}
          onBack={() => go({ step: 0 })}
          onDryRun={() => dryRun(state)}
        />
      )}
      {state.step === 2 && (
        <>
          {state.report.errors.length > 0 ? (
            <Alert tone="error" live title={`${plural(state.report.errors.length, 'erreur')} empêche${state.report.errors.length > 1 ? 'nt' : ''} l’import`}>
              L’import est tout ou rien : corrigez le fichier (ou la correspondance des colonnes) puis vérifiez de nouveau. Rien n’a été écrit.
            </Alert>
          ) : (
            <Alert tone="success" live>Le fichier est valide : {plural(state.report.toCreate, 'action sera créée', 'actions seront créées')}.</Alert>
          )}
          <ReportView report={state.report} />
          <div className="form-actions">
            {state.report.errors.length === 0 && (
              <Button onPress={() => confirm(state)} isDisabled={busy}>{busy ? 'Import en cours…' : `Importer ${plural(state.report.toCreate, 'action')}`}</Button>
            )}
            <Button variant="secondary" onPress={() => go({ step: 1, file: state.file, preview: state.preview, mapping: state.mapping })}>Modifier la correspondance</Button>
            <Button variant="secondary" onPress={() => go({ step: 0 })}>Choisir un autre fichier</Button>
          </div>
        </>
      )}
      {state.step === 3 && (
        <>
          <Alert tone="success" live>{plural(state.report.created, 'action importée', 'actions importées')} dans « {plan.title} ».</Alert>
          <ReportView report={state.report} />
          <ButtonLink variant="primary" href={`/plans/${plan.id}`}>Voir le plan</ButtonLink>
        </>
      )}
    </>
  );
}

export function ImportPage({ planId }: { planId: string }) {
  const plan = useResource((signal) => getPlan(planId, signal), [planId]);
  return <Async resource={plan}>{(p) => <ImportView plan={p} />}</Async>;
}

function ImportView({ plan }: { plan: PlanDetail }) {
  const actor = useActor(plan.organisationId);
  if (actor && !can(actor, 'import.run')) return <NotFoundPage />;
  return (
    <>
      <Breadcrumbs items={[{ label: plan.title, href: `/plans/${plan.id}` }, { label: 'Importer des actions' }]} />
      <PageHeader title="Importer des actions" kicker={plan.title} />
      <Wizard plan={plan} />
    </>
  );
}
