import { addYears, compareDates, isIsoDate, isLeapYear, maxDate, minDate, yearsBetween } from './dates';

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
});
