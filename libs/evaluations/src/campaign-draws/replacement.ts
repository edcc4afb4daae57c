import type { PoolEvaluator } from '../draw/draw';
import { EvaluationRank, mayAssess } from '../draw/ranks';
import { DeclaredConflict, PersonRelation, RECUSAL_REASON_LABELS, RecusalReason, recusals } from '../draw/recusal';
import { RANK_INFO, rankLabel } from '@skill-ladder/vocabulary';

/**
 * 人工调整: HR replaces one drawn evaluator by another on a panel. The newcomer must meet every
 * rule the draw itself applied, for every candidate of that panel.
 */
export const REPLACEMENT_FAILURE_CODES = [
  'NOT_IN_POOL',
  'ALREADY_DRAWN',
  'OCCUPATION_NOT_COVERED',
  'QUALIFICATION_NOT_VALID',
  'LEVEL_TOO_LOW',
  'CONFLICT_OF_INTEREST',
  'WORKLOAD_CAP',
] as const;
export type ReplacementFailureCode = (typeof REPLACEMENT_FAILURE_CODES)[number];

export interface ReplacementInput {
  occupationCode: string;
  assessmentDate: string;
  targetRank: EvaluationRank;
  /** The evaluator brought in, as the pool the organization draws from has them; undefined if not in it. */
  incoming: PoolEvaluator | undefined;
  /** Everyone already on a panel of this draw. */
  drawnProfileIds: ReadonlySet<string>;
  panelCandidatePersonIds: readonly string[];
  relations: readonly PersonRelation[];
  declaredConflicts: readonly DeclaredConflict[];
  workloadCap: number | null;
}

export type ReplacementCheck =
  | { ok: true }
  | { ok: false; code: ReplacementFailureCode; message: string; conflicts: { personId: string; reason: RecusalReason }[] };

export function checkReplacement(input: ReplacementInput): ReplacementCheck {
  const fail = (code: ReplacementFailureCode, message: string, conflicts: { personId: string; reason: RecusalReason }[] = []): ReplacementCheck => ({
    ok: false,
    code,
    message,
    conflicts,
  });
  const e = input.incoming;
  if (!e) return fail('NOT_IN_POOL', '该考评员不在本单位可抽取的考评员库中 / the evaluator is not in the pool your enterprise draws from');
  if (input.drawnProfileIds.has(e.profileId)) return fail('ALREADY_DRAWN', '该考评员已在本次抽取的考评组中 / the evaluator already sits on a panel of this draw');
  if (!e.occupations.includes(input.occupationCode)) {
    return fail('OCCUPATION_NOT_COVERED', `该考评员不能考评 ${input.occupationCode} 职业 / not qualified for this occupation`);
  }
  if (!(e.validFrom <= input.assessmentDate && input.assessmentDate <= e.validUntil)) {
    return fail('QUALIFICATION_NOT_VALID', `考评员资格在 ${input.assessmentDate} 无效 / the qualification is not valid on the assessment date`);
  }
  if (!mayAssess(e.highestRank, input.targetRank)) {
    const [zh, en] = [rankLabel(input.targetRank), RANK_INFO[input.targetRank].labelEnShort];
    return fail('LEVEL_TOO_LOW', `该考评员不能考评${zh} / may not assess ${en}`);
  }
  const recused = recusals([e], input.panelCandidatePersonIds, input.relations, input.declaredConflicts).get(e.profileId);
  if (recused && recused.size > 0) {
    const conflicts = [...recused].map(([personId, reason]) => ({ personId, reason }));
    const reasons = [...new Set(conflicts.map((c) => RECUSAL_REASON_LABELS[c.reason]))].join('、');
    return fail('CONFLICT_OF_INTEREST', `该考评员须回避本组考生（${reasons}） / the evaluator must recuse from candidates of this panel`, conflicts);
  }
  const load = e.workload + input.panelCandidatePersonIds.length;
  if (input.workloadCap !== null && load > input.workloadCap) {
    return fail('WORKLOAD_CAP', `加入后考评员工作量为 ${load}，超过上限 ${input.workloadCap} / the workload would be ${load}, above the cap of ${input.workloadCap}`);
  }
  return { ok: true };
}
