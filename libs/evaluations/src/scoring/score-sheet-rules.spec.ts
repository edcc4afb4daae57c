import { DEFAULT_REVIEW_RUBRIC } from '@skill-ladder/standards';
import { mergeSheet, SheetContent, sheetInputErrors, sheetScore, submitDecision } from './score-sheet-rules';

const practical = { kind: 'practical' as const, maxScore: 100 };
const review = { kind: 'comprehensive_review' as const, maxScore: 100, rubric: DEFAULT_REVIEW_RUBRIC.map((c) => ({ ...c })) };
const empty: SheetContent = { score: null, criteria: {}, note: null };

describe('score sheets (评分表)', () => {
  describe('input', () => {
    it.each([
      [0, []],
      [100, []],
      [72.5, []],
      [-1, ['score:range']],
      [100.5, ['score:range']],
      [72.45, ['score:decimals']],
    ])('a whole score of %p → %p', (score, expected) => {
      expect(sheetInputErrors(practical, { ...empty, score }, true).map((e) => `${e.field}:${e.code}`)).toEqual(expected);
    });

    it('a component without a rubric takes one score; a draft may leave it out, a submission may not', () => {
      expect(sheetInputErrors(practical, empty, false)).toEqual([]);
      expect(sheetInputErrors(practical, empty, true).map((e) => e.code)).toEqual(['required']);
      expect(sheetInputErrors(practical, { ...empty, criteria: { innovation: 80 } }, false).map((e) => e.code)).toEqual(['noRubric']);
    });

    it('a rubric component is scored per criterion: unknown ones refused, all needed to submit', () => {
      expect(sheetInputErrors(review, { ...empty, score: 80 }, false).map((e) => e.code)).toEqual(['rubric']);
      expect(sheetInputErrors(review, { ...empty, criteria: { innovation: 80, charm: 90 } }, false).map((e) => e.field)).toEqual(['criteria.charm']);
      expect(sheetInputErrors(review, { ...empty, criteria: { innovation: 80 } }, true).map((e) => e.field)).toEqual([
        'criteria.problem_solving', 'criteria.contribution', 'criteria.education',
      ]);
    });
  });

  describe('sheet score', () => {
    it('is the whole score without a rubric', () => {
      expect(sheetScore(practical, { ...empty, score: 81.5 })).toBe(81.5);
      expect(sheetScore(practical, empty)).toBeNull();
    });

    it('weights the criteria (35/35/30/0: education counts nothing), rounding half away from zero to 2 decimals', () => {
      const criteria = { innovation: 80, problem_solving: 90, contribution: 70, education: 0 };
      expect(sheetScore(review, { ...empty, criteria })).toBe(80.5);
      // 0.35 × 77.7 + 0.35 × 88.8 + 0.3 × 66.6 = 78.255 exactly → 78.26 (a double would give 78.25)
      expect(sheetScore(review, { ...empty, criteria: { innovation: 77.7, problem_solving: 88.8, contribution: 66.6, education: 100 } })).toBe(78.26);
      expect(sheetScore(review, { ...empty, criteria: { innovation: 80 } })).toBeNull();
    });
  });

  describe('drafts merge', () => {
    it('keeps what a save leaves out and merges criteria by code', () => {
      const draft = mergeSheet(empty, { criteria: [{ code: 'innovation', score: 80 }], note: '现场表现好' });
      expect(mergeSheet(draft, { criteria: [{ code: 'contribution', score: 70 }] })).toEqual({
        score: null, criteria: { innovation: 80, contribution: 70 }, note: '现场表现好',
      });
      expect(mergeSheet(draft, { note: null }).note).toBeNull();
    });
  });

  describe('submission locks; a retried submission answers the same', () => {
    const submitted = { status: 'submitted' as const, content: { score: 85, criteria: {}, note: null } };

    it('submits a complete draft with its score', () => {
      expect(submitDecision(practical, { status: 'draft', content: empty }, { score: 85 })).toEqual({
        kind: 'submit', content: { score: 85, criteria: {}, note: null }, score: 85,
      });
    });

    it('refuses an incomplete draft with the fields missing', () => {
      const decision = submitDecision(review, { status: 'draft', content: { ...empty, criteria: { innovation: 80 } } }, {});
      expect(decision).toMatchObject({ kind: 'refuse', status: 422, code: 'SHEET_INCOMPLETE' });
    });

    it('replays an empty or identical submission of a submitted sheet, refuses a different one', () => {
      expect(submitDecision(practical, submitted, {})).toEqual({ kind: 'replay' });
      expect(submitDecision(practical, submitted, { score: 85 })).toEqual({ kind: 'replay' });
      expect(submitDecision(practical, submitted, { score: 86 })).toMatchObject({ kind: 'refuse', status: 409, code: 'SHEET_LOCKED' });
      expect(submitDecision(practical, submitted, { note: '改一下' })).toMatchObject({ kind: 'refuse', code: 'SHEET_LOCKED' });
    });

    it('refuses a sheet no longer needed (absent or voided)', () => {
      expect(submitDecision(practical, { status: 'cancelled', content: empty }, { score: 80 })).toMatchObject({ kind: 'refuse', code: 'SHEET_NOT_NEEDED' });
    });

    it('refuses a criterion named twice', () => {
      const decision = submitDecision(review, { status: 'draft', content: empty }, {
        criteria: [{ code: 'innovation', score: 80 }, { code: 'innovation', score: 90 }, { code: 'problem_solving', score: 80 }, { code: 'contribution', score: 80 }, { code: 'education', score: 0 }],
      });
      expect(decision).toMatchObject({ kind: 'refuse', errors: [expect.objectContaining({ field: 'criteria[1].code', code: 'duplicate' })] });
    });
  });
});
