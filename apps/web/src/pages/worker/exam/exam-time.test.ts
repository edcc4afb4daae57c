import { describe, expect, it } from 'vitest';
import { chinaClock, clockText, secondsLeftNow } from './exam-time';

describe('clockText', () => {
  it.each([
    [0, '00:00'],
    [59, '00:59'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [5400, '1:30:00'],
    [-5, '00:00'],
  ])('%d s → %s', (seconds, text) => expect(clockText(seconds)).toBe(text));
});

describe('secondsLeftNow', () => {
  it('counts down from the server’s answer by the time elapsed since, never below 0', () => {
    expect(secondsLeftNow(600, 1_000, 1_000)).toBe(600);
    expect(secondsLeftNow(600, 1_000, 11_999)).toBe(590);
    expect(secondsLeftNow(5, 1_000, 60_000)).toBe(0);
  });
});

describe('chinaClock', () => {
  it.each([
    ['2026-09-08T01:00:06.000Z', '09:00:06'],
    ['2026-09-08T16:30:00Z', '00:30:00'],
    ['2026-09-08T09:00:06+08:00', '09:00:06'],
  ])('%s → %s in China time', (instant, text) => expect(chinaClock(instant)).toBe(text));
});
