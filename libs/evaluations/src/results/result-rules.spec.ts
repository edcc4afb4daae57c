import { rankByTotal, reportStatus, resultPayload, selectCarriedOver } from './result-rules';

describe('results (认定结果)', () => {
  it('ranks by weighted total: ties share a place, the next place skips, no total no place', () => {
    const places = rankByTotal([
      { key: 'a', total: 80.5 },
      { key: 'b', total: 91 },
      { key: 'c', total: 80.5 },
      { key: 'd', total: null },
      { key: 'e', total: 60 },
    ]);
    expect(Object.fromEntries(places)).toEqual({ a: 2, b: 1, c: 2, d: null, e: 4 });
  });

  describe('carry-over selection (保留合格成绩)', () => {
    const level = [{ kind: 'theory', passMark: 60 }, { kind: 'practical', passMark: 60 }];
    const theory = { id: 't1', component: 'theory', score: 75, passedOn: '2026-09-08' };

    it.each([
      ['inside the window', [theory], 1, '2027-09-08', ['theory']],
      ['the day after the window', [theory], 1, '2027-09-09', []],
      ['a two-year window', [theory], 2, '2028-09-08', ['theory']],
      ['before it was passed', [theory], 1, '2026-09-07', []],
      ['a level that keeps nothing', [theory], 0, '2026-10-01', []],
      ['a component the level no longer has', [{ ...theory, component: 'defense' }], 1, '2026-10-01', []],
      ['a score below today’s pass mark', [{ ...theory, score: 58 }], 1, '2026-10-01', []],
    ] as const)('%s', (_label, records, years, asOf, expected) => {
      expect([...selectCarriedOver(records, level, years, asOf).keys()]).toEqual(expected);
    });

    it('takes the most recent record, the higher score on the same day', () => {
      const older = { id: 'old', component: 'theory', score: 90, passedOn: '2026-03-01' };
      const sameDayLow = { id: 'low', component: 'theory', score: 70, passedOn: '2026-09-08' };
      expect(selectCarriedOver([older, theory, sameDayLow], level, 1, '2026-10-01').get('theory')?.id).toBe('t1');
    });

    it('carries nothing when it would cover every component: that is no retake', () => {
      const practical = { id: 'p1', component: 'practical', score: 61, passedOn: '2026-09-08' };
      expect(selectCarriedOver([theory, practical], level, 1, '2026-10-01').size).toBe(0);
    });
  });

  it('publicizes name, masked ID, occupation, level and the result label only', () => {
    expect(resultPayload({ name: '王建国', idNumberMasked: '141102********1234', occupation: '焊工', level: '四级/中级工', status: 'passed' })).toEqual({
      name: '王建国', idNumberMasked: '141102********1234', occupation: '焊工', level: '四级/中级工', result: '合格 / Passed',
    });
  });

  it.each([
    ['2026-09-23', null, '2026-09-23', 'due'],
    ['2026-09-23', null, '2026-09-24', 'overdue'],
    ['2026-09-23', '2026-09-23', '2026-09-30', 'submitted'],
    ['2026-09-23', '2026-09-24', '2026-09-30', 'submitted_late'],
  ] as const)('a report due %s, submitted %s, on %s is %s', (dueOn, submittedOn, today, status) => {
    expect(reportStatus(dueOn, submittedOn, today)).toBe(status);
  });
});
