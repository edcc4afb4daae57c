import type { PoolEvaluator } from '../draw/draw';
import { checkReplacement, ReplacementInput } from './replacement';

const WELDER = '6-18-02-04';
const evaluator = (over: Partial<PoolEvaluator> = {}): PoolEvaluator => ({
  profileId: 'p-new',
  personId: 'person-new',
  highestRank: 'L2',
  occupations: [WELDER],
  validFrom: '2024-01-01',
  validUntil: '2028-12-31',
  workload: 0,
  ...over,
});
const input = (over: Partial<ReplacementInput> = {}): ReplacementInput => ({
  occupationCode: WELDER,
  assessmentDate: '2026-11-03',
  targetRank: 'L3',
  incoming: evaluator(),
  drawnProfileIds: new Set(['p-1', 'p-2', 'p-3']),
  panelCandidatePersonIds: ['a', 'b'],
  relations: [],
  declaredConflicts: [],
  workloadCap: null,
  ...over,
});

describe('manual replacement of a drawn evaluator', () => {
  it('accepts a qualified evaluator free of conflicts', () => {
    expect(checkReplacement(input())).toEqual({ ok: true });
  });

  it.each<[string, Partial<ReplacementInput>, string]>([
    ['not in the pool', { incoming: undefined }, 'NOT_IN_POOL'],
    ['already on a panel of the draw', { incoming: evaluator({ profileId: 'p-2' }) }, 'ALREADY_DRAWN'],
    ['another occupation', { incoming: evaluator({ occupations: ['6-18-01-01'] }) }, 'OCCUPATION_NOT_COVERED'],
    ['qualification expired before the assessment', { incoming: evaluator({ validUntil: '2026-11-02' }) }, 'QUALIFICATION_NOT_VALID'],
    ['qualification starting after it', { incoming: evaluator({ validFrom: '2026-11-04' }) }, 'QUALIFICATION_NOT_VALID'],
    ['level below the candidates’', { incoming: evaluator({ highestRank: 'L4' }) }, 'LEVEL_TOO_LOW'],
    ['over the workload cap', { incoming: evaluator({ workload: 9 }), workloadCap: 10 }, 'WORKLOAD_CAP'],
  ])('refuses an evaluator %s', (_name, over, code) => {
    expect(checkReplacement(input(over))).toMatchObject({ ok: false, code });
  });

  it('takes the workload cap inclusively: exactly at the cap is fine', () => {
    expect(checkReplacement(input({ incoming: evaluator({ workload: 8 }), workloadCap: 10 }))).toEqual({ ok: true });
  });

  it.each<[string, Partial<ReplacementInput>, string]>([
    ['is a candidate themself', { incoming: evaluator({ personId: 'a' }) }, 'self'],
    ['is the master of a candidate', { relations: [{ personId: 'person-new', relatedPersonId: 'b', kind: 'master' }] }, 'apprentice'],
    ['is the apprentice of a candidate', { relations: [{ personId: 'a', relatedPersonId: 'person-new', kind: 'master' }] }, 'master'],
    ['is a relative', { relations: [{ personId: 'b', relatedPersonId: 'person-new', kind: 'relative' }] }, 'relative'],
    ['supervises a candidate', { relations: [{ personId: 'person-new', relatedPersonId: 'a', kind: 'supervisor' }] }, 'subordinate'],
    ['declared a conflict', { declaredConflicts: [{ profileId: 'p-new', personId: 'b' }] }, 'declared'],
  ])('refuses an evaluator who %s, naming the candidate and the reason', (_name, over, reason) => {
    const check = checkReplacement(input(over));
    expect(check).toMatchObject({ ok: false, code: 'CONFLICT_OF_INTEREST', conflicts: [expect.objectContaining({ reason })] });
  });

  it('ignores relations to people who are not on the panel', () => {
    expect(checkReplacement(input({ relations: [{ personId: 'person-new', relatedPersonId: 'z', kind: 'master' }] }))).toEqual({ ok: true });
  });
});
