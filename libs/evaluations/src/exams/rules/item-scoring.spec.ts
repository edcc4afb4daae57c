import { AnswerKey, ItemResponse } from './item-kinds';
import { normalizeAnswerText, scoreItem } from './item-scoring';

describe('scoreItem', () => {
  const single: AnswerKey = { kind: 'single_choice', correct: 'B' };
  const multiple: AnswerKey = { kind: 'multiple_choice', correct: ['A', 'C', 'D'] };
  const trueFalse: AnswerKey = { kind: 'true_false', correct: false };
  const fillIn: AnswerKey = { kind: 'fill_in', blanks: [['电弧'], ['焊条', '焊丝'], ['CO2', 'CO₂']] };

  it.each<[string, AnswerKey, ItemResponse | null, number, number]>([
    ['single choice: right option', single, { kind: 'single_choice', choice: 'B' }, 1, 1],
    ['single choice: full-width and lower case still choose B', single, { kind: 'single_choice', choice: ' ｂ ' }, 1, 1],
    ['single choice: wrong option', single, { kind: 'single_choice', choice: 'A' }, 1, 0],
    ['single choice: unanswered', single, { kind: 'single_choice', choice: null }, 1, 0],
    ['single choice: no response at all', single, null, 1, 0],
    ['true/false: right', trueFalse, { kind: 'true_false', value: false }, 0.5, 0.5],
    ['true/false: wrong', trueFalse, { kind: 'true_false', value: true }, 0.5, 0],
    ['true/false: unanswered is not "false"', trueFalse, { kind: 'true_false', value: null }, 0.5, 0],
    ['multiple choice: exactly the correct set, any order', multiple, { kind: 'multiple_choice', choices: ['D', 'A', 'C'] }, 2, 2],
    ['multiple choice: a repeated option counts once', multiple, { kind: 'multiple_choice', choices: ['A', 'C', 'D', 'a'] }, 2, 2],
    ['multiple choice: one too many', multiple, { kind: 'multiple_choice', choices: ['A', 'B', 'C', 'D'] }, 2, 0],
    ['multiple choice: a subset earns nothing under the national rule', multiple, { kind: 'multiple_choice', choices: ['A', 'C'] }, 2, 0],
    ['multiple choice: none chosen', multiple, { kind: 'multiple_choice', choices: [] }, 2, 0],
    ['fill-in: every blank, full-width and spacing folded', fillIn, { kind: 'fill_in', blanks: ['电弧', ' 焊丝 ', 'ＣＯ２'] }, 2, 2],
    ['fill-in: two of three blanks (shares 0.6, 0.6, last 0.8)', fillIn, { kind: 'fill_in', blanks: ['电弧', '焊条', '氩气'] }, 2, 1.2],
    ['fill-in: only the last blank takes the remainder', fillIn, { kind: 'fill_in', blanks: ['', '', 'co2'] }, 2, 0.8],
    ['fill-in: fewer answers than blanks', fillIn, { kind: 'fill_in', blanks: ['电弧'] }, 2, 0.6],
  ])('%s', (_name, key, response, points, expected) => {
    const score = scoreItem(key, response, points);
    expect(score).toEqual({ status: 'scored', points: expected, full: expected === points });
  });

  describe('multiple choice with half credit for a subset (少选得一半)', () => {
    const half = { multipleChoice: 'half_for_subset' as const };
    it.each<[string, string[], number, number]>([
      ['full set', ['A', 'C', 'D'], 2, 2],
      ['a correct subset: half', ['A', 'D'], 2, 1],
      ['one correct option: half', ['C'], 1.5, 0.8], // 0.75 rounded half up to one decimal
      ['a subset with a wrong option: nothing', ['A', 'B'], 2, 0],
      ['nothing chosen: nothing', [], 2, 0],
    ])('%s', (_name, choices, points, expected) => {
      expect(scoreItem(multiple, { kind: 'multiple_choice', choices }, points, half)).toEqual({ status: 'scored', points: expected, full: expected === points });
    });
  });

  it('short answers are left to evaluators', () => {
    expect(scoreItem({ kind: 'short_answer', reference: '要点：…' }, { kind: 'short_answer', text: '答案' }, 10)).toEqual({ status: 'manual' });
  });

  it('refuses a response of another kind, points with two decimals, and non-positive points', () => {
    expect(() => scoreItem(single, { kind: 'true_false', value: true }, 1)).toThrow(TypeError);
    expect(() => scoreItem(single, null, 0.25)).toThrow(RangeError);
    expect(() => scoreItem(single, null, 0)).toThrow(RangeError);
  });
});

describe('normalizeAnswerText', () => {
  it.each([
    ['  Ｈ ０８  Ａ ', 'h 08 a'],
    ['焊\t\n条', '焊 条'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normalizeAnswerText(input)).toBe(expected));
});
