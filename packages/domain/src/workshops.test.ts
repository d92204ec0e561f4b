import { describe, expect, it } from 'vitest';
import {
  absorbProposals,
  actionFromProposal,
  canUndoDecision,
  checkTriage,
  mergeInputSchema,
  mergedActionDefaults,
  proposalFieldsSchema,
  proposalPatchSchema,
  retainInputSchema,
  splitNames,
  type TriageProposal,
} from './workshops';

// Rows 3 and 13 of the Grand Paris SDEM waste-heat workshop table, as typed in by a facilitator.
const animation: TriageProposal = {
  id: 'p3',
  workshopId: 'w1',
  status: 'pending',
  version: 1,
  title: 'Développer l’animation territoriale pour permettre la rencontre des différentes parties prenantes',
  objectives: 'Faciliter le développement de projets grâce à la mutualisation',
  pilotText: 'Métropole',
  leversText: 'Mobiliser, sensibiliser',
  partnersText: 'Communes, ALEC, DR ADEME, services de l’Etat',
  copLevers: ['decarbonised-heat-networks'],
};
const obligation: TriageProposal = {
  ...animation,
  id: 'p13',
  title: 'Utiliser l’obligation de raccordement',
  objectives: 'Augmenter le nombre de raccordements',
  leversText: 'Utiliser l’obligation réglementaire',
  partnersText: 'Métropole, Alec (agence locale de l’énergie, Paris)',
  copLevers: ['decarbonised-heat-networks', 'tertiary-gas-boiler-replacement'],
};

describe('splitNames', () => {
  it('splits on commas outside parentheses and trims', () => {
    expect(splitNames(' ALEC , DR ADEME (direction régionale, IDF) ,, ')).toEqual(['ALEC', 'DR ADEME (direction régionale, IDF)']);
    expect(splitNames('')).toEqual([]);
  });
  it('keeps the first spelling of names equal up to case and accents', () => {
    expect(splitNames('ALEC, Alec, Métropole, metropole')).toEqual(['ALEC', 'Métropole']);
  });
});

describe('actionFromProposal', () => {
  it('maps a proposal to a retained action with guessed porteur levers and split partners', () => {
    const a = actionFromProposal(animation);
    expect(a.title).toBe(animation.title);
    expect(a.status).toBe('retained');
    expect(a.porteurLevers).toEqual(['inform', 'mobilise']);
    expect(a.pilots).toEqual([{ name: 'Métropole' }]);
    expect(a.ownerName).toBe('Métropole');
    expect(a.partners.map((p) => p.name)).toEqual(['Communes', 'ALEC', 'DR ADEME', 'services de l’Etat']);
    expect(a.copLevers).toEqual(['decarbonised-heat-networks']);
  });
  it('leaves owner and pilots empty without a pilot text', () => {
    const a = actionFromProposal({ ...animation, pilotText: '  ' });
    expect(a.ownerName).toBeNull();
    expect(a.pilots).toEqual([]);
  });
});

describe('merging', () => {
  it('unions levers, pilots and partners of the merged proposals', () => {
    const d = mergedActionDefaults([animation, obligation]);
    expect(d.copLevers).toEqual(['decarbonised-heat-networks', 'tertiary-gas-boiler-replacement']);
    expect(d.porteurLevers).toEqual(['inform', 'plan_regulate', 'mobilise']);
    expect(d.pilots).toEqual([{ name: 'Métropole' }]);
    expect(d.partners.map((p) => p.name)).toEqual([
      'Communes',
      'ALEC',
      'DR ADEME',
      'services de l’Etat',
      'Métropole',
      'Alec (agence locale de l’énergie, Paris)',
    ]);
    expect(d.objectives.split('\n')).toEqual([animation.objectives, obligation.objectives]);
    expect(d.ownerName).toBe('Métropole');
  });
  it('absorbs proposals into an existing action without duplicating', () => {
    const before = { copLevers: ['decarbonised-heat-networks'], porteurLevers: ['fund' as const], partners: [{ name: 'alec' }] };
    const after = absorbProposals(before, [obligation]);
    expect(after.copLevers).toEqual(['decarbonised-heat-networks', 'tertiary-gas-boiler-replacement']);
    expect(after.porteurLevers).toEqual(['fund', 'plan_regulate']);
    expect(after.partners.map((p) => p.name)).toEqual(['alec', 'Métropole', 'Alec (agence locale de l’énergie, Paris)']);
  });
});

describe('checkTriage', () => {
  const found = [animation, { ...obligation, status: 'retained' as const, version: 2 }, { ...animation, id: 'px', workshopId: 'w2' }];
  it('reports foreign proposals first, then decided ones, then stale versions', () => {
    expect(checkTriage('w1', [{ id: 'px', version: 1 }, { id: 'p13', version: 2 }], found)).toEqual({
      code: 'proposal_not_in_workshop',
      proposalIds: ['px'],
    });
    expect(checkTriage('w1', [{ id: 'nope', version: 1 }], found)?.code).toBe('proposal_not_in_workshop');
    expect(checkTriage('w1', [{ id: 'p3', version: 9 }, { id: 'p13', version: 1 }], found)).toEqual({
      code: 'already_triaged',
      proposalIds: ['p13'],
    });
    expect(checkTriage('w1', [{ id: 'p3', version: 9 }], found)).toEqual({
      code: 'version_conflict',
      proposalId: 'p3',
      currentVersion: 1,
    });
    expect(checkTriage('w1', [{ id: 'p3', version: 1 }], found)).toBeNull();
  });
});

describe('canUndoDecision', () => {
  it('allows undo only while the action is untouched', () => {
    expect(canUndoDecision({ actionVersionAfter: 1, action: { version: 1, childCount: 0 } })).toBe(true);
    expect(canUndoDecision({ actionVersionAfter: 1, action: { version: 2, childCount: 0 } })).toBe(false);
    expect(canUndoDecision({ actionVersionAfter: 1, action: { version: 1, childCount: 1 } })).toBe(false);
    expect(canUndoDecision({ actionVersionAfter: 1, action: null })).toBe(true);
    expect(canUndoDecision({ actionVersionAfter: null, action: null })).toBe(true);
  });
});

describe('input schemas', () => {
  it('validates COP lever codes of proposals', () => {
    expect(proposalFieldsSchema.safeParse({ title: 'x', copLevers: ['decarbonised-heat-networks'] }).success).toBe(true);
    expect(proposalFieldsSchema.safeParse({ title: 'x', copLevers: ['not-a-lever'] }).success).toBe(false);
    expect(proposalFieldsSchema.safeParse({ title: '  ' }).success).toBe(false);
  });
  it('keeps patches and overrides free of defaults', () => {
    expect(proposalPatchSchema.parse({ version: 1, title: 'y' })).toEqual({ version: 1, title: 'y' });
    const r = retainInputSchema.parse({ proposalId: crypto.randomUUID(), version: 1, overrides: { priority: 'high' } });
    expect(r.overrides).toEqual({ priority: 'high' });
  });
  it('requires two proposals and a title for a new merged action, one for a target action', () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    expect(mergeInputSchema.safeParse({ proposalIds: ids, versions: [1, 1], action: { title: 'T' } }).success).toBe(true);
    expect(mergeInputSchema.safeParse({ proposalIds: ids.slice(0, 1), versions: [1], action: { title: 'T' } }).success).toBe(false);
    expect(mergeInputSchema.safeParse({ proposalIds: ids, versions: [1], action: { title: 'T' } }).success).toBe(false);
    expect(mergeInputSchema.safeParse({ proposalIds: [ids[0], ids[0]], versions: [1, 1], action: { title: 'T' } }).success).toBe(false);
    expect(mergeInputSchema.safeParse({ proposalIds: ids, versions: [1, 1] }).success).toBe(false);
    const target = { targetActionId: crypto.randomUUID(), targetVersion: 3 };
    expect(mergeInputSchema.safeParse({ proposalIds: ids.slice(0, 1), versions: [1], ...target }).success).toBe(true);
    expect(mergeInputSchema.safeParse({ proposalIds: ids, versions: [1, 1], targetActionId: target.targetActionId }).success).toBe(false);
  });
});
