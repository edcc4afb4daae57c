/**
 * 认定结果: the pure rules around a candidate's result that the pass rule (rules/pass-rule.ts)
 * leaves to the caller: ranking and the publicized wording (what carries over to a retake: carry-over/).
 */

export const RESULT_STATUSES = ['passed', 'failed', 'voided'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const RESULT_STATUS_LABELS: Readonly<Record<ResultStatus, string>> = Object.freeze({
  passed: '合格 / Passed',
  failed: '不合格 / Failed',
  voided: '成绩无效 / Voided',
});

/**
 * Places by weighted total, highest first; equal totals share a place and the next place skips
 * (1, 2, 2, 4). Candidates without a total (a component missing) and voided ones get no place.
 */
export function rankByTotal<T extends { key: string; total: number | null }>(items: readonly T[]): Map<string, number | null> {
  const ranked = items.filter((i) => i.total !== null).sort((a, b) => (b.total as number) - (a.total as number));
  const places = new Map<string, number | null>(items.map((i) => [i.key, null]));
  ranked.forEach((item, index) => {
    const previous = ranked[index - 1];
    places.set(item.key, previous && previous.total === item.total ? (places.get(previous.key) as number) : index + 1);
  });
  return places;
}

/** Exactly what the results publicity shows of a candidate (公示名单), never a full ID number. */
export interface ResultPublicityPayload {
  [key: string]: unknown;
  name: string;
  idNumberMasked: string;
  occupation: string;
  level: string;
  result: string;
}

export function resultPayload(p: { name: string; idNumberMasked: string; occupation: string; level: string; status: ResultStatus }): ResultPublicityPayload {
  return { name: p.name, idNumberMasked: p.idNumberMasked, occupation: p.occupation, level: p.level, result: RESULT_STATUS_LABELS[p.status] };
}

/** 结果上报: where the report to the bureau stands. */
export type ReportStatus = 'due' | 'overdue' | 'submitted' | 'submitted_late';

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = Object.freeze({
  due: '待上报 / Due',
  overdue: '逾期未上报 / Overdue',
  submitted: '已上报 / Submitted',
  submitted_late: '逾期上报 / Submitted late',
});

/** Where a report due on `dueOn` stands on `today`; the due day itself is still on time (China dates compare as strings). */
export function reportStatus(dueOn: string, submittedOn: string | null, today: string): ReportStatus {
  if (submittedOn) return submittedOn > dueOn ? 'submitted_late' : 'submitted';
  return today > dueOn ? 'overdue' : 'due';
}
