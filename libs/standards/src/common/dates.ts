import { assertIsoDate, IsoDate } from '../eligibility';

/** `date` plus `days` calendar days. UTC arithmetic on a date with no time, so no zone can shift it. */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
