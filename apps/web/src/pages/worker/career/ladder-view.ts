import type { components } from '../../../api/schema';

export type LadderRank = components['schemas']['LadderRankDto'];
export type Rung = components['schemas']['RungDto'];
export type RankCode = LadderRank['code'];

export type RungState = 'held' | 'current' | 'next' | 'later';

export interface LadderRow {
  code: RankCode;
  label: string;
  state: RungState;
  appointment: boolean;
  /** What the worker should read about when: 现在可申报, 预计 2027-07-01 可申报, … */
  when: string | null;
}

/** "2027-07-01" → "2027年7月1日": dates are China business dates, shown as written, never shifted by a time zone. */
export function chinaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The China calendar day (Asia/Shanghai, UTC+8, no daylight saving) of an instant the API sends as ISO 8601. */
export function chinaDayOf(instant: string): string {
  return chinaDate(new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString().slice(0, 10));
}

function whenOf(rung: Rung | undefined): string | null {
  if (!rung) return null;
  if (rung.eligibleNow) return '现在即可申报';
  switch (rung.projection) {
    case 'time':
      return rung.projectedOn ? `预计 ${chinaDate(rung.projectedOn)} 可申报` : null;
    case 'after_previous':
      return rung.projectedOn ? `取得上一级后，最早 ${chinaDate(rung.projectedOn)}` : '须先取得上一级';
    default:
      return '仅靠年限无法满足，需要其他条件';
  }
}

/**
 * The whole ladder, highest rung first, as the worker sees it: what is held, where they stand,
 * the next rung and those after it, each with when it opens.
 */
export function ladderRows(ladder: readonly LadderRank[], current: RankCode | null, nextRungs: readonly Rung[]): LadderRow[] {
  const currentOrder = current ? (ladder.find((r) => r.code === current)?.order ?? -1) : -1;
  const byRank = new Map(nextRungs.map((r) => [r.rank, r]));
  const nextCode = nextRungs[0]?.rank ?? null;
  return [...ladder]
    .sort((a, b) => b.order - a.order)
    .map((rank) => {
      const state: RungState =
        rank.order < currentOrder ? 'held' : rank.order === currentOrder ? 'current' : rank.code === nextCode ? 'next' : 'later';
      return {
        code: rank.code,
        label: rank.labelZh,
        state,
        appointment: rank.appointment,
        when: state === 'next' || state === 'later' ? whenOf(byRank.get(rank.code)) : null,
      };
    });
}
