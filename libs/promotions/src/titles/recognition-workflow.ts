import { Workflow } from '@skill-ladder/platform';

/** 比照认定: the worker applies, HR endorses, the bureau approves or rejects. */
export const RECOGNITION_STATUSES = ['applied', 'endorsed', 'declined', 'approved', 'rejected', 'withdrawn'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const RECOGNITION_STATUS_LABELS: Readonly<Record<RecognitionStatus, string>> = Object.freeze({
  applied: '已申请（待单位推荐） / Applied',
  endorsed: '单位已推荐（待人社局审核） / Endorsed',
  declined: '单位未予推荐 / Declined by HR',
  approved: '已认定 / Approved',
  rejected: '人社局不予认定 / Rejected',
  withdrawn: '已撤回 / Withdrawn',
});

export type RecognitionAction = 'endorse' | 'decline' | 'approve' | 'reject' | 'withdraw';

export const RECOGNITION_WORKFLOW = new Workflow<RecognitionStatus, RecognitionAction>({
  endorse: { from: ['applied'], to: ['endorsed'] },
  decline: { from: ['applied'], to: ['declined'] },
  approve: { from: ['endorsed'], to: ['approved'] },
  reject: { from: ['endorsed'], to: ['rejected'] },
  withdraw: { from: ['applied', 'endorsed'], to: ['withdrawn'] },
});
