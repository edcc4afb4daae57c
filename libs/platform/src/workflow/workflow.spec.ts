import { Workflow } from './workflow';

type S = 'draft' | 'filed' | 'returned' | 'passed' | 'failed' | 'cancelled';
type A = 'file' | 'return' | 'review' | 'cancel';
type Actor = 'hr' | 'bureau';

const flow = new Workflow<S, A, Actor>({
  file: { from: ['draft', 'returned'], to: ['filed'], by: ['hr'] },
  return: { from: ['filed'], to: ['returned'], by: ['bureau'], reasonRequired: true },
  review: { from: ['filed'], to: ['passed', 'failed'] },
  cancel: { from: ['draft', 'filed', 'returned'], to: ['cancelled'], by: ['hr'], reasonRequired: true },
});

describe('the workflow engine', () => {
  it.each<[S, A, S | undefined, ReturnType<typeof flow.transition>]>([
    ['draft', 'file', undefined, { ok: true, to: 'filed' }],
    ['returned', 'file', undefined, { ok: true, to: 'filed' }],
    ['filed', 'review', 'failed', { ok: true, to: 'failed' }],
    ['passed', 'file', undefined, { ok: false, allowed: [] }],
    ['filed', 'file', undefined, { ok: false, allowed: ['return', 'review', 'cancel'] }],
  ])('from %s, %s (outcome %s) gives %j', (from, action, to, result) => {
    expect(flow.transition(from, action, to)).toEqual(result);
  });

  it('refuses an outcome the table does not name, and a choice left unmade', () => {
    expect(() => flow.transition('filed', 'review', 'cancelled')).toThrow('action review cannot lead to cancelled');
    expect(() => flow.transition('filed', 'review')).toThrow();
  });

  it.each<[S, A, { actor?: Actor; reason?: string | null }, ReturnType<typeof flow.check>]>([
    ['filed', 'return', { actor: 'bureau', reason: '材料不全' }, { ok: true, to: 'returned' }],
    // The actor first: HR may never return, whatever the status.
    ['draft', 'return', { actor: 'hr', reason: '材料不全' }, { ok: false, refusal: 'actor', allowed: ['file', 'cancel'] }],
    ['filed', 'return', {}, { ok: false, refusal: 'actor', allowed: ['return', 'review', 'cancel'] }],
    // Then the status, then the reason.
    ['draft', 'return', { actor: 'bureau', reason: '材料不全' }, { ok: false, refusal: 'status', allowed: [] }],
    ['filed', 'return', { actor: 'bureau', reason: '  ' }, { ok: false, refusal: 'reason', allowed: ['return', 'review'] }],
    ['filed', 'cancel', { actor: 'hr', reason: null }, { ok: false, refusal: 'reason', allowed: ['review', 'cancel'] }],
    // A step with no actors is anyone's.
    ['filed', 'review', { actor: 'bureau' }, { ok: true, to: 'passed' }],
  ])('check from %s, %s by %j gives %j', (from, action, taken, result) => {
    expect(flow.check(from, action, taken, action === 'review' ? 'passed' : undefined)).toEqual(result);
  });

  it('lists what an actor may do next', () => {
    expect(flow.allowed('filed')).toEqual(['return', 'review', 'cancel']);
    expect(flow.allowed('filed', 'bureau')).toEqual(['return', 'review']);
    expect(flow.allowed('filed', 'hr')).toEqual(['review', 'cancel']);
    expect(flow.actions()).toEqual(['file', 'return', 'review', 'cancel']);
  });
});
