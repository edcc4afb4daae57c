import { spawnSync } from 'node:child_process';
import { WorkingDayCalendar, builtInSchedules } from './working-days';

/*
 * 2026 official schedule (State Council holiday notice for 2026), as shipped in chinese-days 1.5.7:
 *   Spring Festival: off Sun 15 Feb – Mon 23 Feb; make-up working Sat 14 Feb and Sat 28 Feb.
 *   Mid-Autumn: off Fri 25 – Sun 27 Sep.
 *   National Day: off Thu 1 – Wed 7 Oct; make-up working Sun 20 Sep and Sat 10 Oct.
 */
describe('WorkingDayCalendar', () => {
  const calendar = WorkingDayCalendar.withBuiltInSchedules();

  describe('built-in data', () => {
    it('has the 2026 holidays and make-up working days this spec relies on', () => {
      const y2026 = builtInSchedules().get(2026);
      expect(y2026?.workdays.slice().sort()).toEqual([
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ]);
      expect(y2026?.holidays).toEqual(
        expect.arrayContaining([
          '2026-02-15',
          '2026-02-23',
          '2026-09-25',
          '2026-09-27',
          '2026-10-01',
          '2026-10-07',
        ]),
      );
    });

    it('agrees with the package’s own isWorkday on every day of 2025 and 2026', () => {
      // The package's helper reads local weekdays (it is wrong west of UTC), so ask it under TZ=UTC.
      const disagreements = runInChild(
        'UTC',
        `
          const { isWorkday } = require(${JSON.stringify(require.resolve('chinese-days'))});
          const cal = WorkingDayCalendar.withBuiltInSchedules();
          const disagreements = [];
          for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
            const date = new Date(t).toISOString().slice(0, 10);
            if (cal.isWorkingDay(date) !== isWorkday(date)) disagreements.push(date);
          }
          return disagreements;
        `,
      );
      expect(disagreements).toEqual([]);
    });

    it.each([
      [2004, true],
      [2025, true],
      [2026, true],
      [2003, false],
      [2027, false],
    ])('hasOfficialData(%i) is %s', (year, expected) => {
      expect(calendar.hasOfficialData(year)).toBe(expected);
    });
  });

  describe('isWorkingDay', () => {
    it.each([
      ['2026-03-09', true, 'ordinary Monday'],
      ['2026-03-14', false, 'ordinary Saturday'],
      ['2026-03-15', false, 'ordinary Sunday'],
      ['2026-02-14', true, 'Saturday made a working day before Spring Festival'],
      ['2026-02-16', false, 'Spring Festival Monday'],
      ['2026-02-23', false, 'last Spring Festival day, a Monday'],
      ['2026-02-24', true, 'first working day after Spring Festival'],
      ['2026-02-28', true, 'Saturday made a working day after Spring Festival'],
      ['2026-09-20', true, 'Sunday made a working day for National Day'],
      ['2026-09-25', false, 'Mid-Autumn Friday'],
      ['2026-10-01', false, 'National Day, a Thursday'],
      ['2026-10-07', false, 'last National Day holiday, a Wednesday'],
      ['2026-10-08', true, 'Thursday after National Day'],
      ['2026-10-10', true, 'Saturday made a working day after National Day'],
      ['2026-10-11', false, 'the Sunday after it stays off'],
      ['2027-01-01', true, 'New Year 2027: no official data, a Friday is assumed working'],
      ['2027-01-02', false, 'a Saturday without official data'],
    ])('%s → %s (%s)', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });

    it.each(['2026-02-30', '2026-13-01', '2026-1-5', '20260105', '', '2026-10-01T00:00:00Z'])(
      'refuses %j',
      (date) => {
        expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
      },
    );
  });

  describe('publicityWindow (5 working days)', () => {
    it.each([
      {
        name: 'an ordinary week, published Monday',
        publishedOn: '2026-03-09',
        days: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'],
      },
      {
        name: 'an ordinary week, published Wednesday, runs over the weekend',
        publishedOn: '2026-03-11',
        days: ['2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17'],
      },
      {
        name: 'published on a Saturday: starts the next Monday',
        publishedOn: '2026-03-14',
        days: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'],
      },
      {
        name: 'published on a Sunday: starts the next Monday',
        publishedOn: '2026-03-15',
        days: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'],
      },
      {
        name: 'Friday before Spring Festival: the make-up Saturday counts, the festival does not',
        publishedOn: '2026-02-13',
        days: ['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26'],
      },
      {
        name: 'published during Spring Festival: starts after it and ends on the make-up Saturday',
        publishedOn: '2026-02-16',
        days: ['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28'],
      },
      {
        name: 'Friday before the National Day make-up Sunday',
        publishedOn: '2026-09-18',
        days: ['2026-09-18', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23'],
      },
      {
        name: 'across Mid-Autumn and National Day',
        publishedOn: '2026-09-24',
        days: ['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08'],
      },
      {
        name: 'last day before National Day: the make-up Saturday counts',
        publishedOn: '2026-09-30',
        days: ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'],
      },
      {
        name: 'published during National Day',
        publishedOn: '2026-10-03',
        days: ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'],
      },
    ])('$name', ({ publishedOn, days }) => {
      expect(calendar.publicityWindow(publishedOn, 5)).toEqual({
        start: days[0],
        end: days[4],
        days,
        provisional: false,
      });
    });

    it('counts other lengths the same way (10 working days across National Day)', () => {
      const window = calendar.publicityWindow('2026-09-28', 10);
      expect(window.days).toEqual([
        '2026-09-28',
        '2026-09-29',
        '2026-09-30',
        '2026-10-08',
        '2026-10-09',
        '2026-10-10',
        '2026-10-12',
        '2026-10-13',
        '2026-10-14',
        '2026-10-15',
      ]);
      expect(window.end).toBe('2026-10-15');
    });

    it('flags a window reaching into a year without official data as provisional', () => {
      expect(calendar.publicityWindow('2026-12-28', 5)).toEqual({
        start: '2026-12-28',
        end: '2027-01-01',
        days: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'],
        provisional: true,
      });
    });

    it('flags a window wholly in 2027 as provisional, assuming only weekends off', () => {
      expect(calendar.publicityWindow('2027-03-05', 5)).toEqual({
        start: '2027-03-05',
        end: '2027-03-11',
        days: ['2027-03-05', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11'],
        provisional: true,
      });
    });

    it('is not provisional when the whole window lies in 2026', () => {
      expect(calendar.publicityWindow('2026-12-21', 5)).toMatchObject({ end: '2026-12-25', provisional: false });
    });

    it.each([0, -1, 2.5, Number.NaN])('refuses %p working days', (n) => {
      expect(() => calendar.publicityWindow('2026-03-09', n)).toThrow(RangeError);
    });
  });

  describe('addWorkingDays', () => {
    it.each([
      ['2026-09-30', 1, '2026-10-08', 'across National Day'],
      ['2026-10-09', 1, '2026-10-10', 'onto the make-up Saturday'],
      ['2026-09-30', 0, '2026-09-30', 'zero on a working day is that day'],
      ['2026-10-03', 0, '2026-10-08', 'zero on a holiday is the next working day'],
      ['2026-10-08', -1, '2026-09-30', 'backwards across National Day'],
      ['2026-10-12', -2, '2026-10-09', 'backwards over the make-up Saturday'],
      ['2026-10-03', 1, '2026-10-08', 'from inside a holiday the start is not counted'],
      // results reported to the bureau within 10 working days after the window closing on 8 Oct
      ['2026-10-08', 10, '2026-10-21', 'reporting deadline'],
    ])('%s plus %i → %s (%s)', (start, n, expected) => {
      expect(calendar.addWorkingDays(start, n)).toBe(expected);
    });

    it('refuses a fractional count', () => {
      expect(() => calendar.addWorkingDays('2026-03-09', 1.5)).toThrow(RangeError);
    });
  });

  describe('loadYear', () => {
    /** A made-up 2027 schedule (the real one is published late in 2026). */
    const schedule2027 = {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-03-08'],
      workdays: ['2027-03-06'],
    };

    it('makes a later year official and uses its holidays and make-up days', () => {
      const cal = WorkingDayCalendar.withBuiltInSchedules();
      cal.loadYear(2027, schedule2027);
      expect(cal.hasOfficialData(2027)).toBe(true);
      expect(cal.isWorkingDay('2027-01-01')).toBe(false);
      expect(cal.publicityWindow('2026-12-28', 5)).toEqual({
        start: '2026-12-28',
        end: '2027-01-04',
        days: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04'],
        provisional: false,
      });
      expect(cal.publicityWindow('2027-03-05', 5).days).toEqual([
        '2027-03-05',
        '2027-03-06',
        '2027-03-09',
        '2027-03-10',
        '2027-03-11',
      ]);
    });

    it('replaces the built-in data of a year instead of merging with it', () => {
      const cal = WorkingDayCalendar.withBuiltInSchedules();
      cal.loadYear(2026, { holidays: ['2026-10-01', '2026-10-02', '2026-10-08'], workdays: [] });
      expect(cal.isWorkingDay('2026-10-05')).toBe(true); // built-in holiday, dropped
      expect(cal.isWorkingDay('2026-10-08')).toBe(false); // loaded holiday
      expect(cal.isWorkingDay('2026-10-10')).toBe(false); // built-in make-up day, dropped
      expect(cal.publicityWindow('2026-09-30', 5).days).toEqual([
        '2026-09-30',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
        '2026-10-09',
      ]);
    });

    it('does not change other calendars', () => {
      const cal = WorkingDayCalendar.withBuiltInSchedules();
      cal.loadYear(2027, schedule2027);
      expect(calendar.hasOfficialData(2027)).toBe(false);
    });

    it('starts empty without the built-in data', () => {
      const cal = new WorkingDayCalendar();
      expect(cal.hasOfficialData(2026)).toBe(false);
      expect(cal.isWorkingDay('2026-10-01')).toBe(true);
      expect(cal.publicityWindow('2026-10-01', 1).provisional).toBe(true);
    });

    it.each([
      ['a date outside the year', { holidays: ['2026-12-31'], workdays: [] }, /not in 2027/],
      ['a malformed date', { holidays: ['2027-2-1'], workdays: [] }, /YYYY-MM-DD/],
      ['a day both off and working', { holidays: ['2027-03-06'], workdays: ['2027-03-06'] }, /both/],
      ['a make-up day on a weekday', { holidays: ['2027-01-01'], workdays: ['2027-03-09'] }, /Saturday or Sunday/],
      ['no holidays at all', { holidays: [], workdays: [] }, /no holidays/],
    ])('refuses %s', (_name, schedule, message) => {
      const cal = new WorkingDayCalendar();
      expect(() => cal.loadYear(2027, schedule)).toThrow(message);
      expect(cal.hasOfficialData(2027)).toBe(false);
    });

    it('stops on a schedule with more than 31 days in a row without a working day', () => {
      const cal = new WorkingDayCalendar();
      const marchDays = (last: number) =>
        Array.from({ length: last }, (_, i) => `2027-03-${String(i + 1).padStart(2, '0')}`);
      // Fri 26 Feb 2027 → Mon 29 Mar: 30 days off in between.
      cal.loadYear(2027, { holidays: marchDays(26), workdays: [] });
      expect(cal.addWorkingDays('2027-02-26', 1)).toBe('2027-03-29');
      cal.loadYear(2027, { holidays: marchDays(29), workdays: [] });
      expect(() => cal.addWorkingDays('2027-02-26', 1)).toThrow(/no working day within 31 days/);
    });
  });

  describe('time-zone independence', () => {
    it.each([
      ['America/Los_Angeles', 420],
      ['Pacific/Kiritimati', -840],
      ['Asia/Shanghai', -480],
      ['UTC', 0],
    ])('gives the same answers in %s', (tz, offsetMinutes) => {
      const answers = runInChild(
        tz,
        `
          const cal = WorkingDayCalendar.withBuiltInSchedules();
          return {
            offsetMinutes: new Date(Date.UTC(2026, 9, 1)).getTimezoneOffset(),
            workingOn: ['2026-10-10', '2026-10-11', '2026-03-13', '2026-03-14'].map((d) => cal.isWorkingDay(d)),
            window: cal.publicityWindow('2026-09-30', 5),
            afterNewYearsEve: cal.addWorkingDays('2026-12-31', 1),
          };
        `,
      );
      expect(answers).toEqual({
        offsetMinutes,
        workingOn: [true, false, true, false],
        window: {
          start: '2026-09-30',
          end: '2026-10-12',
          days: ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'],
          provisional: false,
        },
        afterNewYearsEve: '2027-01-01',
      });
    });
  });
});

/**
 * Runs `body` (a function body with `WorkingDayCalendar` in scope) in a child Node process under
 * the time zone `tz` and returns its JSON result. Jest gives each spec its own copy of
 * process.env, so TZ cannot be switched in-process; the child compiles the TypeScript with swc.
 */
function runInChild(tz: string, body: string): unknown {
  const script = `
    const fs = require('fs');
    const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
    require.extensions['.ts'] = (module, filename) => {
      const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
        filename,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      module._compile(code, filename);
    };
    const { WorkingDayCalendar } = require(${JSON.stringify(require.resolve('./working-days'))});
    process.stdout.write(JSON.stringify((() => { ${body} })()));
  `;
  const child = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}
