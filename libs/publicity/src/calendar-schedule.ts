import type { FieldError } from '@skill-ladder/platform';
import { WorkingDayCalendar, YearSchedule } from './working-days';
import { fromDayNumber, toDayNumber, tryParseIsoDate, weekdayOf } from '@skill-ladder/vocabulary';

/** Years the bureau may load: the calendar is reference data for current business, not history. */
export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

/**
 * The longest run of consecutive days off an official schedule may produce. The longest real run
 * was 10 days (Spring Festival 2020 as extended); anything far beyond that is a typing error, and
 * refusing it keeps working-day counts from failing later.
 */
export const MAX_DAYS_OFF_IN_A_ROW = 16;

/**
 * Field-level problems of a schedule the bureau enters for `year`, empty when it may be loaded:
 * every date real and inside the year, no date listed twice or both as holiday and make-up day,
 * make-up working days on a Saturday or Sunday, no implausibly long run of days off. Dates of a
 * notice that fall in another year (a make-up day in the previous December) belong to that year.
 */
export function scheduleErrors(year: number, schedule: YearSchedule): FieldError[] {
  const errors: FieldError[] = [];
  const valid = (list: 'holidays' | 'workdays') => {
    const seen = new Set<string>();
    const dates: string[] = [];
    schedule[list].forEach((date, i) => {
      const field = `${list}[${i}]`;
      const parts = tryParseIsoDate(date);
      if (!parts) errors.push({ field, code: 'invalidDate', message: `日期格式应为 YYYY-MM-DD / not a date: ${String(date)}` });
      else if (parts.year !== year) errors.push({ field, code: 'outsideYear', message: `${date} 不在 ${year} 年内 / ${date} is not in ${year}` });
      else if (seen.has(date)) errors.push({ field, code: 'duplicate', message: `${date} 重复 / listed twice` });
      else {
        seen.add(date);
        dates.push(date);
      }
    });
    return dates;
  };
  const holidays = valid('holidays');
  const workdays = valid('workdays');
  const holidaySet = new Set(holidays);
  schedule.workdays.forEach((date, i) => {
    if (!workdays.includes(date)) return;
    const field = `workdays[${i}]`;
    if (holidaySet.has(date)) {
      errors.push({ field, code: 'alsoHoliday', message: `${date} 同时列为放假日和调休上班日 / listed both as holiday and make-up working day` });
    } else if (![0, 6].includes(weekdayOf(toDayNumber(date)))) {
      errors.push({ field, code: 'notWeekend', message: `调休上班日 ${date} 不是周六或周日 / a make-up working day must be a Saturday or Sunday` });
    }
  });
  if (holidays.length === 0 && !errors.some((e) => e.field.startsWith('holidays'))) {
    errors.push({ field: 'holidays', code: 'required', message: '官方安排至少包含一天法定节假日 / an official schedule lists at least one holiday' });
  }
  if (errors.length > 0) return errors;

  const run = longestRunOfDaysOff(year, { holidays, workdays });
  if (run.length > MAX_DAYS_OFF_IN_A_ROW) {
    errors.push({
      field: 'holidays',
      code: 'implausibleRun',
      message: `${run.from} 起连续 ${run.length} 天不上班，超过 ${MAX_DAYS_OFF_IN_A_ROW} 天，请核对 / ${run.length} days off in a row from ${run.from}; check the schedule`,
    });
  }
  return errors;
}

function longestRunOfDaysOff(year: number, schedule: YearSchedule): { from: string; length: number } {
  const calendar = new WorkingDayCalendar(new Map([[year, schedule]]));
  const first = toDayNumber(`${year}-01-01`);
  const last = toDayNumber(`${year}-12-31`);
  let best = { from: fromDayNumber(first), length: 0 };
  let runStart = first;
  for (let day = first; day <= last; day++) {
    if (calendar.isWorkingDay(fromDayNumber(day))) {
      runStart = day + 1;
    } else if (day - runStart + 1 > best.length) {
      best = { from: fromDayNumber(runStart), length: day - runStart + 1 };
    }
  }
  return best;
}
