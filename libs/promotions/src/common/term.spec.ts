import { addDays, addMonths, termEndsOn } from './term';

describe('term arithmetic (聘期)', () => {
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

  it.each([
    ['2026-10-01', 36, '2029-09-30'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('a %s term of %d months ends on %s', (start, months, end) => {
    expect(termEndsOn(start, months)).toBe(end);
  });

  it('refuses impossible input', () => {
    expect(() => termEndsOn('2026-10-01', 0)).toThrow(RangeError);
    expect(() => addMonths('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
