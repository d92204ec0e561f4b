import { useState } from 'react';
import { ROLES, type Role } from '@trajectoire/domain';
import { isApiError } from '../../api/client';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { errorText } from '../../ui/AsyncState';
import { ROLE_LABELS } from '../../labels';
import { formatDate } from '../../format';
import { updateMember, type Member } from './api';

export interface MemberRowProps {
  orgId: string;
  member: Member;
  canManage: boolean;
  isMe: boolean;
  onChanged: (m: Member) => void;
  onRemove: (m: Member) => void;
  onStale: () => void;
}

/** One member: role and "piloted only" restriction editable in place by admins. */
export function MemberRow({ orgId, member, canManage, isMe, onChanged, onRemove, onStale }: MemberRowProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async (change: { role?: Role; pilotedOnly?: boolean }) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await updateMember(orgId, member.userId, { ...change, version: member.version }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const stale = isApiError(error) && error.code === 'version_conflict';
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isMe && <span className="muted"> (vous)</span>}
        <div className="small muted" style={{ fontWeight: 400 }}>{member.email}</div>
      </th>
      <td>
        {canManage ? (
          <SelectField
            label={`Rôle de ${member.name}`}
            className="field--compact"
            options={optionsFrom(ROLES, ROLE_LABELS)}
            value={member.role}
            onChange={(v) => v && v !== member.role && save({ role: v as Role })}
            isDisabled={busy}
          />
        ) : (
          ROLE_LABELS[member.role]
        )}
      </td>
      <td>
        {canManage && member.role === 'editor' ? (
          <Checkbox isSelected={member.pilotedOnly} onChange={(v) => save({ pilotedOnly: v })} isDisabled={busy}>
            <span className="visually-hidden">{member.name} : </span>Actions pilotées uniquement
          </Checkbox>
        ) : member.pilotedOnly ? (
          'Actions pilotées uniquement'
        ) : (
          'Toutes les actions'
        )}
      </td>
      <td>{formatDate(member.joinedAt)}</td>
      {canManage && (
        <td>
          <Button variant="quiet" small onPress={() => onRemove(member)} aria-label={`Retirer ${member.name} de l’organisation`}>
            Retirer
          </Button>
          {error !== null && (
            <div role="alert" className="field__error">
              {errorText(error)}{' '}
              {stale && (
                <Button variant="quiet" small onPress={onStale}>
                  Recharger la liste
                </Button>
              )}
            </div>
          )}
        </td>
      )}
    </tr>
  );
}
