import { describeCondition } from './condition-labels';
import { AnyOfCondition, Condition, ConditionResult, EligibilityReport, LevelDefinition, Measure, Route, RouteResult, WorkerFacts } from './types';
import { addYears, assertIsoDate, compareDates, IsoDate } from '@skill-ladder/vocabulary';
import { acceptedOccupations, completedYears, Context, Evaluation, latest, occupationMismatch, resolveScope, unmet } from './condition-context';
import { competitionResult, honor, innovation, menteesTrained, trainingHours } from './counted-conditions';
import { educationMin, levelHeld, routeInterval, titleHeld } from './qualification-conditions';

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
  return { kind: condition.kind, label: labelOf(condition), ...evaluate(condition, ctx, on) };
}

/** Labels of frozen conditions (the national defaults, shared by every evaluation), built once. */
const FROZEN_LABELS = new WeakMap<Condition, string>();

function labelOf(condition: Condition): string {
  if (!Object.isFrozen(condition)) return describeCondition(condition);
  let label = FROZEN_LABELS.get(condition);
  if (label === undefined) {
    label = describeCondition(condition);
    FROZEN_LABELS.set(condition, label);
  }
  return label;
}

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
