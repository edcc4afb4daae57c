import { aggregateSheets, moderatedScore, moderationRefusal, moderatorConflict, stateChangeRefusal } from './moderation-rules';

describe('aggregation and moderation (评分汇总与复核)', () => {
  it.each([
    // scores, threshold, status, score, spread
    [[80, 85, 90], null, 'scored', 85, 10],
    [[70, 80, 85.5], null, 'moderation', 78.5, 15.5],
    [[70, 80, 85], null, 'scored', 78.3, 15], // 78.333… → 78.3; a spread of exactly 15 does not go to moderation
    [[60, 61], null, 'scored', 60.5, 1],
    [[70, 72, 74, 76, 100], null, 'moderation', 74, 30], // five sheets: 70 and 100 dropped, spread counts them
    [[70, 80, 85], 10, 'moderation', 78.3, 15], // the campaign's own threshold
    [[80.25, 80.3, 80.3], null, 'scored', 80.3, 0.05], // 80.2833… → 80.3
    [[60.05, 60.05, 60.05], null, 'scored', 60.1, 0], // half away from zero on the exact decimal
  ] as const)('%p with threshold %p → %s %p (spread %p)', (scores, threshold, status, score, spread) => {
    expect(aggregateSheets(scores, 100, threshold)).toMatchObject({ status, score, spread });
  });

  describe('who may moderate', () => {
    const evaluators = ['p-1', 'p-2', 'p-3'];
    it.each([
      ['HR without a profile', { role: 'hr', profileId: null }, null, null],
      ['HR who is also in the pool but did not score it', { role: 'hr', profileId: 'p-9' }, null, null],
      ['HR who scored it', { role: 'hr', profileId: 'p-2' }, null, 'MODERATOR_IS_EVALUATOR'],
      ['the chair, who did not score it', { role: 'evaluator', profileId: 'p-7' }, 'p-7', null],
      ['the chair, who scored it', { role: 'evaluator', profileId: 'p-1' }, 'p-1', 'MODERATOR_IS_EVALUATOR'],
      ['an evaluator who is not the chair', { role: 'evaluator', profileId: 'p-8' }, 'p-7', 'NOT_THE_CHAIR'],
      ['an evaluator when no chair is named', { role: 'evaluator', profileId: 'p-8' }, null, 'NOT_THE_CHAIR'],
    ] as const)('%s', (_label, moderator, chair, code) => {
      expect(moderationRefusal(moderator, chair, evaluators)?.code ?? null).toBe(code);
    });
  });

  describe('the moderator recuses like an evaluator (回避)', () => {
    const chair = { profileId: 'p-7', personIds: ['chair'] };
    it.each([
      ['is the candidate', { ...chair, personIds: ['cand'] }, [], [], '本人'],
      ['is the candidate through their account, not their profile', { ...chair, personIds: ['chair', 'cand'] }, [], [], '本人'],
      ['is a close relative (recorded either way)', chair, [{ personId: 'cand', relatedPersonId: 'chair', kind: 'relative' }], [], '近亲属'],
      ['is the master of the candidate', chair, [{ personId: 'chair', relatedPersonId: 'cand', kind: 'master' }], [], '徒弟'],
      ['is the apprentice of the candidate', chair, [{ personId: 'cand', relatedPersonId: 'chair', kind: 'master' }], [], '师傅'],
      ['supervises the candidate', chair, [{ personId: 'chair', relatedPersonId: 'cand', kind: 'supervisor' }], [], '直接下级'],
      ['declared a conflict, even without a worker record', { profileId: 'p-7', personIds: [] }, [], [{ profileId: 'p-7', personId: 'cand' }], '申报回避'],
    ] as const)('refuses a moderator who %s', (_label, moderator, relations, declared, reason) => {
      const refusal = moderatorConflict(moderator, 'cand', relations, declared);
      expect(refusal).toMatchObject({ code: 'MODERATOR_CONFLICT', detail: expect.stringContaining(reason) });
      expect(refusal?.detail.startsWith('复核人须回避')).toBe(true);
    });

    it.each([
      ['free of any link', chair, [], []],
      ['related to someone else', chair, [{ personId: 'chair', relatedPersonId: 'other', kind: 'relative' }], [{ profileId: 'p-7', personId: 'other' }]],
      ['whose colleague declared a conflict', chair, [], [{ profileId: 'p-8', personId: 'cand' }]],
      ['without a profile or worker record (HR)', { profileId: null, personIds: [] }, [{ personId: 'x', relatedPersonId: 'cand', kind: 'relative' }], [{ profileId: 'p-7', personId: 'cand' }]],
    ] as const)('accepts a moderator %s', (_label, moderator, relations, declared) => {
      expect(moderatorConflict(moderator, 'cand', relations, declared)).toBeNull();
    });
  });

  it('a confirmation keeps the aggregate; a re-score needs a valid score', () => {
    expect(moderatedScore('confirm', 78.5, 100, undefined)).toEqual({ score: 78.5 });
    expect(moderatedScore('confirm', 78.5, 100, 80)).toMatchObject({ errors: [{ code: 'confirmHasScore' }] });
    expect(moderatedScore('rescore', 78.5, 100, 82)).toEqual({ score: 82 });
    expect(moderatedScore('rescore', 78.5, 100, undefined)).toMatchObject({ errors: [{ code: 'required' }] });
    expect(moderatedScore('rescore', 78.5, 100, 101)).toMatchObject({ errors: [{ code: 'range' }] });
    expect(moderatedScore('rescore', 78.5, 100, 82.25)).toMatchObject({ errors: [{ code: 'decimals' }] });
  });

  it('absent only before anyone scored; nothing twice; a carried-over component stays', () => {
    expect(stateChangeRefusal('pending', 'absent', 0, null)).toBeNull();
    expect(stateChangeRefusal('pending', 'absent', 1, null)?.code).toBe('SCORES_ALREADY_GIVEN');
    expect(stateChangeRefusal('scored', 'absent', 3, 'sheets')?.code).toBe('SCORES_ALREADY_GIVEN');
    expect(stateChangeRefusal('scored', 'voided', 3, 'sheets')).toBeNull();
    expect(stateChangeRefusal('moderation', 'voided', 3, 'sheets')).toBeNull();
    expect(stateChangeRefusal('absent', 'voided', 0, null)?.code).toBe('SCORE_ALREADY_SETTLED');
    expect(stateChangeRefusal('scored', 'voided', 0, 'carried_over')?.code).toBe('SCORE_CARRIED_OVER');
  });
});
