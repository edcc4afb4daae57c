import { EligibilityReport } from '@skill-ladder/standards';
import { addMonths, compareDates, IsoDate } from '@skill-ladder/vocabulary';

/** How soon a worker may apply for their next rung. */
export type PipelineBucket = 'now' | 'within_6_months' | 'within_12_months' | 'later' | 'not_by_time';

export const PIPELINE_BUCKET_LABELS: Readonly<Record<PipelineBucket, string>> = Object.freeze({
  now: '现已符合申报条件 / Eligible now',
  within_6_months: '6个月内符合 / Within 6 months',
  within_12_months: '6–12个月内符合 / Within 12 months',
  later: '12个月以后 / Later',
  not_by_time: '尚缺时间以外的条件 / Needs more than time',
});

/** Buckets an eligibility report of the next rung: 6 and 12 months after `asOf`, inclusive. */
export function pipelineBucket(report: Pick<EligibilityReport, 'eligible' | 'earliestDate'>, asOf: IsoDate): PipelineBucket {
  if (report.eligible) return 'now';
  if (report.earliestDate === null) return 'not_by_time';
  if (compareDates(report.earliestDate, addMonths(asOf, 6)) <= 0) return 'within_6_months';
  if (compareDates(report.earliestDate, addMonths(asOf, 12)) <= 0) return 'within_12_months';
  return 'later';
}

/** Part of whole as a percentage with one decimal; null for an empty whole. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
