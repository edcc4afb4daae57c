import { selectCarriedOver } from './carry-over-rules';

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
