import { acceptsAnswers, attemptDeadline, ExamSessionTimes, MAX_EXTRA_MINUTES, secondsLeft, startRefusal } from './exam-clock';

const at = (hhmmss: string) => new Date(`2026-12-12T${hhmmss}+08:00`);
// 09:00–11:00, a 90-minute paper, no start after 09:30.
const session: ExamSessionTimes = { startsAt: at('09:00:00'), endsAt: at('11:00:00'), durationMinutes: 90, lateEntryMinutes: 30 };

describe('startRefusal', () => {
  it.each([
    ['08:59:59', 'SESSION_NOT_STARTED'],
    ['09:00:00', null],
    ['09:30:00', null],
    ['09:30:01', 'LATE_ENTRY_CLOSED'],
    ['11:00:00', 'SESSION_ENDED'],
  ])('at %s: %s', (time, expected) => expect(startRefusal(session, at(time))).toBe(expected));
});

describe('attemptDeadline', () => {
  it.each([
    ['on time: 90 minutes', '09:00:00', 0, '10:30:00'],
    ['20 minutes late: still 90 minutes', '09:20:00', 0, '10:50:00'],
    ['a long session cannot run past its end', '09:00:00', 0, '10:30:00'],
    ['extra time is added to the working time', '09:00:00', 15, '10:45:00'],
    ['extra time is the only way past the session’s end', '09:30:00', 10, '11:10:00'],
  ])('%s', (_name, started, extra, expected) => {
    expect(attemptDeadline(session, at(started), extra)).toEqual(at(expected));
  });

  it('cuts the working time at the session’s end when the session is shorter than the paper', () => {
    const short = { ...session, endsAt: at('10:00:00') };
    expect(attemptDeadline(short, at('09:10:00'), 0)).toEqual(at('10:00:00'));
  });

  it('refuses negative, fractional or excessive extra time', () => {
    for (const extra of [-1, 2.5, MAX_EXTRA_MINUTES + 1]) expect(() => attemptDeadline(session, at('09:00:00'), extra)).toThrow(RangeError);
    expect(attemptDeadline(session, at('09:00:00'), MAX_EXTRA_MINUTES)).toEqual(at('11:30:00'));
  });
});

describe('acceptsAnswers and secondsLeft', () => {
  const deadline = at('10:30:00');
  it.each([
    ['10:29:59', true, 1],
    ['10:30:00', false, 0],
    ['10:45:00', false, 0],
    ['09:00:00', true, 5400],
  ])('at %s: accepted %s, %i s left', (time, accepted, left) => {
    expect(acceptsAnswers(deadline, at(time))).toBe(accepted);
    expect(secondsLeft(deadline, at(time))).toBe(left);
  });
});
