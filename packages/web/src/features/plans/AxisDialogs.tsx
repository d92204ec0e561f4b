import { useEffect, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { isApiError } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ModalDialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/AsyncState';
import { serverFieldErrors } from '../../ui/form-errors';
import { plural } from '../../format';
import { createAxis, deleteAxis, updateAxis, type AxisNode, type PlanDetail } from './api';
import { flattenAxes, subtreeIds, totalActions } from './axis-tree';

export type AxisOperation =
  | { kind: 'add-root' }
  | { kind: 'add-child' | 'rename' | 'up' | 'down' | 'move' | 'delete'; axis: AxisNode };

interface Props {
  plan: PlanDetail;
  operation: AxisOperation;
  onClose: () => void;
  onChanged: () => void;
}

const conflictText = (e: unknown) =>
  isApiError(e) && e.code === 'version_conflict' ? 'Cet axe a été modifié entre-temps par quelqu’un d’autre ; la page a été rechargée, recommencez.' : errorText(e);

function TitleDialog({ plan, operation, onClose, onChanged }: Props) {
  const axis = operation.kind === 'add-root' ? null : operation.axis;
  const renaming = operation.kind === 'rename';
  const [title, setTitle] = useState(renaming ? axis!.title : '');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>(null);
  const heading = renaming ? 'Renommer l’axe' : axis ? `Ajouter un sous-axe à « ${axis.title} »` : 'Ajouter un axe';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError('Le titre de l’axe est obligatoire.');
    if (title.trim().length > 300) return setError('Le titre dépasse 300 caractères.');
    setError(undefined);
    try {
      if (renaming) await updateAxis(axis!.id, { title: title.trim(), version: axis!.version });
      else await createAxis(plan.id, { title: title.trim(), parentId: axis?.id ?? null });
      onChanged();
      onClose();
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (fields.title) setError(fields.title);
      else setFailure(err);
      if (isApiError(err) && err.code === 'version_conflict') onChanged();
    }
  };
  return (
    <ModalDialog title={heading} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form onSubmit={submit} validationBehavior="aria">
          {failure !== null && <Alert tone="error" live>{conflictText(failure)}</Alert>}
          <TextField id="axis-title" label="Titre de l’axe" value={title} onChange={setTitle} isRequired error={error} autoFocus />
          <div className="form-actions">
            <Button type="submit">{renaming ? 'Renommer' : 'Ajouter'}</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}

function MoveDialog({ plan, operation, onClose, onChanged }: Props) {
  const axis = (operation as { axis: AxisNode }).axis;
  const excluded = subtreeIds(axis);
  const options = [
    { id: 'root', label: 'Aucun (axe de premier niveau)' },
    ...flattenAxes(plan.axes)
      .filter((f) => !excluded.has(f.axis.id))
      .map((f) => ({ id: f.axis.id, label: `${'  '.repeat(f.depth)}${f.number}. ${f.axis.title}` })),
  ];
  const [parent, setParent] = useState<string>(axis.parentId ?? 'root');
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await updateAxis(axis.id, { parentId: parent === 'root' ? null : parent, version: axis.version });
      onChanged();
      onClose();
    } catch (err) {
      setFailure(err);
      if (isApiError(err) && err.code === 'version_conflict') onChanged();
    }
  };
  return (
    <ModalDialog title={`Déplacer « ${axis.title} »`} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form onSubmit={submit}>
          {failure !== null && <Alert tone="error" live>{conflictText(failure)}</Alert>}
          <SelectField label="Nouvel axe parent" options={options} value={parent} onChange={(v) => v && setParent(v)} />
          <p className="small muted">L’axe est placé en dernier sous son nouveau parent, avec ses sous-axes et ses actions.</p>
          <div className="form-actions">
            <Button type="submit">Déplacer</Button>
            <Button variant="secondary" onPress={close}>Annuler</Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}

function Reorder({ plan, operation, onClose, onChanged }: Props) {
  const axis = (operation as { axis: AxisNode }).axis;
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    // The API takes the index among siblings, which stored positions may not equal (gaps after deletions).
    const index = flattenAxes(plan.axes).find((f) => f.axis.id === axis.id)?.siblingIndex ?? 0;
    const position = index + (operation.kind === 'up' ? -1 : 1);
    updateAxis(axis.id, { position: Math.max(0, position), version: axis.version }).then(
      () => {
        onChanged();
        onClose();
      },
      (err) => {
        setFailure(err);
        onChanged();
      },
    );
    // Runs once per requested move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (failure === null) return null;
  return (
    <ModalDialog title="Déplacement impossible" isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog">
      <Alert tone="error" live>{conflictText(failure)}</Alert>
    </ModalDialog>
  );
}

function DeleteDialog({ operation, onClose, onChanged }: Props) {
  const axis = (operation as { axis: AxisNode }).axis;
  const subAxes = subtreeIds(axis).size - 1;
  const actions = totalActions(axis);
  return (
    <ConfirmDialog
      title={`Supprimer l’axe « ${axis.title} » ?`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      confirmLabel="Supprimer l’axe"
      onConfirm={async () => {
        await deleteAxis(axis.id, subAxes > 0 || actions > 0);
        onChanged();
      }}
    >
      {subAxes === 0 && actions === 0 ? (
        <p>L’axe est vide.</p>
      ) : (
        <p>
          Ses {plural(subAxes, 'sous-axe')} seront aussi supprimés. Ses {plural(actions, 'action')} seront conservées, sans axe
          (retrouvez-les sous « Actions hors axe »).
        </p>
      )}
    </ConfirmDialog>
  );
}

/** The dialog (or immediate call) of one axis operation chosen in the tree. */
export function AxisDialogs(props: Props) {
  switch (props.operation.kind) {
    case 'add-root':
    case 'add-child':
    case 'rename':
      return <TitleDialog {...props} />;
    case 'move':
      return <MoveDialog {...props} />;
    case 'up':
    case 'down':
      return <Reorder {...props} />;
    case 'delete':
      return <DeleteDialog {...props} />;
  }
}
