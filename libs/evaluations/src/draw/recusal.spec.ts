import { PersonRelation, recusals } from './recusal';

const evaluators = [
  { profileId: 'E-master', personId: 'master' },
  { profileId: 'E-boss', personId: 'boss' },
  { profileId: 'E-cousin', personId: 'cousin' },
  { profileId: 'E-nobody', personId: null },
  { profileId: 'E-self', personId: 'cand-self' },
];

describe('recusals', () => {
  it.each<[string, PersonRelation[], string, string, string | undefined]>([
    ['the master may not assess their apprentice', [{ personId: 'master', relatedPersonId: 'cand', kind: 'master' }], 'E-master', 'cand', 'apprentice'],
    ['the apprentice may not assess their master', [{ personId: 'cand', relatedPersonId: 'master', kind: 'master' }], 'E-master', 'cand', 'master'],
    ['a supervisor may not assess a direct subordinate', [{ personId: 'boss', relatedPersonId: 'cand', kind: 'supervisor' }], 'E-boss', 'cand', 'subordinate'],
    ['a subordinate may not assess their supervisor', [{ personId: 'cand', relatedPersonId: 'boss', kind: 'supervisor' }], 'E-boss', 'cand', 'supervisor'],
    ['relatives, recorded either way round', [{ personId: 'cand', relatedPersonId: 'cousin', kind: 'relative' }], 'E-cousin', 'cand', 'relative'],
    ['relatives, the other way', [{ personId: 'cousin', relatedPersonId: 'cand', kind: 'relative' }], 'E-cousin', 'cand', 'relative'],
    ['a relation between two other people does not count', [{ personId: 'master', relatedPersonId: 'someone', kind: 'master' }], 'E-master', 'cand', undefined],
    ['an evaluator without a worker record has no relations', [{ personId: 'master', relatedPersonId: 'cand', kind: 'master' }], 'E-nobody', 'cand', undefined],
  ])('%s', (_name, relations, profileId, candidate, expected) => {
    expect(recusals(evaluators, [candidate], relations, []).get(profileId)?.get(candidate)).toBe(expected);
  });

  it('an evaluator who is also a candidate is recused from themself', () => {
    expect(recusals(evaluators, ['cand-self'], [], []).get('E-self')?.get('cand-self')).toBe('self');
  });

  it('declared conflicts apply, even for an evaluator without a worker record', () => {
    const map = recusals(evaluators, ['cand'], [], [{ profileId: 'E-nobody', personId: 'cand' }, { profileId: 'E-unknown', personId: 'cand' }]);
    expect(map.get('E-nobody')?.get('cand')).toBe('declared');
    expect(map.has('E-unknown')).toBe(false);
  });

  it('relations to people who are not candidates are ignored', () => {
    const map = recusals(evaluators, ['cand'], [{ personId: 'master', relatedPersonId: 'not-a-candidate', kind: 'master' }], []);
    expect(map.size).toBe(0);
  });
});
