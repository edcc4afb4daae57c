import { PROMOTION_WORKFLOW } from '../competitions/promotion-workflow';
import { RECOGNITION_WORKFLOW } from './recognition-workflow';

describe('title recognition workflow (比照认定)', () => {
  it('applied → endorsed → approved', () => {
    expect(RECOGNITION_WORKFLOW.transition('applied', 'endorse')).toEqual({ ok: true, to: 'endorsed' });
    expect(RECOGNITION_WORKFLOW.transition('endorsed', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(RECOGNITION_WORKFLOW.transition('endorsed', 'reject')).toEqual({ ok: true, to: 'rejected' });
    expect(RECOGNITION_WORKFLOW.transition('applied', 'decline')).toEqual({ ok: true, to: 'declined' });
  });

  it('the bureau decides only what HR endorsed; nothing follows a decision', () => {
    expect(RECOGNITION_WORKFLOW.transition('applied', 'approve')).toEqual({ ok: false, allowed: ['endorse', 'decline', 'withdraw'] });
    for (const done of ['approved', 'rejected', 'declined', 'withdrawn'] as const) expect(RECOGNITION_WORKFLOW.allowed(done)).toEqual([]);
  });
});

describe('competition promotion workflow (以赛代评)', () => {
  it('only a proposal can be decided or withdrawn', () => {
    expect(PROMOTION_WORKFLOW.allowed('proposed')).toEqual(['approve', 'reject', 'withdraw']);
    expect(PROMOTION_WORKFLOW.transition('approved', 'reject')).toEqual({ ok: false, allowed: [] });
    expect(PROMOTION_WORKFLOW.transition('proposed', 'approve')).toEqual({ ok: true, to: 'approved' });
  });
});
