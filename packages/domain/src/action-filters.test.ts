import { describe, expect, it } from 'vitest';
import { actionFiltersSchema, actionPatchSchema, leverCodesForDimensions, matchesActionFilters, parseActionQuery, type FilterableAction } from './actions';
import { COP_LEVER_SET } from './levers/cop-levers';

describe('parseActionQuery', () => {
  it('accepts repeated and comma-separated values and reads booleans', () => {
    const r = parseActionQuery({ status: ['idea', 'done,blocked'], late: 'true', topLevel: 'false', cursor: 'x' });
    expect(r.success && r.data).toEqual({ status: ['idea', 'done', 'blocked'], late: true, topLevel: false });
  });
  it('rejects unknown statuses, levers and non-boolean flags', () => {
    expect(parseActionQuery({ status: 'finished' }).success).toBe(false);
    expect(parseActionQuery({ copLever: 'biogas,flying-cars' }).success).toBe(false);
    expect(parseActionQuery({ late: 'yes' }).success).toBe(false);
    expect(parseActionQuery({ axisId: 'not-a-uuid' }).success).toBe(false);
  });
  it('keeps saved views strict: unknown keys are refused', () => {
    expect(actionFiltersSchema.safeParse({ status: ['idea'], colour: 'red' }).success).toBe(false);
  });
});

describe('leverCodesForDimensions', () => {
  it('maps a dimension to the levers listing it', () => {
    const health = leverCodesForDimensions(['health']);
    expect(health).toContain('electric-vehicles');
    expect(health).not.toContain('biogas');
    const expected = COP_LEVER_SET.levers.filter((l) => l.dimensions.includes('adaptation')).length;
    expect(leverCodesForDimensions(['adaptation'])).toHaveLength(expected);
  });
});

describe('actionPatchSchema', () => {
  it('does not fill the create defaults into a partial update', () => {
    expect(actionPatchSchema.parse({ title: ' Nouveau titre ' })).toEqual({ title: 'Nouveau titre' });
    expect(actionPatchSchema.safeParse({ status: 'finished' }).success).toBe(false);
  });
});

const base: FilterableAction = {
  status: 'in_progress',
  priority: 'high',
  endDate: '2024-06-30',
  axisId: null,
  parentId: null,
  ref: '1.2',
  title: 'Développer le vélo',
  description: 'Pistes cyclables <b>sécurisées</b>',
  pilots: [{ name: 'Éloïse Dupré', userId: '4b0c8f2e-3c1a-4d5e-9f6a-1b2c3d4e5f60' }],
  partners: [{ name: 'Syndicat d’Énergie' }],
  funders: [{ name: 'ADEME' }],
  copLevers: ['cycling-public-transport'],
};
const ctx = { today: '2025-01-01' };

describe('matchesActionFilters', () => {
  it('matches names and text regardless of accents and case', () => {
    expect(matchesActionFilters(base, { pilot: 'eloise' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { pilot: 'DUPRE' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { pilot: 'martin' }, ctx)).toBe(false);
    expect(matchesActionFilters(base, { partner: 'energie' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { partner: 'ademe' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { q: 'velo' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { q: 'securisees' }, ctx)).toBe(true);
  });
  it('matches a pilot by user id exactly', () => {
    expect(matchesActionFilters(base, { pilot: '4b0c8f2e-3c1a-4d5e-9f6a-1b2c3d4e5f60' }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { pilot: '4b0c8f2e-3c1a-4d5e-9f6a-1b2c3d4e5f61' }, ctx)).toBe(false);
  });
  it('maps dimensions through the lever grid', () => {
    expect(matchesActionFilters(base, { dimension: ['health'] }, ctx)).toBe(true);
    expect(matchesActionFilters(base, { dimension: ['biodiversity'] }, ctx)).toBe(false);
  });
  it('applies lateness, axis and hierarchy flags', () => {
    expect(matchesActionFilters(base, { late: true }, ctx)).toBe(true);
    expect(matchesActionFilters({ ...base, status: 'done' }, { late: true }, ctx)).toBe(false);
    expect(matchesActionFilters(base, { axisId: 'none' }, ctx)).toBe(true);
    const axis = '0b0c8f2e-3c1a-4d5e-9f6a-1b2c3d4e5f60';
    const sub = '1b0c8f2e-3c1a-4d5e-9f6a-1b2c3d4e5f60';
    expect(matchesActionFilters({ ...base, axisId: sub }, { axisId: axis }, { ...ctx, axisSubtree: new Set([axis, sub]) })).toBe(true);
    expect(matchesActionFilters({ ...base, axisId: sub }, { axisId: axis }, ctx)).toBe(false);
    expect(matchesActionFilters(base, { topLevel: true }, ctx)).toBe(true);
    expect(matchesActionFilters({ ...base, parentId: axis }, { topLevel: true }, ctx)).toBe(false);
    expect(matchesActionFilters(base, { priority: ['low'] }, ctx)).toBe(false);
  });
});
