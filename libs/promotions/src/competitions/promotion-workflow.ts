import { Workflow } from '@skill-ladder/platform';

/** 以赛代评晋级: HR proposes, the bureau approves (the certificate is issued) or rejects. */
export const PROMOTION_STATUSES = ['proposed', 'approved', 'rejected', 'withdrawn'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

export const PROMOTION_STATUS_LABELS: Readonly<Record<PromotionStatus, string>> = Object.freeze({
  proposed: '已申报（待人社局审核） / Proposed',
  approved: '已核准并发证 / Approved, certificate issued',
  rejected: '不予核准 / Rejected',
  withdrawn: '已撤回 / Withdrawn',
});

export type PromotionAction = 'approve' | 'reject' | 'withdraw';

export const PROMOTION_WORKFLOW = new Workflow<PromotionStatus, PromotionAction>({
  approve: { from: ['proposed'], to: ['approved'] },
  reject: { from: ['proposed'], to: ['rejected'] },
  withdraw: { from: ['proposed'], to: ['withdrawn'] },
});
