import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareerLadder } from './CareerLadder';
import { chinaDate, chinaDayOf, ladderRows, type LadderRank, type Rung } from './ladder-view';

const LADDER: LadderRank[] = [
  ['apprentice', '学徒工', null, false],
  ['L5', '五级/初级工', 5, false],
  ['L4', '四级/中级工', 4, false],
  ['L3', '三级/高级工', 3, false],
  ['L2', '二级/技师', 2, false],
  ['L1', '一级/高级技师', 1, false],
  ['special', '特级技师', null, true],
  ['chief', '首席技师', null, true],
].map(([code, labelZh, certificateLevel, appointment], order) => ({
  code: code as LadderRank['code'],
  order,
  labelZh: labelZh as string,
  labelEn: '',
  certificateLevel: certificateLevel as number | null,
  appointment: appointment as boolean,
}));

function rung(rank: Rung['rank'], over: Partial<Rung>): Rung {
  return {
    rank,
    rankLabel: LADDER.find((r) => r.code === rank)!.labelZh,
    appointment: false,
    eligibleNow: false,
    projectedOn: null,
    projection: 'not_by_time',
    route: null,
    missing: [],
    report: { rank, asOf: '2026-12-02', eligible: false, succeededRoute: null, earliestDate: null, earliestRoute: null, routes: [] },
    conditionsFrom: 'national_default',
    treatment: [],
    ...over,
  };
}

const NEXT = [
  rung('L3', { projection: 'time', projectedOn: '2029-07-01' }),
  rung('L2', { projection: 'after_previous', projectedOn: '2034-07-01' }),
  rung('L1', { projection: 'after_previous', projectedOn: null }),
  rung('special', { appointment: true }),
];

describe('the career ladder', () => {
  it('lists every rung from 首席技师 down to 学徒工, marking held, current, next and later rungs', () => {
    const rows = ladderRows(LADDER, 'L4', NEXT);
    expect(rows.map((r) => r.code)).toEqual(['chief', 'special', 'L1', 'L2', 'L3', 'L4', 'L5', 'apprentice']);
    expect(Object.fromEntries(rows.map((r) => [r.code, r.state]))).toEqual({
      chief: 'later',
      special: 'later',
      L1: 'later',
      L2: 'later',
      L3: 'next',
      L4: 'current',
      L5: 'held',
      apprentice: 'held',
    });
  });

  it('says when each rung above opens: a date by time alone, after the previous rung, or not by time', () => {
    const when = Object.fromEntries(ladderRows(LADDER, 'L4', NEXT).map((r) => [r.code, r.when]));
    expect(when.L3).toBe('预计 2029年7月1日 可申报');
    expect(when.L2).toBe('取得上一级后，最早 2034年7月1日');
    expect(when.L1).toBe('须先取得上一级');
    expect(when.special).toBe('仅靠年限无法满足，需要其他条件');
    expect(when.L4).toBeNull();
  });

  it('a worker with no certificate yet has 五级 as the next rung and nothing held above 学徒工', () => {
    const rows = ladderRows(LADDER, null, [rung('L5', { eligibleNow: true, projection: 'now', projectedOn: '2026-12-02' })]);
    expect(rows.filter((r) => r.state === 'held' || r.state === 'current')).toEqual([]);
    expect(rows.find((r) => r.code === 'L5')).toMatchObject({ state: 'next', when: '现在即可申报' });
  });

  it('renders the current rung as the current step and the next rung with its date', () => {
    render(<CareerLadder ladder={LADDER} current="L4" nextRungs={NEXT} />);
    const list = screen.getByRole('list', { name: '职业技能等级阶梯' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    const current = items.find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('四级/中级工');
    expect(current).toHaveTextContent('当前等级');
    const next = items.find((li) => li.dataset.rank === 'L3');
    expect(next).toHaveTextContent('下一级');
    expect(next).toHaveTextContent('预计 2029年7月1日 可申报');
    expect(within(items.find((li) => li.dataset.rank === 'L5')!).getByLabelText('已取得')).toBeInTheDocument();
  });

  it('writes China business dates as they are, whatever the machine’s time zone', () => {
    expect(chinaDate('2029-01-01')).toBe('2029年1月1日');
    expect(chinaDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('an instant is shown on its China calendar day: 16:30 UTC is already the next day in Beijing', () => {
    expect(chinaDayOf('2026-12-02T16:30:00.000Z')).toBe('2026年12月3日');
    expect(chinaDayOf('2026-12-02T15:59:59.000Z')).toBe('2026年12月2日');
    expect(chinaDayOf('2026-12-31T23:00:00+08:00')).toBe('2026年12月31日');
  });
});
