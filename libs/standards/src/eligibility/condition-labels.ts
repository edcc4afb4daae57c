import { COMPETITION_TIER_LABELS, HONOR_KIND_LABELS, INNOVATION_KIND_LABELS, TITLE_SERIES_LABELS } from './ladder';
import { Condition, OccupationScope, ROUTE_KIND_LABELS } from './types';
import { AWARD_LEVEL_INFO, AwardLevel, EDUCATION_INFO, Rank, RANK_INFO, TITLE_GRADE_INFO } from '@skill-ladder/vocabulary';

const SCOPE_PHRASE: Record<OccupationScope, string> = { same: '本职业', related: '本职业或相关职业', any: '' };

function occupationPhrase(codes: string[] | undefined): string {
  return codes ? `职业（${codes.join('、')}）` : '本职业或相关职业';
}

function kindsPhrase(kinds: string[] | undefined, labels: Readonly<Record<string, string>>, fallback: string): string {
  return kinds ? kinds.map((kind) => labels[kind] ?? kind).join('或') : fallback;
}

function levelPhrase(level: AwardLevel | undefined): string {
  return level ? `${AWARD_LEVEL_INFO[level].labelZh}及以上` : '';
}

/** 取得…证书 for certificate levels, 聘任… for appointed tiers. */
function holdPhrase(rank: Rank, scope: string): string {
  const info = RANK_INFO[rank];
  return info.appointment ? `获聘${scope}${info.labelZh}` : `取得${scope}${info.labelZh}证书`;
}

function yearsSuffix(years: number): string {
  return years > 0 ? `满${years}年` : '';
}

/** The zh-CN sentence for a condition: its own `label` if it has one, else generated. */
export function describeCondition(condition: Condition): string {
  return condition.label ?? generatedLabel(condition);
}

function generatedLabel(c: Condition): string {
  switch (c.kind) {
    case 'min_age':
      return `年满${c.years}周岁`;
    case 'years_in_occupation':
      return `从事${occupationPhrase(c.occupationCodes)}工作满${c.years}年`;
    case 'working_in_occupation':
      return `从事${occupationPhrase(c.occupationCodes)}工作`;
    case 'level_held':
      return `${holdPhrase(c.rank, SCOPE_PHRASE[c.occupationScope])}${yearsSuffix(c.years)}`;
    case 'title_held': {
      const series = c.series ? `${c.series.map((s) => TITLE_SERIES_LABELS[s] ?? s).join('或')}系列` : '';
      return `取得${series}${TITLE_GRADE_INFO[c.grade].labelZh}职称${yearsSuffix(c.years)}`;
    }
    case 'education_min': {
      const major = c.relevantMajor ? '本专业或相关专业' : '';
      const level = EDUCATION_INFO[c.level].labelZh;
      return c.technicalSchoolOnly ? `取得${level}及以上${major}毕业证书` : `具有${level}及以上${major}学历`;
    }
    case 'apprenticeship_completed':
      return '学徒期满';
    case 'training_hours':
      return `${c.withinYears ? `近${c.withinYears}年` : '累计'}参加培训满${c.hours}学时`;
    case 'honor':
      return `获得${levelPhrase(c.minLevel)}${kindsPhrase(c.kinds, HONOR_KIND_LABELS, '荣誉')}`;
    case 'competition_result': {
      const bounds = [
        c.maxRank !== undefined ? `前${c.maxRank}名` : null,
        c.maxTopPercent !== undefined ? `前${c.maxTopPercent}%` : null,
      ].filter((b): b is string => b !== null);
      const tiers = c.tiers.map((t) => COMPETITION_TIER_LABELS[t]).join('、');
      return `${c.withinYears ? `近${c.withinYears}年` : ''}在${tiers}职业技能竞赛中获得${bounds.join('或')}`;
    }
    case 'innovation': {
      const what = kindsPhrase(c.kinds, INNOVATION_KIND_LABELS, '创新成果');
      return c.minLevel
        ? `取得获${levelPhrase(c.minLevel)}奖励的${what}${c.minCount}项及以上`
        : `取得${what}${c.minCount}项及以上`;
    }
    case 'mentees_trained':
      return `带徒${c.minCount}名及以上${c.minRank ? `达到${RANK_INFO[c.minRank].labelZh}及以上` : ''}`;
    case 'route_interval':
      return `距上次通过${ROUTE_KIND_LABELS[c.routeKind]}晋级满${c.years}年`;
    case 'any_of':
      return `满足下列条件之一：${c.conditions.map(describeCondition).join('；')}`;
  }
}
