import { addYears, AWARD_LEVEL_INFO, awardLevelOrder, compareDates, IsoDate, RANK_INFO, rankAtLeast } from '@skill-ladder/vocabulary';
import { COMPETITION_TIER_LABELS, HONOR_KIND_LABELS, INNOVATION_KIND_LABELS } from './ladder';
import { CompetitionFact, CompetitionResultCondition, HonorCondition, InnovationCondition, Measure, MenteesTrainedCondition, TrainingHoursCondition } from './types';
import { Context, Evaluation, evidence } from './condition-context';
import { Countable, fromTally, tally, withinPhrase } from './tally';

/**
 * Conditions counted over dated records: training hours, honours, competition results,
 * innovations and mentees trained, each summed by `tally`.
 */
export function trainingHours(c: TrainingHoursCondition, ctx: Context, on: IsoDate): Evaluation {
  const items = ctx.facts.trainingRecords.map((fact, index) => ({
    date: fact.completedOn,
    weight: fact.hours,
    evidence: evidence('trainingRecords', index, fact, fact.completedOn),
  }));
  const result = tally(items, c.hours, on, c.withinYears);
  return fromTally(
    result,
    { value: c.hours, unit: 'hours', text: `${withinPhrase(c.withinYears)}${c.hours}学时` },
    { value: result.total, unit: 'hours', text: `${withinPhrase(c.withinYears)}${result.total}学时` },
  );
}

export function honor(c: HonorCondition, ctx: Context, on: IsoDate): Evaluation {
  const items = ctx.facts.honors
    .map((fact, index) => ({ fact, index }))
    .filter(
      ({ fact }) =>
        (!c.kinds || c.kinds.includes(fact.kind)) &&
        (!c.minLevel || awardLevelOrder(fact.level) >= awardLevelOrder(c.minLevel)),
    )
    .map(({ fact, index }) => ({
      date: fact.awardedOn,
      weight: 1,
      evidence: evidence('honors', index, fact, fact.awardedOn),
      text: `${AWARD_LEVEL_INFO[fact.level].labelZh}${HONOR_KIND_LABELS[fact.kind] ?? fact.kind}（${fact.awardedOn}）`,
    }));
  const result = tally(items, 1, on);
  const texts = items.filter((item) => result.counted.includes(item)).map((item) => item.text);
  return fromTally(
    result,
    {
      value: c.minLevel ?? null,
      text: `${c.minLevel ? `${AWARD_LEVEL_INFO[c.minLevel].labelZh}及以上` : ''}${c.kinds ? c.kinds.map((kind) => HONOR_KIND_LABELS[kind] ?? kind).join('或') : '荣誉'}`,
    },
    { value: result.total, unit: 'count', text: texts.length ? texts.join('、') : '无符合条件的荣誉' },
  );
}

export function placingText(fact: CompetitionFact): string {
  const percent = fact.topPercent !== undefined ? `（前${fact.topPercent}%）` : '';
  return `${COMPETITION_TIER_LABELS[fact.tier]}竞赛第${fact.rank}名${percent}（${fact.date}）`;
}

export function competitionResult(c: CompetitionResultCondition, ctx: Context, on: IsoDate): Evaluation {
  const placed = (fact: CompetitionFact) =>
    (c.maxRank !== undefined && fact.rank <= c.maxRank) ||
    (c.maxTopPercent !== undefined && fact.topPercent !== undefined && fact.topPercent <= c.maxTopPercent);
  const inTiers = ctx.facts.competitionResults.map((fact, index) => ({ fact, index })).filter(({ fact }) => c.tiers.includes(fact.tier));
  const items = inTiers
    .filter(({ fact }) => placed(fact))
    .map(({ fact, index }) => ({ date: fact.date, weight: 1, evidence: evidence('competitionResults', index, fact, fact.date), fact }));
  const result = tally(items, 1, on, c.withinYears);
  const bounds = [c.maxRank !== undefined ? `前${c.maxRank}名` : null, c.maxTopPercent !== undefined ? `前${c.maxTopPercent}%` : null]
    .filter((bound): bound is string => bound !== null)
    .join('或');
  const required: Measure = {
    value: c.maxRank ?? c.maxTopPercent ?? null,
    unit: c.maxRank !== undefined ? 'rank' : 'percent',
    text: `${withinPhrase(c.withinYears)}${c.tiers.map((tier) => COMPETITION_TIER_LABELS[tier]).join('、')}竞赛${bounds}`,
  };
  const qualifying = items.find((item) => result.counted.includes(item));
  if (qualifying) {
    return fromTally(result, required, { value: qualifying.fact.rank, unit: 'rank', text: placingText(qualifying.fact) });
  }
  // Nothing qualifies: show the best placing the worker has in the accepted tiers, to explain the gap.
  const window = (fact: CompetitionFact) =>
    compareDates(fact.date, on) <= 0 && (c.withinYears === undefined || compareDates(on, addYears(fact.date, c.withinYears)) < 0);
  const bestSoFar = inTiers.filter(({ fact }) => window(fact)).sort((a, b) => a.fact.rank - b.fact.rank)[0];
  return fromTally(
    result,
    required,
    bestSoFar
      ? { value: bestSoFar.fact.rank, unit: 'rank', text: placingText(bestSoFar.fact) }
      : { value: null, unit: 'rank', text: '无相应竞赛成绩' },
  );
}

export function innovation(c: InnovationCondition, ctx: Context, on: IsoDate): Evaluation {
  const items = ctx.facts.innovations
    .map((fact, index) => ({ fact, index }))
    .filter(
      ({ fact }) =>
        (!c.kinds || c.kinds.includes(fact.kind)) &&
        (!c.minLevel || (fact.level !== undefined && awardLevelOrder(fact.level) >= awardLevelOrder(c.minLevel))),
    )
    .map(({ fact, index }) => ({
      date: fact.date,
      weight: 1,
      evidence: evidence('innovations', index, fact, fact.date),
      text: `${INNOVATION_KIND_LABELS[fact.kind] ?? fact.kind}（${fact.date}）`,
    }));
  const result = tally(items, c.minCount, on);
  const texts = items.filter((item) => result.counted.includes(item)).map((item) => item.text);
  return fromTally(
    result,
    {
      value: c.minCount,
      unit: 'count',
      text: `${c.minLevel ? `获${AWARD_LEVEL_INFO[c.minLevel].labelZh}及以上奖励的` : ''}${c.kinds ? c.kinds.map((kind) => INNOVATION_KIND_LABELS[kind] ?? kind).join('或') : '创新成果'}${c.minCount}项`,
    },
    { value: result.total, unit: 'count', text: `${result.total}项${texts.length ? `：${texts.join('、')}` : ''}` },
  );
}

export function menteesTrained(c: MenteesTrainedCondition, ctx: Context, on: IsoDate): Evaluation {
  // A mentee counts once, from the first date they reached the required rank.
  const firstReach = new Map<string, Countable>();
  (ctx.facts.mentees ?? []).forEach((fact, index) => {
    if (c.minRank && !rankAtLeast(fact.rank, c.minRank)) return;
    const key = fact.menteeId ?? `#${index}`;
    const seen = firstReach.get(key);
    if (!seen || compareDates(fact.reachedOn, seen.date) < 0) {
      firstReach.set(key, { date: fact.reachedOn, weight: 1, evidence: evidence('mentees', index, fact, fact.reachedOn) });
    }
  });
  const result = tally([...firstReach.values()], c.minCount, on);
  const rank = c.minRank ? `达到${RANK_INFO[c.minRank].labelZh}及以上` : '';
  return fromTally(
    result,
    { value: c.minCount, unit: 'count', text: `${c.minCount}名${rank}` },
    { value: result.total, unit: 'count', text: `${result.total}名` },
  );
}
