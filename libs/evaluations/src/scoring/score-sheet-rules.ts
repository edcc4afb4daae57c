import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';
import type { FieldError } from '@skill-ladder/platform';
import type { AssessmentComponent } from '@skill-ladder/standards';

/**
 * 评分表: the pure rules of one evaluator's sheet. Evaluators write scores with at most one
 * decimal; a rubric sheet's score is the weighted mean of its criteria, rounded half away from
 * zero (四舍五入) to two decimals on exact decimals, which is what aggregation accepts.
 */

export const SHEET_STATUSES = ['draft', 'submitted', 'cancelled'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const SHEET_STATUS_LABELS: Readonly<Record<SheetStatus, string>> = Object.freeze({
  draft: '草稿 / Draft',
  submitted: '已提交（锁定） / Submitted, locked',
  cancelled: '无需评分（缺考或成绩无效） / Not needed (absent or voided)',
});

/** Decimals an evaluator may write. */
export const INPUT_DECIMALS = 1;
/** Decimals of a rubric sheet's weighted score. */
export const SHEET_DECIMALS = 2;

/** What a sheet holds. `criteria` is used by rubric components, `score` by the others. */
export interface SheetContent {
  score: number | null;
  criteria: Record<string, number>;
  note: string | null;
}

/** A save or a submission: only the fields given change. */
export interface SheetInput {
  score?: number | null;
  criteria?: { code: string; score: number }[];
  note?: string | null;
}

export type ScoredComponent = Pick<AssessmentComponent, 'kind' | 'maxScore' | 'rubric'>;

function hasRubric(component: ScoredComponent): boolean {
  return (component.rubric?.length ?? 0) > 0;
}

/**
 * Problems with a sheet's input against its component: per rubric criterion for components with
 * a rubric (评审要素), a whole score otherwise; each 0..maxScore with one decimal at most.
 * `complete` (submission) also asks for every criterion, or the score.
 */
export function sheetInputErrors(component: ScoredComponent, content: SheetContent, complete: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const checkScore = (field: string, value: number) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > component.maxScore) {
      add(field, 'range', `分数须在 0–${component.maxScore} 之间 / must be between 0 and ${component.maxScore}`);
    } else if (!hasDecimals(value, INPUT_DECIMALS)) {
      add(field, 'decimals', `最多${INPUT_DECIMALS}位小数 / at most ${INPUT_DECIMALS} decimal`);
    }
  };
  if (hasRubric(component)) {
    const codes = new Set((component.rubric ?? []).map((c) => c.code));
    if (content.score !== null) add('score', 'rubric', '该项目按评审要素逐项评分 / this component is scored per rubric criterion');
    for (const [code, value] of Object.entries(content.criteria)) {
      if (!codes.has(code)) add(`criteria.${code}`, 'unknownCriterion', '评审要素不存在 / no such criterion');
      else checkScore(`criteria.${code}`, value);
    }
    if (complete) {
      for (const code of codes) if (!(code in content.criteria)) add(`criteria.${code}`, 'required', '请为该评审要素评分 / score this criterion');
    }
  } else {
    if (Object.keys(content.criteria).length > 0) add('criteria', 'noRubric', '该项目没有评审要素，请直接评分 / this component has no rubric; give one score');
    if (content.score !== null) checkScore('score', content.score);
    else if (complete) add('score', 'required', '请填写分数 / a score is required');
  }
  return errors;
}

/** The content after a save: given fields replace, criteria merge by code, the rest stays. */
export function mergeSheet(current: SheetContent, input: SheetInput): SheetContent {
  const criteria = { ...current.criteria };
  for (const c of input.criteria ?? []) criteria[c.code] = c.score;
  return {
    score: input.score === undefined ? current.score : input.score,
    criteria,
    note: input.note === undefined ? current.note : input.note,
  };
}

/** Input naming one criterion twice is refused rather than silently taking the last. */
export function duplicateCriteria(input: SheetInput): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  (input.criteria ?? []).forEach((c, i) => {
    if (seen.has(c.code)) errors.push({ field: `criteria[${i}].code`, code: 'duplicate', message: '评审要素重复 / criterion listed twice' });
    seen.add(c.code);
  });
  return errors;
}

/**
 * The sheet's score: the whole score, or for a rubric Σ(score × weight) / Σ(weight) rounded to two
 * decimals (weights are percentages adding up to 100; a zero-weight criterion counts nothing).
 * Null while incomplete.
 */
export function sheetScore(component: ScoredComponent, content: SheetContent): number | null {
  if (!hasRubric(component)) return content.score;
  const rubric = component.rubric ?? [];
  if (rubric.some((c) => !(c.code in content.criteria))) return null;
  let numerator = 0n;
  let weights = 0n;
  for (const c of rubric) {
    const weight = toScaled(c.weight, 4, `criterion ${c.code}: weight`);
    numerator += toScaled(content.criteria[c.code], INPUT_DECIMALS, `criterion ${c.code}`) * weight;
    weights += weight;
  }
  if (weights === 0n) throw new RangeError('rubric weights add up to zero');
  return fromScaled(divideRounded(numerator * 10n ** BigInt(SHEET_DECIMALS), weights * 10n ** BigInt(INPUT_DECIMALS)), SHEET_DECIMALS);
}

export function sameContent(a: SheetContent, b: SheetContent): boolean {
  const keys = (o: Record<string, number>) => Object.keys(o).sort();
  const ak = keys(a.criteria);
  const bk = keys(b.criteria);
  return (
    a.score === b.score &&
    (a.note ?? null) === (b.note ?? null) &&
    ak.length === bk.length &&
    ak.every((k, i) => k === bk[i] && a.criteria[k] === b.criteria[k])
  );
}

export type SubmitDecision =
  | { kind: 'submit'; content: SheetContent; score: number }
  | { kind: 'replay' }
  | { kind: 'refuse'; status: 409 | 422; code: 'SHEET_LOCKED' | 'SHEET_NOT_NEEDED' | 'SHEET_INCOMPLETE'; detail: string; errors?: FieldError[] };

/**
 * What submitting does to a sheet. A draft with everything scored is submitted and locked. A
 * submitted sheet is never changed: the same submission again (a retried request, with no
 * content or the content it holds) replays the answer; different content is refused.
 */
export function submitDecision(
  component: ScoredComponent,
  sheet: { status: SheetStatus; content: SheetContent },
  input: SheetInput,
): SubmitDecision {
  const merged = mergeSheet(sheet.content, input);
  if (sheet.status === 'submitted') {
    return sameContent(merged, sheet.content)
      ? { kind: 'replay' }
      : { kind: 'refuse', status: 409, code: 'SHEET_LOCKED', detail: 'This sheet was submitted and is locked; moderation (复核) changes a component score, with a reason' };
  }
  if (sheet.status === 'cancelled') {
    return { kind: 'refuse', status: 409, code: 'SHEET_NOT_NEEDED', detail: 'The candidate was marked absent or the result voided; this sheet is not scored' };
  }
  const errors = [...duplicateCriteria(input), ...sheetInputErrors(component, merged, true)];
  if (errors.length > 0) return { kind: 'refuse', status: 422, code: 'SHEET_INCOMPLETE', detail: 'The sheet cannot be submitted as it is', errors };
  return { kind: 'submit', content: merged, score: sheetScore(component, merged) as number };
}

/** Whether `value` has at most `places` decimals, as written (72.45 has two). */
export function hasDecimals(value: number, places: number): boolean {
  try {
    toScaled(value, places, 'value');
    return true;
  } catch {
    return false;
  }
}
