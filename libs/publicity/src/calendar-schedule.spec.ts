import { builtInSchedules } from './working-days';
import { MAX_DAYS_OFF_IN_A_ROW, scheduleErrors } from './calendar-schedule';

/** An illustrative 2027 schedule (2027-01-01 is a Friday, 2027-02-06 a Saturday). */
const Y2027 = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14'],
  workdays: ['2027-02-20'],
};

describe('scheduleErrors (bureau-loaded holiday schedules)', () => {
  it('accepts every built-in official schedule from 2004 to 2026', () => {
    for (const [year, schedule] of builtInSchedules()) expect([year, scheduleErrors(year, schedule)]).toEqual([year, []]);
  });

  it('accepts a plausible schedule for a year without built-in data', () => {
    expect(scheduleErrors(2027, Y2027)).toEqual([]);
  });

  it.each<[string, { holidays: string[]; workdays: string[] }, string[]]>([
    ['dates outside the year', { holidays: ['2026-12-31', '2027-10-01'], workdays: ['2028-01-01'] }, ['holidays[0]:outsideYear', 'workdays[0]:outsideYear']],
    ['impossible dates', { holidays: ['2027-02-29', '2027-10-01'], workdays: ['27-1-1'] }, ['holidays[0]:invalidDate', 'workdays[0]:invalidDate']],
    ['a date listed twice', { holidays: ['2027-10-01', '2027-10-01'], workdays: [] }, ['holidays[1]:duplicate']],
    ['a day both off and worked', { holidays: ['2027-10-01', '2027-10-09'], workdays: ['2027-10-09'] }, ['workdays[0]:alsoHoliday']],
    ['a make-up working day on a weekday', { holidays: ['2027-10-01'], workdays: ['2027-10-11'] }, ['workdays[0]:notWeekend']],
    ['no holiday at all', { holidays: [], workdays: ['2027-10-09'] }, ['holidays:required']],
  ])('refuses %s, naming the field', (_label, schedule, expected) => {
    expect(scheduleErrors(2027, schedule).map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });

  it(`refuses more than ${MAX_DAYS_OFF_IN_A_ROW} days off in a row, a typing error rather than a schedule`, () => {
    const october = Array.from({ length: 17 }, (_, i) => `2027-10-${String(i + 1).padStart(2, '0')}`);
    const [error] = scheduleErrors(2027, { holidays: october, workdays: [] });
    // Fri 1 Oct – Sun 17 Oct: 17 days.
    expect(error).toMatchObject({ field: 'holidays', code: 'implausibleRun' });
    expect(error.message).toContain('2027-10-01');
    // Sat 2 Oct – Sun 17 Oct: exactly 16 days, the most allowed.
    expect(scheduleErrors(2027, { holidays: october.slice(1, 15), workdays: [] })).toEqual([]);
  });
});
