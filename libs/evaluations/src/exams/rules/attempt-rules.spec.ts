import { AskedItem, extraTimeRefusal, isAnswered, MAX_BLANK_LENGTH, parseAnswer, PaperItemKey, scoreAttempt } from './attempt-rules';
import { ItemResponse } from './item-kinds';

const single: AskedItem = { kind: 'single_choice', optionCount: 4, blankCount: 0 };
const multiple: AskedItem = { kind: 'multiple_choice', optionCount: 4, blankCount: 0 };
const fill: AskedItem = { kind: 'fill_in', optionCount: 0, blankCount: 2 };

describe('parseAnswer', () => {
  it.each<[string, AskedItem, object, ItemResponse]>([
    ['a choice, full-width and lower case folded', single, { choice: ' ｃ ' }, { kind: 'single_choice', choice: 'C' }],
    ['no choice clears the item', single, { choice: null }, { kind: 'single_choice', choice: null }],
    ['choices in any order are stored sorted', multiple, { choices: ['d', 'A'] }, { kind: 'multiple_choice', choices: ['A', 'D'] }],
    ['true/false', { kind: 'true_false', optionCount: 0, blankCount: 0 }, { value: false }, { kind: 'true_false', value: false }],
    ['blanks trimmed, control characters dropped', fill, { blanks: [' 焊芯\u0007 ', ''] }, { kind: 'fill_in', blanks: ['焊芯', ''] }],
    ['a short answer', { kind: 'short_answer', optionCount: 0, blankCount: 0 }, { text: ' 受热不均 ' }, { kind: 'short_answer', text: '受热不均' }],
  ])('accepts %s', (_name, item, input, response) => {
    expect(parseAnswer(item, input)).toEqual({ response });
  });

  it.each<[string, AskedItem, object, string, string]>([
    ['another kind’s field', single, { choices: ['A'] }, 'choices', 'wrongKind'],
    ['nothing at all', single, {}, 'choice', 'required'],
    ['an option the item does not offer', single, { choice: 'E' }, 'choice', 'notAnOption'],
    ['a letter that is no option', multiple, { choices: ['A', 'Z'] }, 'choices', 'notAnOption'],
    ['the same option twice', multiple, { choices: ['A', 'a'] }, 'choices', 'duplicate'],
    ['fewer blanks than the item has', fill, { blanks: ['焊芯'] }, 'blanks', 'blankCount'],
    ['a blank over the limit', fill, { blanks: ['焊'.repeat(MAX_BLANK_LENGTH + 1), ''] }, 'blanks', 'tooLong'],
    ['a short answer over 5000 characters', { kind: 'short_answer', optionCount: 0, blankCount: 0 }, { text: '答'.repeat(5001) }, 'text', 'tooLong'],
  ])('refuses %s, naming the field', (_name, item, input, field, code) => {
    expect(parseAnswer(item, input)).toEqual({ problem: expect.objectContaining({ field, code }) });
  });
});

describe('isAnswered', () => {
  it.each<[ItemResponse, boolean]>([
    [{ kind: 'single_choice', choice: null }, false],
    [{ kind: 'single_choice', choice: 'A' }, true],
    [{ kind: 'multiple_choice', choices: [] }, false],
    [{ kind: 'true_false', value: false }, true],
    [{ kind: 'fill_in', blanks: ['', ''] }, false],
    [{ kind: 'fill_in', blanks: ['', 'x'] }, true],
    [{ kind: 'short_answer', text: '' }, false],
  ])('%j → %s', (response, answered) => expect(isAnswered(response)).toBe(answered));
});

describe('scoreAttempt', () => {
  const paper: PaperItemKey[] = [
    { number: 1, key: { kind: 'single_choice', correct: 'B' }, points: 2.5 },
    { number: 2, key: { kind: 'multiple_choice', correct: ['A', 'C'] }, points: 5 },
    { number: 3, key: { kind: 'true_false', correct: true }, points: 0.5 },
    { number: 4, key: { kind: 'fill_in', blanks: [['焊芯'], ['药皮']] }, points: 3 },
  ];
  const responses = new Map<number, ItemResponse>([
    [1, { kind: 'single_choice', choice: 'B' }],
    [2, { kind: 'multiple_choice', choices: ['A'] }],
    [3, { kind: 'true_false', value: true }],
    [4, { kind: 'fill_in', blanks: ['焊芯', '焊丝'] }],
  ]);
  it('adds the objective items exactly; a subset earns half only under half_for_subset', () => {
    expect(scoreAttempt(paper, responses, { multipleChoice: 'all_or_nothing' })).toEqual({ items: new Map([[1, 2.5], [2, 0], [3, 0.5], [4, 1.5]]), objective: 4.5, awaitingMarking: false });
    expect(scoreAttempt(paper, responses, { multipleChoice: 'half_for_subset' }).objective).toBe(7);
  });
  it('an unanswered paper scores 0', () => {
    expect(scoreAttempt(paper, new Map(), { multipleChoice: 'all_or_nothing' }).objective).toBe(0);
  });
  it('short answers leave the attempt awaiting marking with the objective part only', () => {
    const withShort = [...paper, { number: 5, key: { kind: 'short_answer' as const, reference: '…' }, points: 10 }];
    const score = scoreAttempt(withShort, responses, { multipleChoice: 'all_or_nothing' });
    expect(score).toMatchObject({ objective: 4.5, awaitingMarking: true });
    expect(score.items.has(5)).toBe(false);
  });
});

describe('extraTimeRefusal', () => {
  it.each([
    [0, 10, null],
    [50, 10, null],
    [50, 11, 'EXTRA_TIME_EXCEEDED'],
    [0, 0, 'EXTRA_TIME_INVALID'],
    [0, 1.5, 'EXTRA_TIME_INVALID'],
    [0, 61, 'EXTRA_TIME_INVALID'],
  ])('%d granted, %d more: %s', (current, minutes, expected) => expect(extraTimeRefusal(current, minutes)).toBe(expected));
});
