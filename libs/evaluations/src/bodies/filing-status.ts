import { TransitionResult, Workflow } from '@skill-ladder/platform';

/**
 * The life of an evaluation-body filing (评价机构备案): the enterprise applies, the bureau
 * approves or rejects, and may later suspend an approved filing and reinstate it. A rejected
 * filing is final; the enterprise files anew. Scope is extended by a new filing, never by
 * editing an approved one.
 */
export const FILING_STATUSES = ['applied', 'approved', 'rejected', 'suspended'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = Object.freeze({
  applied: '待审核 / Applied',
  approved: '已备案 / Approved',
  rejected: '未予备案 / Rejected',
  suspended: '已暂停 / Suspended',
});

export const FILING_DECISIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type FilingDecision = (typeof FILING_DECISIONS)[number];

const FILING_WORKFLOW = new Workflow<FilingStatus, FilingDecision>({
  approve: { from: ['applied'], to: ['approved'] },
  reject: { from: ['applied'], to: ['rejected'] },
  suspend: { from: ['approved'], to: ['suspended'] },
  reinstate: { from: ['suspended'], to: ['approved'] },
});

export type FilingTransition = TransitionResult<FilingStatus, FilingDecision>;

/** Where `decision` leads from `status`, or the decisions that status does allow. */
export function filingTransition(status: FilingStatus, decision: FilingDecision): FilingTransition {
  return FILING_WORKFLOW.transition(status, decision);
}

export function allowedDecisions(status: FilingStatus): FilingDecision[] {
  return FILING_WORKFLOW.allowed(status);
}

/** Filings whose scope a campaign may use. A suspended filing still holds its codes but not its scope. */
export function filingCoversCampaigns(status: FilingStatus): boolean {
  return status === 'approved';
}
