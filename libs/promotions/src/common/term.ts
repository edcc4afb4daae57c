import { assertIsoDate, IsoDate } from '@skill-ladder/standards';

/*
 * Calendar arithmetic for appointment terms (聘期), on `YYYY-MM-DD` China business dates with
 * no time and no zone.
 */

function parts(date: IsoDate): [number, number, number] {
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(utc: Date): IsoDate {
  return utc.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * `date` plus `months` calendar months. When the target month lacks the day, the months are
 * complete on the 1st of the month after (2026-01-31 + 1 month → 2026-03-01), the rule
 * `addYears` of the eligibility engine applies to 29 February, so a term is never a day short.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const [y, m, d] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  if (d > lastDay) return format(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)));
  return format(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), d)));
}

/**
 * The last day of a term of `months` starting on `startsOn`: the day before the same date
 * `months` later (a 36-month term from 2026-10-01 ends on 2029-09-30).
 */
export function termEndsOn(startsOn: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`a term needs a positive whole number of months: ${months}`);
  return addDays(addMonths(startsOn, months), -1);
}
