import { describeCondition } from './condition-labels';
import { COMPETITION_TIER_LABELS, HONOR_KIND_LABELS, INNOVATION_KIND_LABELS, TITLE_SERIES_LABELS } from './ladder';
import {
  AnyOfCondition,
  CompetitionFact,
  CompetitionResultCondition,
  Condition,
  ConditionResult,
  EducationMinCondition,
  EligibilityReport,
  EvidenceRef,
  FactSource,
  HonorCondition,
  InnovationCondition,
  LevelDefinition,
  LevelHeldCondition,
  Measure,
  MenteesTrainedCondition,
  OccupationScope,
  Route,
  ROUTE_KIND_LABELS,
  RouteIntervalCondition,
  RouteResult,
  TitleHeldCondition,
  TrainingHoursCondition,
  WorkerFacts,
} from './types';
import { addYears, assertIsoDate, AWARD_LEVEL_INFO, awardLevelOrder, compareDates, EDUCATION_INFO, educationAtLeast, educationOrder, IsoDate, RANK_INFO, rankAtLeast, TITLE_GRADE_INFO, titleGradeOrder, yearsBetween } from '@skill-ladder/vocabulary';

/**
 * 申报条件审核: whether a worker may apply for a level on `asOf`, by which route, and for every
 * condition of every route what is required, what the worker has, and when time alone will
 * close the gap ("if nothing else changes": the worker stays in the occupation, no new
 * credential, training or award). Pure: same inputs, same report.
 */
export function evaluateEligibility(level: LevelDefinition, facts: WorkerFacts, asOf: IsoDate): EligibilityReport {
  assertIsoDate(asOf, 'asOf');
  assertFactDates(facts);
  const ctx: Context = { facts, scope: resolveScope(level, facts) };
  const routes = level.routes.map((route) => evaluateRoute(route, ctx, asOf));

  const succeeded = routes.find((route) => route.met) ?? null;
  let earliest = succeeded;
  if (!earliest) {
    for (const route of routes) {
      if (route.metOn !== null && (earliest === null || compareDates(route.metOn, earliest.metOn!) < 0)) earliest = route;
    }
  }
  return {
    rank: level.rank,
    asOf,
    eligible: succeeded !== null,
    succeededRoute: succeeded?.code ?? null,
    earliestDate: succeeded ? asOf : (earliest?.metOn ?? null),
    earliestRoute: earliest?.code ?? null,
    routes,
  };
}

interface OccupationContext {
  code: string;
  related: readonly string[];
}

interface Context {
  facts: WorkerFacts;
  scope: OccupationContext;
}

/**
 * The standard's occupation and its related ones. The worker's related codes describe the worker's
 * own occupation, so they stand in only when the standard is for that occupation and lists none.
 */
function resolveScope(level: LevelDefinition, facts: WorkerFacts): OccupationContext {
  const code = level.occupationCode ?? facts.occupationCode;
  const workersOwn = code === facts.occupationCode ? facts.relatedOccupationCodes : undefined;
  return { code, related: level.relatedOccupationCodes ?? workersOwn ?? [] };
}

function inScope(scope: OccupationContext, which: OccupationScope, code: string): boolean {
  if (which === 'any') return true;
  return code === scope.code || (which === 'related' && scope.related.includes(code));
}

function evaluateRoute(route: Route, ctx: Context, asOf: IsoDate): RouteResult {
  const conditions = route.conditions.map((condition) => evaluateCondition(condition, ctx, asOf));
  const met = conditions.every((result) => result.met);
  return {
    code: route.code,
    kind: route.kind,
    label: route.label,
    met,
    metOn: met ? latest(conditions.map((result) => result.metOn ?? asOf), asOf) : projectRoute(route, ctx, asOf, conditions),
    conditions,
  };
}

/** Enough for any real set of facts; a route still not settled after this many steps gets null. */
const MAX_PROJECTION_STEPS = 100;

/**
 * The first date after `asOf` on which all conditions hold together. Usually the latest of their
 * own dates, but a windowed condition (results of the last N years) may lapse before another
 * condition is met, so the route is re-evaluated on the candidate date, and again on the next
 * lower bound until all hold. Each unmet condition's metOn is the earliest date after the
 * evaluation date on which it can hold, so each step is a lower bound of the answer and the
 * steps strictly advance.
 */
function projectRoute(route: Route, ctx: Context, asOf: IsoDate, atAsOf: ConditionResult[]): IsoDate | null {
  let on = asOf;
  let results = atAsOf;
  for (let step = 0; step < MAX_PROJECTION_STEPS; step++) {
    if (results.every((result) => result.met)) return on;
    let next = on;
    for (const result of results) {
      if (result.met) continue;
      if (result.metOn === null) return null;
      if (compareDates(result.metOn, next) > 0) next = result.metOn;
    }
    on = next;
    results = route.conditions.map((condition) => evaluateCondition(condition, ctx, on));
  }
  return null;
}

function evaluateCondition(condition: Condition, ctx: Context, on: IsoDate): ConditionResult {
  return { kind: condition.kind, label: describeCondition(condition), ...evaluate(condition, ctx, on) };
}

type Evaluation = Omit<ConditionResult, 'kind' | 'label'>;

function evaluate(c: Condition, ctx: Context, on: IsoDate): Evaluation {
  const { facts } = ctx;
  switch (c.kind) {
    case 'min_age': {
      const reachedOn = addYears(facts.birthDate, c.years);
      const age = completedYears(facts.birthDate, on);
      return {
        required: { value: c.years, unit: 'years', text: `${c.years}周岁` },
        actual: { value: age, unit: 'years', text: `${age}周岁` },
        met: compareDates(reachedOn, on) <= 0,
        metOn: reachedOn,
        evidence: [{ source: 'birthDate', date: facts.birthDate }],
      };
    }
    case 'years_in_occupation': {
      const required: Measure = { value: c.years, unit: 'years', text: `${c.years}年` };
      const blocked = occupationMismatch(ctx, c.occupationCodes);
      if (blocked) return unmet(required, blocked);
      const start = facts.occupationStartedOn;
      if (!start) return unmet(required, { value: null, unit: 'years', text: '未登记从业起始日期' });
      const reachedOn = addYears(start, c.years);
      const years = completedYears(start, on);
      return {
        required,
        actual: { value: years, unit: 'years', text: `${years}年（${start}起）` },
        met: compareDates(reachedOn, on) <= 0,
        metOn: reachedOn,
        evidence: [{ source: 'occupation', date: start }],
      };
    }
    case 'working_in_occupation': {
      const codes = acceptedOccupations(ctx, c.occupationCodes);
      const required: Measure = { value: codes.join(','), text: c.occupationCodes ? codes.join('、') : '本职业或相关职业' };
      const blocked = occupationMismatch(ctx, c.occupationCodes);
      if (blocked) return unmet(required, blocked);
      const start = facts.occupationStartedOn;
      const started = !start || compareDates(start, on) <= 0;
      return {
        required,
        actual: { value: facts.occupationCode, text: `从事${facts.occupationCode}${start ? `（${start}起）` : ''}` },
        met: started,
        metOn: start ?? on,
        evidence: [{ source: 'occupation', ...(start ? { date: start } : {}) }],
      };
    }
    case 'level_held':
      return levelHeld(c, ctx, on);
    case 'title_held':
      return titleHeld(c, ctx, on);
    case 'education_min':
      return educationMin(c, ctx, on);
    case 'apprenticeship_completed': {
      const required: Measure = { value: true, text: '学徒期满' };
      const completedOn = facts.apprenticeshipCompletedOn;
      if (!completedOn) return unmet(required, { value: false, text: '未登记学徒期满' });
      const met = compareDates(completedOn, on) <= 0;
      return {
        required,
        actual: { value: met, text: met ? `${completedOn}学徒期满` : `学徒期将于${completedOn}满` },
        met,
        metOn: completedOn,
        evidence: [{ source: 'apprenticeship', date: completedOn }],
      };
    }
    case 'training_hours':
      return trainingHours(c, ctx, on);
    case 'honor':
      return honor(c, ctx, on);
    case 'competition_result':
      return competitionResult(c, ctx, on);
    case 'innovation':
      return innovation(c, ctx, on);
    case 'mentees_trained':
      return menteesTrained(c, ctx, on);
    case 'route_interval':
      return routeInterval(c, ctx, on);
    case 'any_of':
      return anyOf(c, ctx, on);
    default:
      throw new Error(`unknown condition kind: ${JSON.stringify((c as { kind: unknown }).kind)}`);
  }
}

function unmet(required: Measure, actual: Measure, evidence: EvidenceRef[] = []): Evaluation {
  return { required, actual, met: false, metOn: null, evidence };
}

function completedYears(from: IsoDate, on: IsoDate): number {
  return compareDates(from, on) <= 0 ? yearsBetween(from, on) : 0;
}

function latest(dates: IsoDate[], fallback: IsoDate): IsoDate {
  return dates.reduce((max, date) => (compareDates(date, max) > 0 ? date : max), dates[0] ?? fallback);
}

function evidence(source: FactSource, index: number, fact: { id?: string }, date: IsoDate | undefined): EvidenceRef {
  return { source, index, ...(fact.id !== undefined ? { id: fact.id } : {}), ...(date !== undefined ? { date } : {}) };
}

function acceptedOccupations(ctx: Context, explicit: string[] | undefined): string[] {
  return explicit ?? [ctx.scope.code, ...ctx.scope.related];
}

/** The actual value when the worker's occupation is outside the accepted ones, else null. */
function occupationMismatch(ctx: Context, explicit: string[] | undefined): Measure | null {
  const code = ctx.facts.occupationCode;
  const accepted = explicit ? explicit.includes(code) : inScope(ctx.scope, 'related', code);
  return accepted ? null : { value: code, text: `现从事职业${code}不在本职业或相关职业范围内` };
}

/** Among dated candidates, the one reaching the requirement first; its date decides met and metOn. */
function earliestReach<T>(candidates: T[], reachOf: (candidate: T) => IsoDate): { candidate: T; reachedOn: IsoDate } | null {
  let best: { candidate: T; reachedOn: IsoDate } | null = null;
  for (const candidate of candidates) {
    const reachedOn = reachOf(candidate);
    if (!best || compareDates(reachedOn, best.reachedOn) < 0) best = { candidate, reachedOn };
  }
  return best;
}

function levelHeld(c: LevelHeldCondition, ctx: Context, on: IsoDate): Evaluation {
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
      ? { value: years, unit: 'years', text: `${RANK_INFO[fact.rank].labelZh}（${fact.occupationCode}），${fact.obtainedOn}取得，已满${years}年` }
      : { value: null, unit: 'years', text: '未取得' },
    met: compareDates(best.reachedOn, on) <= 0,
    metOn: best.reachedOn,
    evidence: [evidence('credentials', index, fact, fact.obtainedOn)],
  };
}

function titleHeld(c: TitleHeldCondition, ctx: Context, on: IsoDate): Evaluation {
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

function educationText(level: EducationMinCondition['level'], relevantMajor: boolean | undefined): string {
  return `${EDUCATION_INFO[level].labelZh}${relevantMajor ? '（本专业或相关专业）' : ''}`;
}

function educationMin(c: EducationMinCondition, ctx: Context, on: IsoDate): Evaluation {
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

interface Countable {
  date: IsoDate;
  weight: number;
  evidence: EvidenceRef;
}

interface Tally {
  total: number;
  met: boolean;
  metOn: IsoDate | null;
  counted: Countable[];
}

/**
 * Sums dated items up to `on`. With `withinYears`, an item counts for that many years: up to the
 * day before its anniversary (a result of 2024-06-30 counts for 1 year until 2025-06-29). Time
 * only adds items dated in the future, so an unmet tally is met on the first such date at which
 * the sum reaches the requirement (the sum can only rise on an item's date), else never.
 */
function tally(items: Countable[], required: number, on: IsoDate, withinYears?: number): Tally {
  const countsOn = (item: Countable, at: IsoDate) =>
    compareDates(item.date, at) <= 0 && (withinYears === undefined || compareDates(at, addYears(item.date, withinYears)) < 0);
  const sum = (list: Countable[]) => list.reduce((total, item) => total + item.weight, 0);
  const sorted = [...items].sort((a, b) => compareDates(a.date, b.date));
  const counted = sorted.filter((item) => countsOn(item, on));
  const total = sum(counted);
  if (total >= required) {
    let running = 0;
    let reachedOn = on;
    for (const item of counted) {
      running += item.weight;
      if (running >= required) {
        reachedOn = item.date;
        break;
      }
    }
    return { total, met: true, metOn: reachedOn, counted };
  }
  for (const item of sorted) {
    if (compareDates(item.date, on) <= 0) continue;
    if (sum(sorted.filter((other) => countsOn(other, item.date))) >= required) {
      return { total, met: false, metOn: item.date, counted };
    }
  }
  return { total, met: false, metOn: null, counted };
}

function fromTally(result: Tally, required: Measure, actual: Measure): Evaluation {
  return { required, actual, met: result.met, metOn: result.metOn, evidence: result.counted.map((item) => item.evidence) };
}

function withinPhrase(withinYears: number | undefined): string {
  return withinYears ? `近${withinYears}年` : '';
}

function trainingHours(c: TrainingHoursCondition, ctx: Context, on: IsoDate): Evaluation {
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

function honor(c: HonorCondition, ctx: Context, on: IsoDate): Evaluation {
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

function placingText(fact: CompetitionFact): string {
  const percent = fact.topPercent !== undefined ? `（前${fact.topPercent}%）` : '';
  return `${COMPETITION_TIER_LABELS[fact.tier]}竞赛第${fact.rank}名${percent}（${fact.date}）`;
}

function competitionResult(c: CompetitionResultCondition, ctx: Context, on: IsoDate): Evaluation {
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

function innovation(c: InnovationCondition, ctx: Context, on: IsoDate): Evaluation {
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

function menteesTrained(c: MenteesTrainedCondition, ctx: Context, on: IsoDate): Evaluation {
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

/**
 * Met on a date not inside any blocking period [obtainedOn, anniversary) of a credential obtained
 * by the route kind. Walks forward over overlapping periods to the first free date.
 */
function routeInterval(c: RouteIntervalCondition, ctx: Context, on: IsoDate): Evaluation {
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

function anyOf(c: AnyOfCondition, ctx: Context, on: IsoDate): Evaluation {
  const children = c.conditions.map((child) => evaluateCondition(child, ctx, on));
  const metChildren = children.filter((child) => child.met);
  const dates = (metChildren.length ? metChildren : children).map((child) => child.metOn).filter((date): date is IsoDate => date !== null);
  const earliestDate = dates.reduce<IsoDate | null>((min, date) => (min === null || compareDates(date, min) < 0 ? date : min), null);
  return {
    required: { value: 1, unit: 'count', text: `${c.conditions.length}项中满足1项` },
    actual: {
      value: metChildren.length,
      unit: 'count',
      text: metChildren.length ? `已满足：${metChildren.map((child) => child.label).join('；')}` : '均未满足',
    },
    met: metChildren.length > 0,
    metOn: metChildren.length ? (earliestDate ?? on) : earliestDate,
    evidence: metChildren.flatMap((child) => child.evidence),
    anyOf: children,
  };
}

/** Rejects malformed dates up front, naming the fact, instead of failing deep in a rule. */
function assertFactDates(facts: WorkerFacts): void {
  assertIsoDate(facts.birthDate, 'facts.birthDate');
  if (facts.occupationStartedOn !== undefined) assertIsoDate(facts.occupationStartedOn, 'facts.occupationStartedOn');
  if (facts.apprenticeshipCompletedOn !== undefined) assertIsoDate(facts.apprenticeshipCompletedOn, 'facts.apprenticeshipCompletedOn');
  const check = <T>(list: T[] | undefined, name: string, field: keyof T, optional = false) =>
    (list ?? []).forEach((item, index) => {
      const value = item[field];
      if (optional && value === undefined) return;
      assertIsoDate(value, `facts.${name}[${index}].${String(field)}`);
    });
  check(facts.credentials, 'credentials', 'obtainedOn');
  check(facts.titles, 'titles', 'obtainedOn');
  check(facts.education, 'education', 'graduatedOn', true);
  check(facts.trainingRecords, 'trainingRecords', 'completedOn');
  check(facts.honors, 'honors', 'awardedOn');
  check(facts.competitionResults, 'competitionResults', 'date');
  check(facts.innovations, 'innovations', 'date');
  check(facts.mentees, 'mentees', 'reachedOn');
}
