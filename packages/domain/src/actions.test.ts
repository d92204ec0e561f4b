import { describe, expect, it } from 'vitest';
import { actionFieldsSchema, isLate, validateActionRules } from './actions';

describe('isLate', () => {
  it('is late only when unfinished and past its end date', () => {
    expect(isLate({ status: 'in_progress', endDate: '2024-12-31' }, '2025-01-01')).toBe(true);
    expect(isLate({ status: 'in_progress', endDate: '2025-01-01' }, '2025-01-01')).toBe(false);
    expect(isLate({ status: 'done', endDate: '2020-01-01' }, '2025-01-01')).toBe(false);
    expect(isLate({ status: 'abandoned', endDate: '2020-01-01' }, '2025-01-01')).toBe(false);
    expect(isLate({ status: 'blocked', endDate: null }, '2025-01-01')).toBe(false);
  });
});

describe('action fields', () => {
  it('fills defaults and trims text', () => {
    const a = actionFieldsSchema.parse({ title: '  Rénover les écoles ' });
    expect(a.title).toBe('Rénover les écoles');
    expect(a.status).toBe('idea');
    expect(a.pilots).toEqual([]);
  });
  it('rejects unknown statuses, bad dates and non-http links', () => {
    expect(actionFieldsSchema.safeParse({ title: 'x', status: 'finished' }).success).toBe(false);
    expect(actionFieldsSchema.safeParse({ title: 'x', endDate: '31/12/2025' }).success).toBe(false);
    expect(actionFieldsSchema.safeParse({ title: 'x', links: [{ title: 'a', url: 'javascript:alert(1)' }] }).success).toBe(false);
  });
  it('reports an end before the start and duplicated budget lines', () => {
    const line = { year: 2025, nature: 'investment', kind: 'planned', unit: 'eur', amount: 1 } as const;
    const errors = validateActionRules({ startDate: '2025-06-01', endDate: '2025-01-01', budgets: [line, line] });
    expect(Object.keys(errors).sort()).toEqual(['budgets', 'endDate']);
    expect(validateActionRules({ startDate: '2025-01-01', endDate: '2025-06-01', budgets: [line] })).toEqual({});
  });
});
