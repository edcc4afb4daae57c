import chineseDays from 'chinese-days/dist/chinese-days.json';
import { fromDayNumber, parseIsoDate, partsToDayNumber, toDayNumber, weekdayOf } from '@skill-ladder/vocabulary';

/**
 * One year's official schedule from the State Council holiday notice (国务院办公厅关于…部分节假日安排的通知):
 * the days off (放假, weekends inside a holiday included or not, it makes no difference) and the
 * make-up working days (调休上班), which always fall on a Saturday or Sunday.
 */
export interface YearSchedule {
  holidays: readonly string[];
  workdays: readonly string[];
}

/** 公示: a results publicity window. */
export interface PublicityWindow {
  /** First day of the window: the publication day if it is a working day, otherwise the next working day. */
  start: string;
  /** Last working day of the window, inclusive: objections are accepted through this day. */
  end: string;
  /** Every working day of the window, in order; its length is the requested number of working days. */
  days: string[];
  /**
   * True when any calendar date from the publication day to `end` lies in a year without an
   * official schedule, where only Saturdays and Sundays were taken as days off. Such a window
   * must be recomputed once the bureau loads that year.
   */
  provisional: boolean;
}

interface CompiledYear {
  holidays: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
}

/**
 * No real schedule has more than about ten days off in a row; a longer run means the loaded
 * data is wrong, and stopping keeps a bad schedule from looping for ever.
 */
const MAX_CONSECUTIVE_DAYS_OFF = 31;

/**
 * The Chinese statutory working-day calendar (法定工作日): Monday–Friday, minus the official days
 * off, plus the make-up working days. Dates are `YYYY-MM-DD` China civil dates, computed without
 * any time zone.
 */
export class WorkingDayCalendar {
  private readonly years = new Map<number, CompiledYear>();

  /** The official schedules shipped in the `chinese-days` package (2004–2026 in 1.5.x). */
  static withBuiltInSchedules(): WorkingDayCalendar {
    return new WorkingDayCalendar(builtInSchedules());
  }

  constructor(schedules: ReadonlyMap<number, YearSchedule> = new Map()) {
    for (const [year, schedule] of schedules) this.loadYear(year, schedule);
  }

  /**
   * Loads (or replaces) one year's official schedule, e.g. when the bureau enters the notice
   * for a year the built-in data does not cover. The whole year is replaced, never merged, so a
   * corrected notice cannot leave stale days behind.
   */
  loadYear(year: number, schedule: YearSchedule): void {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
      throw new RangeError(`year must be a four-digit integer, got ${year}`);
    }
    if (schedule.holidays.length === 0) {
      throw new RangeError(`the ${year} schedule lists no holidays; an official schedule always has some`);
    }
    const holidays = this.compileDates(year, schedule.holidays, 'holiday');
    const workdays = this.compileDates(year, schedule.workdays, 'make-up working day');
    for (const dayNumber of workdays) {
      if (holidays.has(dayNumber)) {
        throw new RangeError(`${fromDayNumber(dayNumber)} is listed both as a holiday and as a make-up working day`);
      }
      const weekday = weekdayOf(dayNumber);
      if (weekday !== 0 && weekday !== 6) {
        throw new RangeError(`make-up working day ${fromDayNumber(dayNumber)} is not a Saturday or Sunday`);
      }
    }
    this.years.set(year, { holidays, workdays });
  }

  hasOfficialData(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * The working day `n` working days after `start` (before it when `n` is negative); `start`
   * itself is never counted. With `n = 0`: `start` if it is a working day, otherwise the next one.
   * E.g. "report to the bureau within 10 working days after the window closes" is
   * `addWorkingDays(window.end, 10)`.
   */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
    const from = toDayNumber(start, 'start');
    if (n === 0) return fromDayNumber(this.nextWorkingDayNumber(from - 1, 1));
    const step = n > 0 ? 1 : -1;
    let current = from;
    for (let left = Math.abs(n); left > 0; left--) current = this.nextWorkingDayNumber(current, step);
    return fromDayNumber(current);
  }

  /**
   * 公示 window of `workingDays` working days for results published on `publishedOn`.
   * The window starts on the publication day when that is a working day (results posted on a
   * Monday make Monday day 1), otherwise on the next working day, and counts `workingDays`
   * working days inclusive of both ends.
   */
  publicityWindow(publishedOn: string, workingDays: number): PublicityWindow {
    if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
      throw new RangeError(`a publicity window needs a positive whole number of working days, got ${workingDays}`);
    }
    const published = toDayNumber(publishedOn, 'publishedOn');
    const dayNumbers = [this.nextWorkingDayNumber(published - 1, 1)];
    while (dayNumbers.length < workingDays) {
      dayNumbers.push(this.nextWorkingDayNumber(dayNumbers[dayNumbers.length - 1], 1));
    }
    const last = dayNumbers[dayNumbers.length - 1];
    let provisional = false;
    for (let year = yearOf(published); year <= yearOf(last); year++) {
      if (!this.hasOfficialData(year)) provisional = true;
    }
    const days = dayNumbers.map(fromDayNumber);
    return { start: days[0], end: days[days.length - 1], days, provisional };
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    const year = this.years.get(yearOf(dayNumber));
    if (year?.workdays.has(dayNumber)) return true;
    if (year?.holidays.has(dayNumber)) return false;
    const weekday = weekdayOf(dayNumber);
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day strictly after (`step` 1) or before (`step` -1) `from`. */
  private nextWorkingDayNumber(from: number, step: 1 | -1): number {
    for (let distance = 1; distance <= MAX_CONSECUTIVE_DAYS_OFF; distance++) {
      const candidate = from + step * distance;
      if (this.isWorkingDayNumber(candidate)) return candidate;
    }
    throw new RangeError(
      `no working day within ${MAX_CONSECUTIVE_DAYS_OFF} days of ${fromDayNumber(from)}; check the loaded schedule`,
    );
  }

  private compileDates(year: number, dates: readonly string[], label: string): Set<number> {
    const compiled = new Set<number>();
    for (const date of dates) {
      const parts = parseIsoDate(date, label);
      if (parts.year !== year) throw new RangeError(`${label} ${date} is not in ${year}`);
      compiled.add(partsToDayNumber(parts.year, parts.month, parts.day));
    }
    return compiled;
  }
}

function yearOf(dayNumber: number): number {
  return Number(fromDayNumber(dayNumber).slice(0, 4));
}

/** The `chinese-days` data regrouped by year (its JSON maps each date to a label). */
export function builtInSchedules(): Map<number, YearSchedule> {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
  const entry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let schedule = byYear.get(year);
    if (!schedule) byYear.set(year, (schedule = { holidays: [], workdays: [] }));
    return schedule;
  };
  for (const date of Object.keys(data.holidays)) entry(date).holidays.push(date);
  for (const date of Object.keys(data.workdays)) entry(date).workdays.push(date);
  return byYear;
}

/** National default length of a results publicity (公示期): 5 working days; scoring settings may set another, up to the maximum. */
export const DEFAULT_PUBLICITY_WORKING_DAYS = 5;
export const MAX_PUBLICITY_WORKING_DAYS = 30;
