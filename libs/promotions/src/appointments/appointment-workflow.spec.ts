import { APPOINTMENT_STATUSES, APPOINTMENT_WORKFLOW, AppointmentAction, AppointmentStatus } from './appointment-workflow';

describe('appointment workflow (评聘)', () => {
  it.each<[AppointmentStatus, AppointmentAction, AppointmentStatus | undefined, AppointmentStatus]>([
    ['nominated', 'review', 'reviewed', 'reviewed'],
    ['nominated', 'review', 'not_passed', 'not_passed'],
    ['nominated', 'decline', undefined, 'declined'],
    ['reviewed', 'open_publicity', undefined, 'in_publicity'],
    ['in_publicity', 'close_publicity', 'awaiting_confirmation', 'awaiting_confirmation'],
    ['in_publicity', 'close_publicity', 'confirmed', 'confirmed'],
    ['awaiting_confirmation', 'confirm', undefined, 'confirmed'],
    ['awaiting_confirmation', 'reject', undefined, 'bureau_rejected'],
    ['confirmed', 'appoint', undefined, 'appointed'],
    ['appointed', 'renew', undefined, 'appointed'],
    ['appointed', 'expire', undefined, 'expired'],
    ['appointed', 'revoke', undefined, 'revoked'],
    ['confirmed', 'withdraw', undefined, 'withdrawn'],
  ])('%s --%s--> %s', (from, action, to, expected) => {
    expect(APPOINTMENT_WORKFLOW.transition(from, action, to)).toEqual({ ok: true, to: expected });
  });

  it.each<[AppointmentStatus, AppointmentAction]>([
    ['nominated', 'appoint'],
    ['reviewed', 'appoint'],
    ['in_publicity', 'appoint'],
    ['awaiting_confirmation', 'appoint'],
    ['appointed', 'appoint'],
    ['expired', 'renew'],
    ['revoked', 'revoke'],
    ['appointed', 'withdraw'],
    ['not_passed', 'open_publicity'],
  ])('refuses %s --%s-->', (from, action) => {
    expect(APPOINTMENT_WORKFLOW.transition(from, action)).toEqual({ ok: false, allowed: APPOINTMENT_WORKFLOW.allowed(from) });
  });

  it('terminal statuses allow nothing', () => {
    const terminal = APPOINTMENT_STATUSES.filter((s) => APPOINTMENT_WORKFLOW.allowed(s).length === 0);
    expect(terminal.sort()).toEqual(['bureau_rejected', 'declined', 'expired', 'not_passed', 'revoked', 'withdrawn']);
  });

  it('an outcome the action cannot lead to is a programming error', () => {
    expect(() => APPOINTMENT_WORKFLOW.transition('nominated', 'review', 'appointed')).toThrow();
    expect(() => APPOINTMENT_WORKFLOW.transition('nominated', 'review')).toThrow();
  });
});
