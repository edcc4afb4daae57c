import { Workflow } from '@skill-ladder/platform';

/**
 * 评聘 (docs/domain.md §6): nomination → committee review → publicity → bureau confirmation where the
 * policy requires it → appointment for a term → renewed, expired or revoked.
 */
export const APPOINTMENT_STATUSES = [
  'nominated',
  'declined',
  'reviewed',
  'not_passed',
  'in_publicity',
  'awaiting_confirmation',
  'confirmed',
  'bureau_rejected',
  'appointed',
  'expired',
  'revoked',
  'withdrawn',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = Object.freeze({
  nominated: '已推荐（待评审） / Nominated',
  declined: '未予推荐 / Declined',
  reviewed: '评审通过（待公示） / Reviewed',
  not_passed: '评审未通过 / Not passed',
  in_publicity: '公示中 / In publicity',
  awaiting_confirmation: '待人社局确认 / Awaiting bureau confirmation',
  confirmed: '已确认（待聘任） / Confirmed',
  bureau_rejected: '人社局不予确认 / Rejected by the bureau',
  appointed: '聘任中 / Appointed',
  expired: '聘期届满 / Term expired',
  revoked: '已解聘 / Revoked',
  withdrawn: '已撤回 / Withdrawn',
});

/** A place counts against the quota only while held. */
export const OPEN_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['nominated', 'reviewed', 'in_publicity', 'awaiting_confirmation', 'confirmed', 'appointed'];

export type AppointmentAction =
  | 'review'
  | 'decline'
  | 'open_publicity'
  | 'close_publicity'
  | 'confirm'
  | 'reject'
  | 'appoint'
  | 'renew'
  | 'expire'
  | 'revoke'
  | 'withdraw';

export const APPOINTMENT_WORKFLOW = new Workflow<AppointmentStatus, AppointmentAction>({
  review: { from: ['nominated'], to: ['reviewed', 'not_passed'] },
  decline: { from: ['nominated'], to: ['declined'] },
  open_publicity: { from: ['reviewed'], to: ['in_publicity'] },
  close_publicity: { from: ['in_publicity'], to: ['awaiting_confirmation', 'confirmed'] },
  confirm: { from: ['awaiting_confirmation'], to: ['confirmed'] },
  reject: { from: ['awaiting_confirmation'], to: ['bureau_rejected'] },
  appoint: { from: ['confirmed'], to: ['appointed'] },
  renew: { from: ['appointed'], to: ['appointed'] },
  expire: { from: ['appointed'], to: ['expired'] },
  revoke: { from: ['appointed'], to: ['revoked'] },
  withdraw: { from: ['nominated', 'reviewed', 'in_publicity', 'awaiting_confirmation', 'confirmed'], to: ['withdrawn'] },
});
