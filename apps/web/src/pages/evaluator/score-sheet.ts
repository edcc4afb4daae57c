import type { components } from '../../api/schema';

export type ScoreSheet = components['schemas']['ScoreSheetDto'];
export type SaveBody = components['schemas']['SaveScoreSheetDto'];

export interface SheetValues {
  score?: number | null;
  criteria?: Record<string, number | null | undefined>;
  note?: string | null;
}

export interface SheetFieldError {
  name: (string | number)[];
  errors: string[];
}

/** At most one decimal, as the API accepts (82.5, not 82.55). */
function oneDecimal(value: number): boolean {
  return Math.abs(Math.round(value * 10) - value * 10) < 1e-9;
}

function checkScore(value: number | null | undefined, max: number, required: boolean): string | null {
  if (value === null || value === undefined) return required ? '请填写分数' : null;
  if (!Number.isFinite(value) || value < 0 || value > max) return `分数须在 0–${max} 之间`;
  if (!oneDecimal(value)) return '最多保留1位小数';
  return null;
}

/**
 * What the form can tell before the API does: a score per criterion (or one score without a
 * rubric) between 0 and the maximum, one decimal at most; all of it required to submit, not to
 * save a draft. The API checks the same and has the last word.
 */
export function sheetErrors(sheet: ScoreSheet, values: SheetValues, submitting: boolean): SheetFieldError[] {
  const errors: SheetFieldError[] = [];
  if (sheet.rubric.length > 0) {
    for (const c of sheet.rubric) {
      const message = checkScore(values.criteria?.[c.code], sheet.maxScore, submitting);
      if (message) errors.push({ name: ['criteria', c.code], errors: [message] });
    }
  } else {
    const message = checkScore(values.score, sheet.maxScore, submitting);
    if (message) errors.push({ name: ['score'], errors: [message] });
  }
  if ((values.note ?? '').length > 1000) errors.push({ name: ['note'], errors: ['评语不超过1000字'] });
  return errors;
}

/** The rubric's weighted mean as the API computes it (two decimals), or null while incomplete. */
export function previewScore(sheet: ScoreSheet, values: SheetValues): number | null {
  if (sheet.rubric.length === 0) return values.score ?? null;
  let sum = 0;
  let weights = 0;
  for (const c of sheet.rubric) {
    const v = values.criteria?.[c.code];
    if (v === null || v === undefined) return null;
    sum += v * c.weight;
    weights += c.weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}

/** The request body: only what the form holds, in the API's shape. */
export function toSaveBody(sheet: ScoreSheet, values: SheetValues): SaveBody {
  const note = values.note?.trim() ? values.note.trim() : null;
  if (sheet.rubric.length > 0) {
    const criteria = sheet.rubric
      .filter((c) => values.criteria?.[c.code] !== null && values.criteria?.[c.code] !== undefined)
      .map((c) => ({ code: c.code, score: values.criteria?.[c.code] as number }));
    return { criteria, note };
  }
  return { score: values.score ?? null, note };
}

/** The form's starting values from the sheet as saved. */
export function initialValues(sheet: ScoreSheet): SheetValues {
  return {
    score: sheet.rubric.length > 0 ? undefined : sheet.score,
    criteria: Object.fromEntries(sheet.criteria.map((c) => [c.code, c.score])),
    note: sheet.note,
  };
}
