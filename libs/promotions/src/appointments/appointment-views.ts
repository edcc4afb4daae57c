import { FieldError } from '@skill-ladder/platform';
import { EligibilityReport } from '@skill-ladder/standards';
import { AppointmentReview } from '../entities/appointment-review.entity';
import { Appointment } from '../entities/appointment.entity';
import { AppointmentReviewView } from './dto/appointment.dto';

export function toReviewView(r: AppointmentReview): AppointmentReviewView {
  return {
    id: r.id,
    kind: r.kind,
    reviewedOn: r.reviewedOn,
    criteria: r.criteria,
    results: r.criteria.map((c) => ({
      code: c.code,
      label: c.label,
      weight: c.weight,
      mean: Math.round((r.scores.reduce((sum, s) => sum + s.scores[c.code], 0) / r.scores.length) * 100) / 100,
    })),
    committeeSize: r.scores.length,
    total: r.total,
    passMark: r.passMark,
    passed: r.passed,
    comment: r.comment,
  };
}

/** What the audit trail keeps of a case: its state, not the full eligibility report. */
export function auditView(a: Appointment) {
  return {
    status: a.status,
    personId: a.personId,
    policyId: a.policyId,
    tierName: a.tierName,
    occupationCode: a.occupationCode,
    eligible: a.eligibility.eligible,
    route: a.eligibility.succeededRoute,
    reviewScore: a.reviewScore,
    publicityNoticeId: a.publicityNoticeId,
    bureauId: a.bureauId,
    appointedOn: a.appointedOn,
    termStartsOn: a.termStartsOn,
    termEndsOn: a.termEndsOn,
    renewals: a.renewals,
    treatment: a.treatment,
    credentialId: a.credentialId,
    endedOn: a.endedOn,
    endReason: a.endReason,
  };
}

/** The unmet conditions of the route that opens first (or the first route), as field errors. */
export function unmetConditions(report: EligibilityReport): FieldError[] {
  const code = report.earliestRoute ?? report.routes[0]?.code;
  const index = Math.max(0, report.routes.findIndex((r) => r.code === code));
  const route = report.routes[index];
  if (!route) return [];
  return route.conditions
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.met)
    .map(({ c, i }) => ({
      field: `eligibility.routes[${index}].conditions[${i}]`,
      code: c.kind,
      message: `${c.label}：${c.actual.text}${c.metOn ? `（预计${c.metOn}满足）` : ''}`,
    }));
}
