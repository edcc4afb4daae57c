/** 剩余时间 as the page shows it: H:MM:SS, or MM:SS under an hour. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/**
 * Seconds left now, counted from the server's answer: the server said `secondsLeft` when the
 * browser's clock read `receivedAt`, so the browser's own clock (possibly wrong) only measures
 * how long ago that was.
 */
export function secondsLeftNow(secondsLeft: number, receivedAt: number, now: number): number {
  return Math.max(0, secondsLeft - Math.floor((now - receivedAt) / 1000));
}

/** An instant as the clock in the exam room reads it: HH:MM:SS in China time (UTC+8, no daylight saving), whatever the browser's zone. */
export function chinaClock(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString().slice(11, 19);
}
