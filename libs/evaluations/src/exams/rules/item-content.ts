import { AnswerKey, ITEM_KIND_LABELS, ItemKind, isItemKind } from './item-kinds';

/** 选项 A–H: a choice item offers 2 to 8 options. */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const MIN_OPTIONS = 2;
export const MAX_STEM_LENGTH = 2000;
export const MAX_OPTION_LENGTH = 500;
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_KNOWLEDGE_POINT_LENGTH = 50;
/** Fill-in answers: blanks separated by "；" (or ";"), a blank's alternatives by "|". */
export const BLANK_SEPARATOR = /[;；]/u;
export const ALTERNATIVE_SEPARATOR = '|';

/** An item as written by a person, in a form or a spreadsheet row: all text. */
export interface ItemDraft {
  kind: string;
  knowledgePoint: string;
  difficulty: string | number;
  stem: string;
  /** Option texts in order A, B, C…; trailing empty ones are ignored. */
  options: readonly string[];
  /** 单选 "B"; 多选 "ACD" or "A,C,D"; 判断 对/错; 填空 "答案1；答案2|同义"; 简答 the reference answer. */
  answer: string;
  explanation?: string;
}

/** An item ready to store: its kind, the options shown, and the answer key kept from candidates. */
export interface ItemContent {
  kind: ItemKind;
  knowledgePoint: string;
  difficulty: number;
  stem: string;
  options: string[];
  key: AnswerKey;
  explanation: string | null;
}

export type ItemField = 'kind' | 'knowledgePoint' | 'difficulty' | 'stem' | 'options' | 'answer' | 'explanation';

export interface ItemProblem {
  field: ItemField;
  code: string;
  message: string;
}

const KIND_WORDS: Readonly<Record<string, ItemKind>> = Object.freeze({
  单选: 'single_choice',
  单选题: 'single_choice',
  单项选择: 'single_choice',
  单项选择题: 'single_choice',
  多选: 'multiple_choice',
  多选题: 'multiple_choice',
  多项选择: 'multiple_choice',
  多项选择题: 'multiple_choice',
  判断: 'true_false',
  判断题: 'true_false',
  填空: 'fill_in',
  填空题: 'fill_in',
  简答: 'short_answer',
  简答题: 'short_answer',
});

/** The kind a cell names: 单选, 单项选择题, single_choice… */
export function parseItemKind(text: string): ItemKind | null {
  const compact = text.replace(/\s+/gu, '');
  if (isItemKind(compact)) return compact;
  return KIND_WORDS[compact] ?? null;
}

const TRUE_WORDS = new Set(['对', '正确', '是', '√', '✓', 'T', 'TRUE', 'Y']);
const FALSE_WORDS = new Set(['错', '错误', '否', '×', '✗', 'X', 'F', 'FALSE', 'N']);

/** Marks of a blank in a fill-in stem: （ ）, ( ) or a run of underscores. */
const BLANK_MARK = /[（(]\s*[)）]|_{2,}/gu;

export function blanksInStem(stem: string): number {
  return stem.match(BLANK_MARK)?.length ?? 0;
}

// Control characters other than tab and line breaks cannot be shown or printed.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/**
 * Checks an item and turns its answer text into an answer key. Every problem is reported, each
 * with the field it belongs to, so a form or a spreadsheet row can show them all at once.
 */
export function parseItemDraft(draft: ItemDraft): { value: ItemContent | null; problems: ItemProblem[] } {
  const problems: ItemProblem[] = [];
  const add = (field: ItemField, code: string, message: string) => problems.push({ field, code, message });
  const text = (field: ItemField, value: string, max: number, required: boolean): string => {
    const trimmed = value.trim();
    if (required && !trimmed) add(field, 'required', '不能为空');
    else if ([...trimmed].length > max) add(field, 'tooLong', `不超过${max}字`);
    else if (CONTROL.test(trimmed)) add(field, 'controlCharacter', '含有无法显示的控制字符');
    return trimmed;
  };

  const kindText = draft.kind.trim();
  const kind = parseItemKind(kindText);
  if (!kindText) add('kind', 'required', '不能为空');
  else if (!kind) add('kind', 'invalid', '应为单选、多选、判断、填空或简答');
  const knowledgePoint = text('knowledgePoint', draft.knowledgePoint, MAX_KNOWLEDGE_POINT_LENGTH, true);
  const difficulty = typeof draft.difficulty === 'number' ? draft.difficulty : Number(draft.difficulty.trim() || NaN);
  if (!(Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5)) add('difficulty', 'invalid', '应为1到5的整数（1最易）');
  const stem = text('stem', draft.stem, MAX_STEM_LENGTH, true);
  const explanation = text('explanation', draft.explanation ?? '', MAX_ANSWER_LENGTH, false);
  const answer = text('answer', draft.answer, MAX_ANSWER_LENGTH, true);

  let options = draft.options.map((o) => o.trim());
  while (options.length > 0 && options[options.length - 1] === '') options = options.slice(0, -1);
  const choice = kind === 'single_choice' || kind === 'multiple_choice';
  if (choice) {
    if (options.length < MIN_OPTIONS) add('options', 'tooFew', `选择题至少${MIN_OPTIONS}个选项`);
    else if (options.length > OPTION_KEYS.length) add('options', 'tooMany', `最多${OPTION_KEYS.length}个选项（A–H）`);
    else if (options.some((o) => o === '')) add('options', 'gap', `选项${OPTION_KEYS[options.indexOf('')]}为空：选项应从A起连续填写`);
    else if (options.some((o) => [...o].length > MAX_OPTION_LENGTH || CONTROL.test(o))) add('options', 'invalid', `每个选项不超过${MAX_OPTION_LENGTH}字，且不含控制字符`);
    else if (new Set(options).size !== options.length) add('options', 'duplicate', '有相同的选项');
  } else if (kind && options.length > 0) {
    add('options', 'notApplicable', `${ITEM_KIND_LABELS[kind]}不设选项`);
  }

  let key: AnswerKey | null = null;
  if (kind && answer) {
    key = answerKey(kind, answer, options, stem, add);
  }
  if (problems.length > 0 || !kind || !key) return { value: null, problems };
  return { value: { kind, knowledgePoint, difficulty, stem, options: choice ? options : [], key, explanation: explanation || null }, problems };
}

function answerKey(kind: ItemKind, answer: string, options: readonly string[], stem: string, add: (field: ItemField, code: string, message: string) => void): AnswerKey | null {
  switch (kind) {
    case 'single_choice':
    case 'multiple_choice': {
      const letters = answer.normalize('NFKC').toUpperCase().replace(/[\s,，、;；]+/gu, '');
      const chosen = [...new Set(letters)];
      const offered = OPTION_KEYS.slice(0, options.length) as readonly string[];
      if (chosen.length === 0 || chosen.some((l) => !offered.includes(l))) {
        add('answer', 'notAnOption', `答案应为选项字母（${offered.length > 0 ? `${offered[0]}–${offered[offered.length - 1]}` : 'A–H'}）`);
        return null;
      }
      if (kind === 'single_choice') {
        if (chosen.length !== 1) {
          add('answer', 'oneOption', '单选题只有一个正确答案');
          return null;
        }
        return { kind, correct: chosen[0] };
      }
      if (chosen.length < 2) {
        add('answer', 'twoOptions', '多选题至少两个正确答案');
        return null;
      }
      return { kind, correct: chosen.sort() };
    }
    case 'true_false': {
      const word = answer.normalize('NFKC').toUpperCase();
      if (TRUE_WORDS.has(word)) return { kind, correct: true };
      if (FALSE_WORDS.has(word)) return { kind, correct: false };
      add('answer', 'notTrueFalse', '判断题答案应为“对”或“错”');
      return null;
    }
    case 'fill_in': {
      const blanks = answer.split(BLANK_SEPARATOR).map((b) => b.split(ALTERNATIVE_SEPARATOR).map((a) => a.trim()).filter(Boolean));
      const marked = blanksInStem(stem);
      if (blanks.some((b) => b.length === 0)) {
        add('answer', 'emptyBlank', '每个空都要有答案（空与空之间用“；”分隔，同义答案用“|”分隔）');
        return null;
      }
      if (marked === 0) {
        add('stem', 'noBlank', '题干中请用“（ ）”或“____”标出填空位置');
        return null;
      }
      if (marked !== blanks.length) {
        add('answer', 'blankCount', `题干有${marked}个空，答案有${blanks.length}个`);
        return null;
      }
      return { kind, blanks };
    }
    case 'short_answer':
      return { kind, reference: answer };
  }
}
