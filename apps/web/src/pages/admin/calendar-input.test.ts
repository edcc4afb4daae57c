import { describe, expect, it } from 'vitest';
import { byMonth, parseDateList } from './calendar-input';

describe('parseDateList', () => {
  it.each([
    ['2027-01-01', ['2027-01-01']],
    ['2027/2/6，2027年2月7日', ['2027-02-06', '2027-02-07']],
    ['2027-02-06~2027-02-09\n2027-10-01至2027-10-03', ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-10-01', '2027-10-02', '2027-10-03']],
    ['2027-12-31~2028-01-01', ['2027-12-31', '2028-01-01']],
    ['  \n ', []],
  ])('%j → %j', (text, dates) => {
    expect(parseDateList(text)).toEqual(dates);
  });

  it('keeps what it cannot read as typed, so the API can name it', () => {
    expect(parseDateList('2027-02-30 明天 2027-03-05~2027-03-01')).toEqual(['2027-02-30', '明天', '2027-03-05~2027-03-01']);
  });
});

describe('byMonth', () => {
  it('groups the days of each month in order', () => {
    expect([...byMonth(['2027-10-02', '2027-01-01', '2027-10-01'])]).toEqual([
      [1, [1]],
      [10, [1, 2]],
    ]);
  });
});
