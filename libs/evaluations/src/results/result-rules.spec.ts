import { rankByTotal, reportStatus, resultPayload } from './result-rules';

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
