import { editBlock, mayPerform, nextVersionStatus, VERSION_ACTIONS, VERSION_STATUSES, VersionAction, VersionStatus } from './version-workflow';

describe('standard version workflow', () => {
  /** Every (status, action) pair: the status it leads to, or null where the step is illegal. */
  const table: Record<VersionStatus, Record<VersionAction, VersionStatus | null>> = {
    draft: { submit: 'submitted', withdraw: null, request_changes: null, approve: null, publish: null, retire: null },
    submitted: { submit: null, withdraw: 'draft', request_changes: 'changes_requested', approve: 'approved', publish: null, retire: null },
    changes_requested: { submit: 'submitted', withdraw: null, request_changes: null, approve: null, publish: null, retire: null },
    approved: { submit: null, withdraw: null, request_changes: null, approve: null, publish: 'published', retire: null },
    published: { submit: null, withdraw: null, request_changes: null, approve: null, publish: null, retire: 'retired' },
    retired: { submit: null, withdraw: null, request_changes: null, approve: null, publish: null, retire: null },
  };

  const cases = VERSION_STATUSES.flatMap((status) => VERSION_ACTIONS.map((action) => [status, action, table[status][action]] as const));

  it.each(cases)('%s + %s → %s', (status, action, expected) => {
    expect(nextVersionStatus(status, action)).toBe(expected);
  });

  it('follows draft → submitted → changes requested ↺ → approved → published → retired', () => {
    const path: VersionAction[] = ['submit', 'request_changes', 'submit', 'approve', 'publish', 'retire'];
    let status: VersionStatus = 'draft';
    for (const action of path) status = nextVersionStatus(status, action) as VersionStatus;
    expect(status).toBe('retired');
  });

  it.each([
    ['submit', ['owner'], true],
    ['submit', ['reviewer'], false],
    ['withdraw', ['owner'], true],
    ['approve', ['owner'], false],
    ['approve', ['reviewer'], true],
    ['request_changes', ['owner'], false],
    ['request_changes', ['owner', 'reviewer'], true],
    ['publish', ['owner'], true],
    ['publish', ['reviewer'], true],
    ['retire', ['reviewer'], true],
    ['retire', [], false],
  ] as const)('%s by %j: %s', (action, parties, allowed) => {
    expect(mayPerform(action, parties)).toBe(allowed);
  });

  it.each([
    ['draft', false, null],
    ['changes_requested', false, null],
    ['submitted', false, 'VERSION_NOT_EDITABLE'],
    ['approved', false, 'VERSION_NOT_EDITABLE'],
    ['published', false, 'VERSION_IMMUTABLE'],
    ['retired', false, 'VERSION_IMMUTABLE'],
    ['draft', true, 'VERSION_IMMUTABLE'],
    ['published', true, 'VERSION_IMMUTABLE'],
  ] as const)('editing a %s version (pinned %s) → %s', (status, pinned, expected) => {
    expect(editBlock(status, pinned)).toBe(expected);
  });
});
