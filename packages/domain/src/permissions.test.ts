import { describe, expect, it } from 'vitest';
import { can, canSee, OPERATIONS, type Actor } from './permissions';

const base = { userId: 'u1', isSuperadmin: false, pilotedOnly: false };
const reader: Actor = { ...base, role: 'reader' };
const editor: Actor = { ...base, role: 'editor' };
const admin: Actor = { ...base, role: 'admin' };
const restricted: Actor = { ...base, role: 'editor', pilotedOnly: true };
const stranger: Actor = { ...base, role: null };
const superadmin: Actor = { ...base, role: null, isSuperadmin: true };

describe('permission matrix', () => {
  it('denies every operation to non-members and allows all to superadmins', () => {
    for (const op of OPERATIONS) {
      expect(can(stranger, op)).toBe(false);
      expect(can(superadmin, op)).toBe(true);
    }
    expect(canSee(stranger)).toBe(false);
    expect(canSee(superadmin)).toBe(true);
  });

  it('orders roles: what a reader may do, an editor may; what an editor may do, an admin may', () => {
    for (const op of OPERATIONS) {
      if (can(reader, op)) expect(can(editor, op)).toBe(true);
      if (can(editor, op)) expect(can(admin, op)).toBe(true);
    }
  });

  it('keeps readers read-only', () => {
    expect(can(reader, 'plan.read')).toBe(true);
    expect(can(reader, 'export.run')).toBe(true);
    expect(can(reader, 'action.update')).toBe(false);
    expect(can(reader, 'plan.create')).toBe(false);
    expect(can(reader, 'members.manage')).toBe(false);
  });

  it('reserves member management and plan deletion to admins', () => {
    expect(can(editor, 'members.manage')).toBe(false);
    expect(can(editor, 'plan.delete')).toBe(false);
    expect(can(admin, 'members.manage')).toBe(true);
    expect(can(admin, 'plan.delete')).toBe(true);
  });

  it('lets a restricted editor update only the actions they pilot', () => {
    expect(can(restricted, 'action.update', { pilotUserIds: ['u1', 'u2'] })).toBe(true);
    expect(can(restricted, 'action.update', { pilotUserIds: ['u2'] })).toBe(false);
    expect(can(restricted, 'action.update')).toBe(false);
    expect(can(restricted, 'action.create')).toBe(false);
    expect(can(restricted, 'action.delete', { pilotUserIds: ['u1'] })).toBe(false);
    expect(can(restricted, 'import.run')).toBe(false);
    expect(can(restricted, 'plan.read')).toBe(true);
    expect(can(editor, 'action.update', { pilotUserIds: ['u2'] })).toBe(true);
  });
});
