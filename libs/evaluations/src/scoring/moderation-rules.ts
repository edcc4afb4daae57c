import type { FieldError } from '@skill-ladder/platform';
import { DeclaredConflict, PersonRelation, RECUSAL_REASON_LABELS, recusals } from '../draw/recusal';
import { aggregateComponentScore, DEFAULT_MODERATION_THRESHOLD, needsModeration } from '../rules/score-aggregation';
import { hasDecimals, INPUT_DECIMALS } from './score-sheet-rules';
import type { ErrorCode } from '@skill-ladder/platform';

/**
 * 评分汇总与复核: when a candidate's component is complete, what it becomes, and who may moderate
 * (复核) a component whose evaluators disagree by more than the threshold.
 */

export const COMPONENT_SCORE_STATUSES = ['pending', 'moderation', 'scored', 'absent', 'voided'] as const;
export type ComponentScoreStatus = (typeof COMPONENT_SCORE_STATUSES)[number];

export const COMPONENT_SCORE_STATUS_LABELS: Readonly<Record<ComponentScoreStatus, string>> = Object.freeze({
  pending: '评分中 / Awaiting scores',
  moderation: '待复核 / Awaiting moderation',
  scored: '已评定 / Scored',
  absent: '缺考 / Absent',
  voided: '成绩无效 / Voided',
});

export const SCORE_SOURCES = ['sheets', 'import', 'online_exam', 'moderation', 'correction', 'carried_over'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];

export const SCORE_SOURCE_LABELS: Readonly<Record<ScoreSource, string>> = Object.freeze({
  sheets: '考评员评分汇总 / Mean of the evaluators’ sheets',
  import: '考试系统导入 / Imported from the exam system',
  online_exam: '机考 / Online theory exam',
  moderation: '复核 / Moderated',
  correction: '异议更正 / Corrected after an objection',
  carried_over: '保留合格成绩 / Carried over from an earlier campaign',
});

export const VOID_KINDS = ['cheating', 'misconduct'] as const;
export type VoidKind = (typeof VOID_KINDS)[number];
export const VOID_KIND_LABELS: Readonly<Record<VoidKind, string>> = Object.freeze({
  cheating: '作弊 / Cheating',
  misconduct: '违纪 / Misconduct',
});

/** Component scores carry one decimal: the mean is rounded half away from zero (四舍五入) to 0.1. */
export const COMPONENT_DECIMALS = 1;

export interface Aggregation {
  status: 'scored' | 'moderation';
  score: number;
  spread: number;
  dropped: number[];
}

/**
 * The component score once every sheet is submitted: the mean (dropping one highest and one
 * lowest with five or more sheets), rounded to one decimal; a spread above the threshold holds
 * it for moderation. The threshold is the campaign's, else the national 15 points.
 */
export function aggregateSheets(scores: readonly number[], maxScore: number, threshold: number | null): Aggregation {
  const result = aggregateComponentScore(scores, { maxScore, decimals: COMPONENT_DECIMALS });
  return {
    status: needsModeration(result.spread, threshold ?? DEFAULT_MODERATION_THRESHOLD) ? 'moderation' : 'scored',
    score: result.score,
    spread: result.spread,
    dropped: result.dropped,
  };
}

export interface Moderator {
  /** HR of the evaluation body, or an evaluator. */
  role: 'hr' | 'evaluator';
  /** The caller's evaluator profile, if they have one (HR staff may be in the pool too). */
  profileId: string | null;
}

export interface Refusal {
  code: ErrorCode;
  detail: string;
}

/**
 * Who may moderate: HR of the body, or the campaign's committee chair (评审委员会主任), and in
 * either case never one of the evaluators whose sheets are being moderated.
 */
export function moderationRefusal(moderator: Moderator, chairProfileId: string | null, componentEvaluatorIds: readonly string[]): Refusal | null {
  if (moderator.role === 'evaluator' && (moderator.profileId === null || moderator.profileId !== chairProfileId)) {
    return { code: 'NOT_THE_CHAIR', detail: 'Only HR of the body or the committee chair of this campaign may moderate' };
  }
  if (moderator.profileId !== null && componentEvaluatorIds.includes(moderator.profileId)) {
    return { code: 'MODERATOR_IS_EVALUATOR', detail: 'A moderator must not be one of the evaluators who scored this component' };
  }
  return null;
}

export interface ModeratorIdentity {
  /** The moderator's evaluator profile, for conflicts declared on it. */
  profileId: string | null;
  /** Worker records that are the moderator (their profile's and their account's), for 本人 and relations. */
  personIds: readonly string[];
}

const MODERATOR = 'moderator';

/**
 * 回避 applies to the moderator as to any evaluator: never the candidate themself, their close
 * relative, direct supervisor or subordinate, master or apprentice, nor anyone a conflict was
 * declared for on the moderator's profile.
 */
export function moderatorConflict(
  moderator: ModeratorIdentity,
  candidatePersonId: string,
  relations: readonly PersonRelation[],
  declared: readonly DeclaredConflict[],
): Refusal | null {
  const identities = moderator.personIds.length > 0 ? moderator.personIds.map((personId) => ({ profileId: MODERATOR, personId })) : [{ profileId: MODERATOR, personId: null }];
  const declaredOnModerator = moderator.profileId === null ? [] : declared.filter((d) => d.profileId === moderator.profileId).map((d) => ({ ...d, profileId: MODERATOR }));
  const reason = recusals(identities, [candidatePersonId], relations, declaredOnModerator).get(MODERATOR)?.get(candidatePersonId);
  if (!reason) return null;
  const [zh, en] = RECUSAL_REASON_LABELS[reason].split(' / ');
  return { code: 'MODERATOR_CONFLICT', detail: `复核人须回避该考生（${zh}） / the moderator must recuse from this candidate (${en.toLowerCase()})` };
}

export type ModerationAction = 'confirm' | 'rescore';

/**
 * The score a moderation settles on: the aggregate as it stands (confirm), or the moderator's
 * score (rescore, 0..max with one decimal, different from the aggregate).
 */
export function moderatedScore(action: ModerationAction, aggregate: number, maxScore: number, score: number | undefined): { score: number } | { errors: FieldError[] } {
  if (action === 'confirm') {
    if (score !== undefined && score !== aggregate) {
      return { errors: [{ field: 'score', code: 'confirmHasScore', message: '确认原分数时不填写新分数 / confirming keeps the aggregate; leave the score out' }] };
    }
    return { score: aggregate };
  }
  if (score === undefined) return { errors: [{ field: 'score', code: 'required', message: '请填写复核后的分数 / the moderated score is required' }] };
  if (!Number.isFinite(score) || score < 0 || score > maxScore) {
    return { errors: [{ field: 'score', code: 'range', message: `分数须在 0–${maxScore} 之间 / must be between 0 and ${maxScore}` }] };
  }
  if (!hasDecimals(score, INPUT_DECIMALS)) return { errors: [{ field: 'score', code: 'decimals', message: '最多1位小数 / at most 1 decimal' }] };
  return { score };
}

/** Which states a component may be marked absent or voided from (the change is refused otherwise). */
export function stateChangeRefusal(status: ComponentScoreStatus, to: 'absent' | 'voided', submittedSheets: number, source: ScoreSource | null): Refusal | null {
  if (source === 'carried_over') return { code: 'SCORE_CARRIED_OVER', detail: 'This component was passed in an earlier campaign and is carried over' };
  if (status === 'absent' || status === 'voided') return { code: 'SCORE_ALREADY_SETTLED', detail: `This component is already ${status}` };
  if (to === 'absent' && (submittedSheets > 0 || status === 'scored' || status === 'moderation')) {
    return { code: 'SCORES_ALREADY_GIVEN', detail: 'Evaluators already scored this candidate; an absent candidate has no scores' };
  }
  return null;
}
