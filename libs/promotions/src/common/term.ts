import { addDays, addMonths, IsoDate } from '@skill-ladder/vocabulary';

/**
 * The last day of a term of `months` starting on `startsOn`: the day before the same date
 * `months` later (a 36-month term from 2026-10-01 ends on 2029-09-30).
 */
export function termEndsOn(startsOn: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`a term needs a positive whole number of months: ${months}`);
  return addDays(addMonths(startsOn, months), -1);
}
