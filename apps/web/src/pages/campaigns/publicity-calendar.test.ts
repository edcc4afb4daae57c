import { describe, expect, it } from 'vitest';
import { skippedDays, windowMonths } from './publicity-calendar';

// National Day 2026: 10-01..10-07 off, Saturday 10-10 worked. Five working days from Tuesday 09-29.
const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
const workdays = new Set(['2026-10-10']);
const counted = ['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'];

describe('windowMonths', () => {
  const months = windowMonths('2026-09-29', counted, holidays, workdays);

  it('spans the months from the publication day to the last counted day, weeks starting on Monday', () => {
    expect(months.map((m) => [m.year, m.month, m.lead, m.days.length])).toEqual([
      [2026, 9, 1, 30],
      [2026, 10, 3, 31],
    ]);
  });

  it('numbers the counted days and marks holidays, make-up working days and weekends', () => {
    const day = (date: string) => months.flatMap((m) => m.days).find((d) => d.date === date);
    expect(day('2026-09-29')).toMatchObject({ counted: 1, inWindow: true, weekend: false });
    expect(day('2026-10-03')).toMatchObject({ counted: null, holiday: true, weekend: true, inWindow: true });
    expect(day('2026-10-10')).toMatchObject({ counted: 5, makeUpWorkday: true, weekend: true });
    expect(day('2026-10-11')).toMatchObject({ counted: null, inWindow: false });
    expect(day('2026-09-28')).toMatchObject({ inWindow: false });
  });

  it('crosses a year end', () => {
    expect(windowMonths('2026-12-30', ['2026-12-30', '2026-12-31', '2027-01-04'], new Set(['2027-01-01']), new Set()).map((m) => `${m.year}-${m.month}`)).toEqual(['2026-12', '2027-1']);
  });
});

describe('skippedDays', () => {
  it('counts the days inside the window that were not working days, and the make-up days that were', () => {
    expect(skippedDays(windowMonths('2026-09-29', counted, holidays, workdays))).toEqual({ holidays: 7, weekends: 0, makeUpWorkdays: 1 });
    const plain = ['2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12'];
    expect(skippedDays(windowMonths('2026-11-06', plain, new Set(), new Set()))).toEqual({ holidays: 0, weekends: 2, makeUpWorkdays: 0 });
  });
});
