/**
 * The life of a standard version (docs/domain.md §3): draft → submitted → (changes requested ↺) →
 * approved → published (effective from a date) → retired. The owner side writes and submits;
 * the reviewer (the bureau covering the owner, or the platform for national standards)
 * requests changes or approves. Pure data and functions, so the table itself is tested.
 */

export const VERSION_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'published', 'retired'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Readonly<Record<VersionStatus, string>> = Object.freeze({
  draft: '草稿 / Draft',
  submitted: '已提交审核 / Submitted for review',
  changes_requested: '退回修改 / Changes requested',
  approved: '已核准 / Approved',
  published: '已发布 / Published',
  retired: '已废止 / Retired',
});

export const VERSION_ACTIONS = ['submit', 'withdraw', 'request_changes', 'approve', 'publish', 'retire'] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

/** owner: the enterprise (its HR, or the bureau acting for it); reviewer: the bureau covering it. */
export type VersionParty = 'owner' | 'reviewer';

export interface VersionTransition {
  from: readonly VersionStatus[];
  to: VersionStatus;
  by: readonly VersionParty[];
  /** A review step that must say why (退回修改 needs the reason). */
  commentRequired: boolean;
}

export const VERSION_TRANSITIONS: Readonly<Record<VersionAction, VersionTransition>> = Object.freeze({
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: ['owner'], commentRequired: false },
  withdraw: { from: ['submitted'], to: 'draft', by: ['owner'], commentRequired: false },
  request_changes: { from: ['submitted'], to: 'changes_requested', by: ['reviewer'], commentRequired: true },
  approve: { from: ['submitted'], to: 'approved', by: ['reviewer'], commentRequired: false },
  publish: { from: ['approved'], to: 'published', by: ['owner', 'reviewer'], commentRequired: false },
  retire: { from: ['published'], to: 'retired', by: ['owner', 'reviewer'], commentRequired: true },
});

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextVersionStatus(status: VersionStatus, action: VersionAction): VersionStatus | null {
  const transition = VERSION_TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

export function mayPerform(action: VersionAction, parties: readonly VersionParty[]): boolean {
  return VERSION_TRANSITIONS[action].by.some((party) => parties.includes(party));
}

/** Statuses in which a version is still being worked on; at most one per standard. */
export const OPEN_VERSION_STATUSES: readonly VersionStatus[] = ['draft', 'submitted', 'changes_requested', 'approved'];

/**
 * Why a version's content may not be edited now, or null when it may. Published, retired or
 * pinned versions never change (VERSION_IMMUTABLE); one under review or approved waits for the
 * review to end or be withdrawn (VERSION_NOT_EDITABLE).
 */
export function editBlock(status: VersionStatus, pinned: boolean): 'VERSION_IMMUTABLE' | 'VERSION_NOT_EDITABLE' | null {
  if (pinned || status === 'published' || status === 'retired') return 'VERSION_IMMUTABLE';
  if (status === 'draft' || status === 'changes_requested') return null;
  return 'VERSION_NOT_EDITABLE';
}
