import { termEndsOn } from './term';

describe('term arithmetic (聘期)', () => {
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
  });
});
