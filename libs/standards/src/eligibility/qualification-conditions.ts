import { addYears, compareDates, EDUCATION_INFO, educationAtLeast, educationOrder, IsoDate, RANK_INFO, rankAtLeast, TITLE_GRADE_INFO, titleGradeOrder } from '@skill-ladder/vocabulary';
import { EducationMinCondition, LevelHeldCondition, Measure, ROUTE_KIND_LABELS, RouteIntervalCondition, TitleHeldCondition } from './types';
import { TITLE_SERIES_LABELS } from './ladder';
import { completedYears, Context, earliestReach, Evaluation, evidence, inScope, latest, unmet } from './condition-context';

/**
 * Conditions on what the worker holds: a skill level, a professional title, an education, and
 * the interval since the last promotion by a route. Each finds the qualifying fact that reaches
 * the requirement first.
 */
export function levelHeld(c: LevelHeldCondition, ctx: Context, on: IsoDate): Evaluation {
  const scope = { same: '本职业', related: '本职业或相关职业', any: '' }[c.occupationScope];
  const required: Measure = {
    value: c.years,
    unit: 'years',
    text: `${scope}${RANK_INFO[c.rank].labelZh}及以上${c.years > 0 ? `，满${c.years}年` : ''}`,
  };
  const candidates = ctx.facts.credentials
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => rankAtLeast(fact.rank, c.rank) && inScope(ctx.scope, c.occupationScope, fact.occupationCode));
  const best = earliestReach(candidates, ({ fact }) => addYears(fact.obtainedOn, c.years));
  if (!best) return unmet(required, { value: null, unit: 'years', text: '未取得' });
  const { fact, index } = best.candidate;
  const held = compareDates(fact.obtainedOn, on) <= 0;
  const years = completedYears(fact.obtainedOn, on);
  return {
    required,
    actual: held
      ? { value: years, unit: 'years', text: `${RANK_INFO[fact.rank].labelZh}（${fact.occupationName ?? fact.occupationCode}），${fact.obtainedOn}取得，已满${years}年` }
      : { value: null, unit: 'years', text: '未取得' },
    met: compareDates(best.reachedOn, on) <= 0,
    metOn: best.reachedOn,
    evidence: [evidence('credentials', index, fact, fact.obtainedOn)],
  };
}

export function titleHeld(c: TitleHeldCondition, ctx: Context, on: IsoDate): Evaluation {
  const required: Measure = {
    value: c.years,
    unit: 'years',
    text: `${TITLE_GRADE_INFO[c.grade].labelZh}及以上职称${c.years > 0 ? `，满${c.years}年` : ''}`,
  };
  const candidates = ctx.facts.titles
    .map((fact, index) => ({ fact, index }))
    .filter(
      ({ fact }) =>
        titleGradeOrder(fact.grade) >= titleGradeOrder(c.grade) &&
        (!c.series || (fact.series !== undefined && c.series.includes(fact.series))),
    );
  const best = earliestReach(candidates, ({ fact }) => addYears(fact.obtainedOn, c.years));
  if (!best) return unmet(required, { value: null, unit: 'years', text: '未取得' });
  const { fact, index } = best.candidate;
  const held = compareDates(fact.obtainedOn, on) <= 0;
  const years = completedYears(fact.obtainedOn, on);
  const series = fact.series ? `${TITLE_SERIES_LABELS[fact.series] ?? fact.series}系列` : '';
  return {
    required,
    actual: held
      ? { value: years, unit: 'years', text: `${series}${TITLE_GRADE_INFO[fact.grade].labelZh}职称，${fact.obtainedOn}取得，已满${years}年` }
      : { value: null, unit: 'years', text: '未取得' },
    met: compareDates(best.reachedOn, on) <= 0,
    metOn: best.reachedOn,
    evidence: [evidence('titles', index, fact, fact.obtainedOn)],
  };
}

export function educationText(level: EducationMinCondition['level'], relevantMajor: boolean | undefined): string {
  return `${EDUCATION_INFO[level].labelZh}${relevantMajor ? '（本专业或相关专业）' : ''}`;
}

export function educationMin(c: EducationMinCondition, ctx: Context, on: IsoDate): Evaluation {
  const required: Measure = {
    value: c.level,
    text: `${EDUCATION_INFO[c.level].labelZh}及以上${c.technicalSchoolOnly ? '（技工院校/中专）' : ''}${c.relevantMajor ? '（本专业或相关专业）' : ''}`,
  };
  const all = (ctx.facts.education ?? []).map((fact, index) => ({ fact, index }));
  const candidates = all.filter(
    ({ fact }) =>
      educationAtLeast(fact.level, c.level) &&
      (!c.technicalSchoolOnly || EDUCATION_INFO[fact.level].vocational) &&
      (!c.relevantMajor || fact.relevantMajor === true),
  );
  // An undated qualification is already held; it counts as reached on the evaluation date.
  const best = earliestReach(candidates, ({ fact }) => fact.graduatedOn ?? on);
  if (best && compareDates(best.reachedOn, on) <= 0) {
    const { fact, index } = best.candidate;
    return {
      required,
      actual: { value: fact.level, text: educationText(fact.level, fact.relevantMajor) },
      met: true,
      metOn: best.reachedOn,
      evidence: [evidence('education', index, fact, fact.graduatedOn)],
    };
  }
  const heldNow = all
    .filter(({ fact }) => !fact.graduatedOn || compareDates(fact.graduatedOn, on) <= 0)
    .sort((a, b) => educationOrder(b.fact.level) - educationOrder(a.fact.level))[0];
  return {
    required,
    actual: heldNow
      ? { value: heldNow.fact.level, text: educationText(heldNow.fact.level, heldNow.fact.relevantMajor) }
      : { value: null, text: '未登记学历' },
    met: false,
    metOn: best?.reachedOn ?? null,
    evidence: best ? [evidence('education', best.candidate.index, best.candidate.fact, best.candidate.fact.graduatedOn)] : [],
  };
}

/**
 * Met on a date not inside any blocking period [obtainedOn, anniversary) of a credential obtained
 * by the route kind. Walks forward over overlapping periods to the first free date.
 */
export function routeInterval(c: RouteIntervalCondition, ctx: Context, on: IsoDate): Evaluation {
  const blocking = ctx.facts.credentials
    .map((fact, index) => ({ fact, index, until: addYears(fact.obtainedOn, c.years) }))
    .filter(({ fact }) => fact.obtainedVia === c.routeKind);
  let free = on;
  for (;;) {
    const active = blocking.filter(({ fact, until }) => compareDates(fact.obtainedOn, free) <= 0 && compareDates(free, until) < 0);
    if (active.length === 0) break;
    free = latest(active.map(({ until }) => until), free);
  }
  const past = blocking
    .filter(({ fact }) => compareDates(fact.obtainedOn, on) <= 0)
    .sort((a, b) => compareDates(b.fact.obtainedOn, a.fact.obtainedOn))[0];
  const met = free === on;
  const label = ROUTE_KIND_LABELS[c.routeKind];
  return {
    required: { value: c.years, unit: 'years', text: `距上次${label}晋级满${c.years}年` },
    actual: past
      ? { value: past.fact.obtainedOn, text: `上次${label}晋级：${RANK_INFO[past.fact.rank].labelZh}，${past.fact.obtainedOn}` }
      : { value: null, text: `无${label}晋级记录` },
    met,
    metOn: met ? (past?.until ?? on) : free,
    evidence: past ? [evidence('credentials', past.index, past.fact, past.fact.obtainedOn)] : [],
  };
}
