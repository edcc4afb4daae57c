import { fromScaled, toScaled } from '@skill-ladder/vocabulary';
import { MAX_EXTRA_MINUTES } from './exam-clock';
import { AnswerKey, ItemKind, ItemResponse } from './item-kinds';
import { OPTION_KEYS } from './item-content';
import { POINT_PLACES, ScoringOptions, scoreItem } from './item-scoring';

/**
 * 机考 answers and totals: what a candidate may save for an item, what the objective items of a
 * paper add up to, and what extra time may be granted. Pure, so the service only loads and stores.
 */

/** A fill-in blank's answer and a short answer are bounded: the page sends no more than a person types. */
export const MAX_BLANK_LENGTH = 200;
export const MAX_SHORT_ANSWER_LENGTH = 5000;

/** An answer as the page sends it: the fields of the item's kind, nothing else. */
export interface AnswerInput {
  choice?: string | null;
  choices?: readonly string[];
  value?: boolean | null;
  blanks?: readonly string[];
  text?: string;
}

/** What the candidate's page needs to ask an item, never its key. */
export interface AskedItem {
  kind: ItemKind;
  /** Options offered (choice items); 0 otherwise. */
  optionCount: number;
  /** Blanks to fill (fill-in items); 0 otherwise. */
  blankCount: number;
}

export type AnswerProblem = { field: string; code: 'wrongKind' | 'notAnOption' | 'duplicate' | 'blankCount' | 'tooLong' | 'required'; message: string };

const FIELDS_OF: Record<ItemKind, keyof AnswerInput> = {
  single_choice: 'choice',
  multiple_choice: 'choices',
  true_false: 'value',
  fill_in: 'blanks',
  short_answer: 'text',
};

// eslint-disable-next-line no-control-regex -- control characters cannot be shown back to the candidate
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * The stored response for an answer to `item`, or the problem with it. Only the field of the
 * item's kind may be given; an empty answer (no choice, no text) is a valid answer that clears
 * the item. Text is trimmed and loses control characters; lengths are counted in characters.
 */
export function parseAnswer(item: AskedItem, input: AnswerInput): { response: ItemResponse } | { problem: AnswerProblem } {
  const own = FIELDS_OF[item.kind];
  const given = (Object.keys(input) as (keyof AnswerInput)[]).filter((k) => input[k] !== undefined);
  const stray = given.find((k) => k !== own);
  if (stray) return { problem: { field: stray, code: 'wrongKind', message: `此题只接受 ${own} / this item takes ${own} only` } };
  if (given.length === 0) return { problem: { field: own, code: 'required', message: '请作答 / an answer is required' } };
  const offered = OPTION_KEYS.slice(0, item.optionCount) as readonly string[];
  const letter = (raw: string) => raw.normalize('NFKC').trim().toUpperCase();
  const clean = (raw: string) => raw.replace(CONTROL, '').trim();
  switch (item.kind) {
    case 'single_choice': {
      const choice = input.choice === null || input.choice === undefined ? null : letter(input.choice);
      if (choice !== null && !offered.includes(choice)) return { problem: { field: 'choice', code: 'notAnOption', message: '不是本题的选项 / not an option of this item' } };
      return { response: { kind: 'single_choice', choice } };
    }
    case 'multiple_choice': {
      const choices = (input.choices ?? []).map(letter);
      if (choices.some((c) => !offered.includes(c))) return { problem: { field: 'choices', code: 'notAnOption', message: '不是本题的选项 / not an option of this item' } };
      if (new Set(choices).size !== choices.length) return { problem: { field: 'choices', code: 'duplicate', message: '同一选项选了两次 / an option chosen twice' } };
      return { response: { kind: 'multiple_choice', choices: [...choices].sort() } };
    }
    case 'true_false':
      return { response: { kind: 'true_false', value: input.value ?? null } };
    case 'fill_in': {
      const blanks = (input.blanks ?? []).map(clean);
      if (blanks.length !== item.blankCount) return { problem: { field: 'blanks', code: 'blankCount', message: `此题有${item.blankCount}个空 / this item has ${item.blankCount} blank(s)` } };
      if (blanks.some((b) => [...b].length > MAX_BLANK_LENGTH)) return { problem: { field: 'blanks', code: 'tooLong', message: `每空不超过${MAX_BLANK_LENGTH}字` } };
      return { response: { kind: 'fill_in', blanks } };
    }
    case 'short_answer': {
      const text = clean(input.text ?? '');
      if ([...text].length > MAX_SHORT_ANSWER_LENGTH) return { problem: { field: 'text', code: 'tooLong', message: `不超过${MAX_SHORT_ANSWER_LENGTH}字` } };
      return { response: { kind: 'short_answer', text } };
    }
  }
}

/** Whether a stored response says anything (counts as answered for the invigilator). */
export function isAnswered(response: ItemResponse): boolean {
  switch (response.kind) {
    case 'single_choice':
      return response.choice !== null;
    case 'multiple_choice':
      return response.choices.length > 0;
    case 'true_false':
      return response.value !== null;
    case 'fill_in':
      return response.blanks.some((b) => b !== '');
    case 'short_answer':
      return response.text !== '';
  }
}

export interface PaperItemKey {
  number: number;
  key: AnswerKey;
  points: number;
}

export interface AttemptScore {
  /** Points earned per item number; short answers are absent (evaluators mark them). */
  items: Map<number, number>;
  /** Sum of the objective items, exact to 0.1. */
  objective: number;
  /** True when short answers wait for evaluators: the objective part is not the total. */
  awaitingMarking: boolean;
}

/** Scores every objective item of a paper; unanswered items earn nothing. */
export function scoreAttempt(paper: readonly PaperItemKey[], responses: ReadonlyMap<number, ItemResponse>, options: ScoringOptions): AttemptScore {
  const items = new Map<number, number>();
  let total = 0n;
  let awaitingMarking = false;
  for (const item of paper) {
    const score = scoreItem(item.key, responses.get(item.number) ?? null, item.points, options);
    if (score.status === 'manual') {
      awaitingMarking = true;
      continue;
    }
    items.set(item.number, score.points);
    total += toScaled(score.points, POINT_PLACES, 'item points');
  }
  return { items, objective: fromScaled(total, POINT_PLACES), awaitingMarking };
}

export type ExtraTimeRefusal = 'EXTRA_TIME_INVALID' | 'EXTRA_TIME_EXCEEDED';

/** A grant of `minutes` on top of what the attempt already has: 1–60 whole minutes, at most 60 in all. */
export function extraTimeRefusal(current: number, minutes: number): ExtraTimeRefusal | null {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTRA_MINUTES) return 'EXTRA_TIME_INVALID';
  if (current + minutes > MAX_EXTRA_MINUTES) return 'EXTRA_TIME_EXCEEDED';
  return null;
}
