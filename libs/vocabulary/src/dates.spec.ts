import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  maxDate,
  minDate,
  toDayNumber,
  tryParseIsoDate,
  weekdayOf,
  yearsBetween,
} from './dates';

describe('business dates', () => {
  it.each([
    ['2021-03-15', 4, '2025-03-15'],
    ['2020-02-29', 1, '2021-03-01'],
    ['2020-02-29', 3, '2023-03-01'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2019-02-28', 1, '2020-02-28'],
    ['2023-03-01', 1, '2024-03-01'],
    ['2024-12-31', 1, '2025-12-31'],
    ['2024-02-29', -1, '2023-03-01'],
    ['2025-03-15', -4, '2021-03-15'],
    ['2021-03-15', 0, '2021-03-15'],
  ])('addYears(%s, %i) = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    ['2021-03-15', '2025-03-14', 3],
    ['2021-03-15', '2025-03-15', 4],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2020-02-29', '2024-02-28', 3],
    ['2020-02-29', '2024-02-29', 4],
    ['2000-01-01', '2000-01-01', 0],
    ['1999-12-31', '2000-01-01', 0],
  ])('yearsBetween(%s, %s) = %i', (from, to, expected) => {
    expect(yearsBetween(from, to)).toBe(expected);
  });

  it('refuses a span that runs backwards', () => {
    expect(() => yearsBetween('2025-01-02', '2025-01-01')).toThrow(RangeError);
  });

  it.each(['2021-02-29', '2021-13-01', '2021-3-1', '2021-03-01T00:00:00Z', '', '0000-01-01', 20210301, null])(
    'rejects %p as a date',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => addYears(value as string, 1)).toThrow(RangeError);
    },
  );

  it('refuses fractional years, which have no anniversary', () => {
    expect(() => addYears('2021-03-15', 1.5)).toThrow(RangeError);
  });

  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
  ])('leap year %i: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('compares and picks dates', () => {
    expect(compareDates('2024-01-09', '2024-01-10')).toBe(-1);
    expect(compareDates('2024-01-10', '2024-01-10')).toBe(0);
    expect(compareDates('2024-10-01', '2024-09-30')).toBe(1);
    expect(maxDate('2024-01-01', '2025-06-01', '2023-12-31')).toBe('2025-06-01');
    expect(minDate('2024-01-01', '2025-06-01', '2023-12-31')).toBe('2023-12-31');
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(addYears('2020-02-29', 1)).toBe('2021-03-01');
        expect(yearsBetween('2021-03-15', '2025-03-15')).toBe(4);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
  it.each([
    ['2026-10-01', 1, '2026-10-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %d) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-10-01', 36, '2029-10-01'],
    ['2026-01-31', 1, '2026-03-01'],
    ['2024-01-30', 1, '2024-03-01'],
    ['2024-01-29', 1, '2024-02-29'],
    ['2026-08-31', 3, '2026-12-01'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-05-10', -6, '2025-11-10'],
  ])('addMonths(%s, %d) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses impossible input to day and month arithmetic', () => {
    expect(() => addMonths('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-10-01', 0.5)).toThrow(RangeError);
  });

  it.each([
    ['1970-01-01', 0, 4],
    ['2026-12-04', 20_791, 5],
    ['1969-12-31', -1, 3],
    ['0001-01-01', -719_162, 1],
    ['9999-12-31', 2_932_896, 5],
  ])('%s is day %d, weekday %d (0 = Sunday), and back', (date, dayNumber, weekday) => {
    expect(toDayNumber(date)).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(date);
    expect(weekdayOf(dayNumber)).toBe(weekday);
  });

  it.each([
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2100-02-29', null],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2026-04-31', null],
    ['0000-01-01', null],
    ['2026-1-01', null],
    [20260101, null],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['2026-01-0a', null],
    ['2026/01/01', null],
    ['２０２６-01-01', null],
    ['+026-01-01', null],
    ['2026-0-101', null],
    ['2026-01-01 ', null],
    [' 2026-01-01', null],
  ])('tryParseIsoDate(%p)', (value, parts) => {
    expect(tryParseIsoDate(value)).toEqual(parts);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

});
