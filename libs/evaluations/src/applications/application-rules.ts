import { Workflow } from '@skill-ladder/platform';
import { NationalRank } from '../draw/ranks';

/** An application (报名) from submission to decision; pending and approved ones hold a seat. */
export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = Object.freeze({
  pending: '待审核 / Pending review',
  approved: '审核通过 / Approved',
  rejected: '审核未通过 / Rejected',
  withdrawn: '已撤回 / Withdrawn',
});

/** Who entered it: the worker, HR one at a time, or HR by spreadsheet. */
export const APPLICATION_SOURCES = ['worker', 'hr', 'import'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

export const APPLICATION_SOURCE_LABELS: Readonly<Record<ApplicationSource, string>> = Object.freeze({
  worker: '个人报名 / Applied by the worker',
  hr: '单位代报 / Registered by HR',
  import: '批量导入 / Imported from a spreadsheet',
});

export type ApplicationAction = 'approve' | 'reject' | 'withdraw';

const APPLICATION_WORKFLOW = new Workflow<ApplicationStatus, ApplicationAction>({
  approve: { from: ['pending'], to: ['approved'] },
  reject: { from: ['pending'], to: ['rejected'] },
  withdraw: { from: ['pending', 'approved'], to: ['withdrawn'] },
});

export type ApplicationTransition = { ok: true; to: ApplicationStatus; freesSeat: boolean } | { ok: false; detail: string };

/** Whether `action` applies to an application in `status`; rejection and withdrawal free its seat. */
export function applicationTransition(status: ApplicationStatus, action: ApplicationAction): ApplicationTransition {
  const moved = APPLICATION_WORKFLOW.transition(status, action);
  if (!moved.ok) return { ok: false, detail: `Cannot ${action} an application that is ${status}` };
  return { ok: true, to: moved.to, freesSeat: action !== 'approve' };
}

export function isSeatHolding(status: ApplicationStatus): boolean {
  return status === 'pending' || status === 'approved';
}

const LEVEL_DIGITS: Readonly<Record<NationalRank, number>> = Object.freeze({ L5: 5, L4: 4, L3: 3, L2: 2, L1: 1 });

/**
 * 准考证号: the campaign number (6 digits), the level digit (5..1) and the campaign's ticket
 * serial (5 digits), e.g. 000012 4 00001 → `000012400001`. Unique in the campaign because the
 * serial is; never reused, since the serial only grows.
 */
export function formatTicketNumber(campaignNumber: number, rank: NationalRank, serial: number): string {
  if (!Number.isInteger(campaignNumber) || campaignNumber < 1 || campaignNumber > 999_999) throw new RangeError('campaign number must be 1..999999');
  if (!Number.isInteger(serial) || serial < 1 || serial > 99_999) throw new RangeError('ticket serial must be 1..99999');
  const digit = LEVEL_DIGITS[rank];
  if (digit === undefined) throw new RangeError(`no certificate level for ${String(rank)}`);
  return `${String(campaignNumber).padStart(6, '0')}${digit}${String(serial).padStart(5, '0')}`;
}
