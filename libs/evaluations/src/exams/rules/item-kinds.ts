/** 题型: the kinds of question a bank holds, in the order a printed paper lists them. */
export const ITEM_KINDS = ['single_choice', 'multiple_choice', 'true_false', 'fill_in', 'short_answer'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  single_choice: '单项选择题',
  multiple_choice: '多项选择题',
  true_false: '判断题',
  fill_in: '填空题',
  short_answer: '简答题',
};

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

/** Short answers are read by evaluators; every other kind is scored by the server on submission. */
export function isObjective(kind: ItemKind): boolean {
  return kind !== 'short_answer';
}

/** The answer key kept with an item; it never reaches a candidate's browser before submission. */
export type AnswerKey =
  | { kind: 'single_choice'; correct: string }
  | { kind: 'multiple_choice'; correct: readonly string[] }
  | { kind: 'true_false'; correct: boolean }
  /** Accepted answers per blank, in blank order; any one of a blank's answers earns it. */
  | { kind: 'fill_in'; blanks: readonly (readonly string[])[] }
  /** A reference answer and marking points for the evaluators. */
  | { kind: 'short_answer'; reference: string };

/** What a candidate gave for one item; absent answers are `null` or empty. */
export type ItemResponse =
  | { kind: 'single_choice'; choice: string | null }
  | { kind: 'multiple_choice'; choices: readonly string[] }
  | { kind: 'true_false'; value: boolean | null }
  | { kind: 'fill_in'; blanks: readonly string[] }
  | { kind: 'short_answer'; text: string };
