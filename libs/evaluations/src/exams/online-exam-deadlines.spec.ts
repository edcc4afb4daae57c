import { ConflictError } from '@skill-ladder/platform';
import { OnlineExamDeadlines } from './online-exam-deadlines';

const at = (time: string) => new Date(`2026-09-08T${time}+08:00`);
const window = { startsAt: at('09:00:00'), endsAt: at('10:30:00') };
const started = { blueprintId: 'bp', lateEntryMinutes: 30, attempts: 3 };
const notStarted = { ...started, attempts: 0 };

function refusal(state: typeof started | null, after: { startsAt: Date; endsAt: Date }, reseated = false): string | null {
  try {
    OnlineExamDeadlines.refuseChange(state, window, after, reseated);
    return null;
  } catch (e) {
    if (e instanceof ConflictError) return e.code;
    throw e;
  }
}

describe('what may change in an online session’s window once candidates started', () => {
  it.each([
    ['nothing changes', started, window, false, null],
    ['a later end', started, { ...window, endsAt: at('11:00:00') }, false, null],
    ['an earlier end', started, { ...window, endsAt: at('10:29:00') }, false, 'SESSION_END_NOT_SHORTENED'],
    ['a later start', started, { ...window, startsAt: at('09:05:00') }, false, 'SESSION_START_FIXED'],
    ['an earlier start with a later end', started, { startsAt: at('08:55:00'), endsAt: at('11:00:00') }, false, 'SESSION_START_FIXED'],
    ['other seats', started, window, true, 'ONLINE_EXAM_STARTED'],
    ['a later end and other seats', started, { ...window, endsAt: at('11:00:00') }, true, 'ONLINE_EXAM_STARTED'],
    ['before anyone started: any window', notStarted, { startsAt: at('13:00:00'), endsAt: at('14:00:00') }, true, null],
    ['not an online session', null, { startsAt: at('13:00:00'), endsAt: at('10:00:00') }, true, null],
  ] as const)('%s', (_label, state, after, reseated, expected) => {
    expect(refusal(state, after, reseated)).toBe(expected);
  });
});
