import { describe, expect, it } from 'vitest';
import { cleanFilters, countFilters, filtersFromSearch, filtersToSearch } from './filters';

const search = (s: string) => new URLSearchParams(s);

describe('filters in the query string', () => {
  it('reads repeated and comma-separated values, booleans and text', () => {
    const f = filtersFromSearch(search('status=idea&status=done,in_progress&late=true&pilot=Dupont&dimension=climate'));
    expect(f).toEqual({ status: ['idea', 'done', 'in_progress'], late: true, pilot: 'Dupont', dimension: ['climate'] });
  });

  it('drops an invalid filter without losing the valid ones', () => {
    const f = filtersFromSearch(search('status=not-a-status&copLever=biogas&copLever=unknown-lever&q=chaleur'));
    expect(f).toEqual({ q: 'chaleur' });
    expect(filtersFromSearch(search('status=done&axisId=pas-un-uuid'))).toEqual({ status: ['done'] });
  });

  it('writes a stable, minimal query and keeps unrelated parameters', () => {
    const out = filtersToSearch({ late: true, status: ['done', 'idea'], q: 'réseau', partner: undefined, copLever: [] }, search('onglet=ateliers&status=paused'));
    expect(out.toString()).toBe('onglet=ateliers&status=done&status=idea&late=true&q=r%C3%A9seau');
  });

  it('round-trips every kind of filter', () => {
    const filters = {
      status: ['blocked' as const],
      copLever: ['biogas' as const, 'carpooling' as const],
      dimension: ['health' as const],
      pilot: 'Martin',
      partner: 'ADEME',
      late: false,
      axisId: 'none' as const,
      q: 'vélo',
      sort: 'endDate' as const,
      order: 'desc' as const,
    };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });

  it('counts active filters, not the sort order, and cleans empty values', () => {
    expect(countFilters({ status: ['done'], sort: 'title', q: 'x' })).toBe(2);
    expect(cleanFilters({ status: [], q: '  vélo ', pilot: '' })).toEqual({ q: 'vélo' });
  });
});
