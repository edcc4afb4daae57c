import { blanksInStem, ItemDraft, parseItemDraft, parseItemKind } from './item-content';

const base: ItemDraft = { kind: '单选', knowledgePoint: '1.2 焊接安全', difficulty: '2', stem: '焊接作业的安全电压是（ ）。', options: ['12V', '36V', '110V', '220V'], answer: 'B' };
const problemsOf = (draft: Partial<ItemDraft>) => parseItemDraft({ ...base, ...draft }).problems.map((p) => `${p.field}:${p.code}`);

describe('parseItemDraft', () => {
  it('turns a single-choice row into options and an answer key', () => {
    expect(parseItemDraft({ ...base, options: [...base.options, '', ''], answer: ' ｂ ', explanation: ' 安全电压为36V ' }).value).toEqual({
      kind: 'single_choice',
      knowledgePoint: '1.2 焊接安全',
      difficulty: 2,
      stem: '焊接作业的安全电压是（ ）。',
      options: ['12V', '36V', '110V', '220V'],
      key: { kind: 'single_choice', correct: 'B' },
      explanation: '安全电压为36V',
    });
  });

  it.each<[string, Partial<ItemDraft>, unknown]>([
    ['multiple choice, letters in any order and separated any way', { kind: '多项选择题', answer: 'd, a、C' }, { kind: 'multiple_choice', correct: ['A', 'C', 'D'] }],
    ['true/false: 对', { kind: '判断', options: [], answer: '对' }, { kind: 'true_false', correct: true }],
    ['true/false: ×', { kind: 'true_false', options: [], answer: '×' }, { kind: 'true_false', correct: false }],
    ['fill-in: blanks and alternatives', { kind: '填空题', options: [], stem: '焊条由（ ）和____组成。', answer: '焊芯|焊丝；药皮' }, { kind: 'fill_in', blanks: [['焊芯', '焊丝'], ['药皮']] }],
    ['short answer keeps the reference', { kind: '简答', options: [], stem: '简述焊接变形的原因。', answer: '受热不均…' }, { kind: 'short_answer', reference: '受热不均…' }],
  ])('%s', (_name, draft, key) => {
    const { value, problems } = parseItemDraft({ ...base, ...draft });
    expect(problems).toEqual([]);
    expect(value?.key).toEqual(key);
  });

  it.each<[string, Partial<ItemDraft>, string[]]>([
    ['everything missing', { kind: '', knowledgePoint: ' ', difficulty: '', stem: '', answer: '' }, ['kind:required', 'knowledgePoint:required', 'difficulty:invalid', 'stem:required', 'answer:required']],
    ['an unknown kind', { kind: '论述题' }, ['kind:invalid']],
    ['difficulty out of range or fractional', { difficulty: '6' }, ['difficulty:invalid']],
    ['difficulty 2.5', { difficulty: 2.5 }, ['difficulty:invalid']],
    ['one option only', { options: ['36V'], answer: 'A' }, ['options:tooFew']],
    ['a gap between options', { options: ['12V', '', '110V'] }, ['options:gap']],
    ['the same option twice', { options: ['36V', '36V'] }, ['options:duplicate']],
    ['an answer that is not an option', { answer: 'E' }, ['answer:notAnOption']],
    ['two answers to a single choice', { answer: 'AB' }, ['answer:oneOption']],
    ['one answer to a multiple choice', { kind: '多选', answer: 'A' }, ['answer:twoOptions']],
    ['options on a true/false item', { kind: '判断', answer: '对' }, ['options:notApplicable']],
    ['a true/false answer that is neither', { kind: '判断', options: [], answer: '可能' }, ['answer:notTrueFalse']],
    ['a fill-in stem without a blank', { kind: '填空', options: [], stem: '焊条由焊芯组成。', answer: '焊芯' }, ['stem:noBlank']],
    ['a fill-in with more answers than blanks', { kind: '填空', options: [], answer: '36V；12V' }, ['answer:blankCount']],
    ['a fill-in with an empty blank', { kind: '填空', options: [], answer: '36V；' }, ['answer:emptyBlank']],
    ['a stem over 2000 characters', { stem: '焊'.repeat(2001) }, ['stem:tooLong']],
    ['a control character in the stem', { stem: '安全\u0007电压（ ）' }, ['stem:controlCharacter']],
  ])('refuses %s, naming the field', (_name, draft, expected) => {
    expect(problemsOf(draft)).toEqual(expected);
    expect(parseItemDraft({ ...base, ...draft }).value).toBeNull();
  });
});

describe('parseItemKind and blanksInStem', () => {
  it.each([
    ['单选题', 'single_choice'],
    [' 多 选 ', 'multiple_choice'],
    ['fill_in', 'fill_in'],
    ['问答', null],
  ])('%j → %j', (text, kind) => expect(parseItemKind(text)).toBe(kind));

  it.each([
    ['焊条由（ ）和( )组成，____是药皮。', 3],
    ['单个下划线_不算空', 0],
    ['没有空', 0],
  ])('%j has %i blanks', (stem, n) => expect(blanksInStem(stem)).toBe(n));
});
