import { regionCovers, regionPrefix } from '@skill-ladder/platform';
import { TITLE_SERIES_LABELS } from '../eligibility';
import { addYears, compareDates, IsoDate, Rank, RANK_INFO, rankAtLeast, TITLE_GRADE_INFO, TitleGrade, titleGradeOrder } from '@skill-ladder/vocabulary';

/*
 * 比照认定 (人社部发〔2020〕96号): skill level held N years → may apply for a title, and title
 * held N years → may apply for a skill level. Rules are data owned by a bureau for its region,
 * with national defaults (no region); a more specific region's rule for the same step replaces
 * the wider one.
 */

export const MAPPING_DIRECTIONS = ['skill_to_title', 'title_to_skill'] as const;
export type MappingDirection = (typeof MAPPING_DIRECTIONS)[number];

export interface TitleMappingRule {
  id: string;
  /** null: national default. */
  regionCode: string | null;
  direction: MappingDirection;
  /** skill_to_title: the level held; title_to_skill: the level one may apply for. */
  rank: Rank;
  /** skill_to_title: the series opened; title_to_skill: the series held, null for any. */
  titleSeries: string | null;
  titleGrade: TitleGrade;
  titleName: string;
  years: number;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

/** The same step of the ladder; a narrower region's rule for it replaces a wider one. */
function stepKey(rule: TitleMappingRule): string {
  return [rule.direction, rule.rank, rule.titleSeries ?? '*', rule.titleGrade].join('|');
}

function specificity(rule: TitleMappingRule): number {
  return rule.regionCode === null ? 0 : regionPrefix(rule.regionCode).length;
}

/**
 * The rules that apply in `regionCode` on `on`: in force on that date, national or covering the
 * region, and for each step only those of the most specific region. Without a region (a worker
 * with no running employment) only the national defaults apply.
 */
export function rulesInForce(rules: readonly TitleMappingRule[], regionCode: string | null, on: IsoDate): TitleMappingRule[] {
  const applicable = rules.filter(
    (r) =>
      compareDates(r.effectiveFrom, on) <= 0 &&
      (r.effectiveTo === null || compareDates(on, r.effectiveTo) <= 0) &&
      (r.regionCode === null || (regionCode !== null && regionCovers(r.regionCode, regionCode))),
  );
  const best = new Map<string, number>();
  for (const rule of applicable) best.set(stepKey(rule), Math.max(best.get(stepKey(rule)) ?? -1, specificity(rule)));
  return applicable.filter((rule) => specificity(rule) === best.get(stepKey(rule)));
}

export interface HeldCredential {
  id: string;
  rank: Rank;
  occupationCode: string;
  obtainedOn: IsoDate;
}

export interface HeldTitle {
  id: string;
  series: string;
  grade: TitleGrade;
  obtainedOn: IsoDate;
}

/**
 * held: already has it (or more); available: may apply now; pending: time alone opens it on
 * `opensOn`; not_qualified: lacks the level or title it rests on.
 */
export type OptionStatus = 'held' | 'available' | 'pending' | 'not_qualified';

export interface TitleOption {
  ruleId: string;
  source: 'national' | 'regional';
  regionCode: string | null;
  titleSeries: string;
  titleSeriesLabel: string;
  titleGrade: TitleGrade;
  titleGradeLabel: string;
  titleName: string;
  requiredRank: Rank;
  requiredRankLabel: string;
  years: number;
  status: OptionStatus;
  opensOn: IsoDate | null;
  basis: { credentialId: string; rank: Rank; occupationCode: string; obtainedOn: IsoDate } | null;
  /** zh-CN */
  explanation: string;
}

export interface SkillLevelOption {
  ruleId: string;
  source: 'national' | 'regional';
  regionCode: string | null;
  rank: Rank;
  rankLabel: string;
  requiredTitleSeries: string | null;
  requiredTitleGrade: TitleGrade;
  requiredTitleName: string;
  years: number;
  status: OptionStatus;
  opensOn: IsoDate | null;
  basis: { titleId: string; series: string; grade: TitleGrade; obtainedOn: IsoDate } | null;
  explanation: string;
}

export interface TitleOptionsReport {
  asOf: IsoDate;
  regionCode: string | null;
  titles: TitleOption[];
  skillLevels: SkillLevelOption[];
}

/** Earliest date a candidate reaches `years`; the candidate with the earliest date is the basis. */
function earliest<T extends { obtainedOn: IsoDate }>(candidates: T[], years: number): { fact: T; on: IsoDate } | null {
  let best: { fact: T; on: IsoDate } | null = null;
  for (const fact of candidates) {
    const on = addYears(fact.obtainedOn, years);
    if (!best || compareDates(on, best.on) < 0) best = { fact, on };
  }
  return best;
}

function seriesLabel(series: string | null): string {
  return series === null ? '任意系列' : `${TITLE_SERIES_LABELS[series] ?? series}系列`;
}

/**
 * Which titles a worker may apply for on `asOf` under `rules` (already resolved for the region
 * by rulesInForce), and when the others open if nothing else changes; and the same for skill
 * levels a title opens. A higher level or grade held satisfies a lower requirement.
 */
export function evaluateTitleOptions(
  rules: readonly TitleMappingRule[],
  held: { credentials: readonly HeldCredential[]; titles: readonly HeldTitle[] },
  asOf: IsoDate,
  regionCode: string | null,
): TitleOptionsReport {
  const source = (r: TitleMappingRule) => (r.regionCode === null ? 'national' : 'regional') as 'national' | 'regional';
  const titles = rules
    .filter((r) => r.direction === 'skill_to_title')
    .map((rule): TitleOption => {
      const series = rule.titleSeries as string;
      const alreadyHeld = held.titles.some(
        (t) => t.series === series && titleGradeOrder(t.grade) >= titleGradeOrder(rule.titleGrade) && compareDates(t.obtainedOn, asOf) <= 0,
      );
      const candidates = held.credentials.filter((c) => rankAtLeast(c.rank, rule.rank) && compareDates(c.obtainedOn, asOf) <= 0);
      const best = earliest(candidates, rule.years);
      const status: OptionStatus = alreadyHeld ? 'held' : !best ? 'not_qualified' : compareDates(best.on, asOf) <= 0 ? 'available' : 'pending';
      const rankZh = RANK_INFO[rule.rank].labelZh;
      const explanation =
        status === 'held'
          ? `已取得${seriesLabel(series)}${TITLE_GRADE_INFO[rule.titleGrade].labelZh}及以上职称`
          : status === 'not_qualified'
            ? `须取得${rankZh}及以上等级${rule.years > 0 ? `满${rule.years}年` : ''}`
            : status === 'available'
              ? `取得${RANK_INFO[best!.fact.rank].labelZh}已满${rule.years}年，可申报${rule.titleName}`
              : `取得${RANK_INFO[best!.fact.rank].labelZh}满${rule.years}年后（${best!.on}）可申报${rule.titleName}`;
      return {
        ruleId: rule.id,
        source: source(rule),
        regionCode: rule.regionCode,
        titleSeries: series,
        titleSeriesLabel: TITLE_SERIES_LABELS[series] ?? series,
        titleGrade: rule.titleGrade,
        titleGradeLabel: TITLE_GRADE_INFO[rule.titleGrade].labelZh,
        titleName: rule.titleName,
        requiredRank: rule.rank,
        requiredRankLabel: rankZh,
        years: rule.years,
        status,
        opensOn: best && status !== 'held' ? best.on : null,
        basis: best ? { credentialId: best.fact.id, rank: best.fact.rank, occupationCode: best.fact.occupationCode, obtainedOn: best.fact.obtainedOn } : null,
        explanation,
      };
    })
    .sort((a, b) => titleGradeOrder(a.titleGrade) - titleGradeOrder(b.titleGrade) || a.titleSeries.localeCompare(b.titleSeries));

  const skillLevels = rules
    .filter((r) => r.direction === 'title_to_skill')
    .map((rule): SkillLevelOption => {
      const alreadyHeld = held.credentials.some((c) => rankAtLeast(c.rank, rule.rank) && compareDates(c.obtainedOn, asOf) <= 0);
      const candidates = held.titles.filter(
        (t) =>
          titleGradeOrder(t.grade) >= titleGradeOrder(rule.titleGrade) &&
          (rule.titleSeries === null || t.series === rule.titleSeries) &&
          compareDates(t.obtainedOn, asOf) <= 0,
      );
      const best = earliest(candidates, rule.years);
      const status: OptionStatus = alreadyHeld ? 'held' : !best ? 'not_qualified' : compareDates(best.on, asOf) <= 0 ? 'available' : 'pending';
      const grade = TITLE_GRADE_INFO[rule.titleGrade].labelZh;
      const rankZh = RANK_INFO[rule.rank].labelZh;
      const explanation =
        status === 'held'
          ? `已取得${rankZh}及以上等级`
          : status === 'not_qualified'
            ? `须取得${seriesLabel(rule.titleSeries)}${grade}及以上职称${rule.years > 0 ? `满${rule.years}年` : ''}`
            : status === 'available'
              ? `取得${grade}职称已满${rule.years}年，可申报${rankZh}`
              : `取得${grade}职称满${rule.years}年后（${best!.on}）可申报${rankZh}`;
      return {
        ruleId: rule.id,
        source: source(rule),
        regionCode: rule.regionCode,
        rank: rule.rank,
        rankLabel: rankZh,
        requiredTitleSeries: rule.titleSeries,
        requiredTitleGrade: rule.titleGrade,
        requiredTitleName: rule.titleName,
        years: rule.years,
        status,
        opensOn: best && status !== 'held' ? best.on : null,
        basis: best ? { titleId: best.fact.id, series: best.fact.series, grade: best.fact.grade, obtainedOn: best.fact.obtainedOn } : null,
        explanation,
      };
    })
    .sort((a, b) => RANK_INFO[a.rank].order - RANK_INFO[b.rank].order);

  return { asOf, regionCode, titles, skillLevels };
}
