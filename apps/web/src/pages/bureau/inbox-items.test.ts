import { describe, expect, it } from 'vitest';
import { byDue, reportOf } from './inbox-items';

describe('the bureau inbox', () => {
  it('puts items with a due date first, soonest first, and keeps the others in the order of their kinds', () => {
    const items = [
      { id: 'filing' },
      { id: 'campaign-late', due: { on: '2026-12-20' } },
      { id: 'appointment' },
      { id: 'campaign-soon', due: { on: '2026-12-05' } },
    ];
    expect([...items].sort(byDue).map((i) => i.id)).toEqual(['campaign-soon', 'campaign-late', 'filing', 'appointment']);
  });

  it('reads a results report from its audit event, and nothing from another event', () => {
    expect(reportOf({ status: 'submitted_late', dueOn: '2026-10-22', submittedAt: '2026-12-02T18:00:00.000Z', results: 3 })).toEqual({
      status: 'submitted_late',
      dueOn: '2026-10-22',
      submittedAt: '2026-12-02T18:00:00.000Z',
    });
    expect(reportOf({ status: 'due', dueOn: '2026-10-22' })).toBeNull();
    expect(reportOf(null)).toBeNull();
    expect(reportOf('submitted')).toBeNull();
  });
});
