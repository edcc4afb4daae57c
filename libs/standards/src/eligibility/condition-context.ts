import { compareDates, IsoDate, yearsBetween } from '@skill-ladder/vocabulary';
import { ConditionResult, EvidenceRef, FactSource, LevelDefinition, Measure, OccupationScope, WorkerFacts } from './types';

/**
 * What every condition rule of the eligibility engine shares: the facts and the occupation scope
 * they are judged in, the shape of one condition's evaluation, and the small helpers for dates,
 * evidence and occupations.
 */
export interface OccupationContext {
  code: string;
  related: readonly string[];
}

export interface Context {
  facts: WorkerFacts;
  scope: OccupationContext;
}

/**
 * The standard's occupation and its related ones. The worker's related codes describe the worker's
 * own occupation, so they stand in only when the standard is for that occupation and lists none.
 */
export function resolveScope(level: LevelDefinition, facts: WorkerFacts): OccupationContext {
  const code = level.occupationCode ?? facts.occupationCode;
  const workersOwn = code === facts.occupationCode ? facts.relatedOccupationCodes : undefined;
  return { code, related: level.relatedOccupationCodes ?? workersOwn ?? [] };
}

export function inScope(scope: OccupationContext, which: OccupationScope, code: string): boolean {
  if (which === 'any') return true;
  return code === scope.code || (which === 'related' && scope.related.includes(code));
}

/** One condition's answer; the engine adds its kind and label. */
export type Evaluation = Omit<ConditionResult, 'kind' | 'label'>;

export function unmet(required: Measure, actual: Measure, evidence: EvidenceRef[] = []): Evaluation {
  return { required, actual, met: false, metOn: null, evidence };
}

export function completedYears(from: IsoDate, on: IsoDate): number {
  return compareDates(from, on) <= 0 ? yearsBetween(from, on) : 0;
}

export function latest(dates: IsoDate[], fallback: IsoDate): IsoDate {
  return dates.reduce((max, date) => (compareDates(date, max) > 0 ? date : max), dates[0] ?? fallback);
}

export function evidence(source: FactSource, index: number, fact: { id?: string }, date: IsoDate | undefined): EvidenceRef {
  return { source, index, ...(fact.id !== undefined ? { id: fact.id } : {}), ...(date !== undefined ? { date } : {}) };
}

export function acceptedOccupations(ctx: Context, explicit: string[] | undefined): string[] {
  return explicit ?? [ctx.scope.code, ...ctx.scope.related];
}

/** The actual value when the worker's occupation is outside the accepted ones, else null. */
export function occupationMismatch(ctx: Context, explicit: string[] | undefined): Measure | null {
  const code = ctx.facts.occupationCode;
  const accepted = explicit ? explicit.includes(code) : inScope(ctx.scope, 'related', code);
  return accepted ? null : { value: code, text: `现从事职业${code}不在本职业或相关职业范围内` };
}

/** Among dated candidates, the one reaching the requirement first; its date decides met and metOn. */
export function earliestReach<T>(candidates: T[], reachOf: (candidate: T) => IsoDate): { candidate: T; reachedOn: IsoDate } | null {
  let best: { candidate: T; reachedOn: IsoDate } | null = null;
  for (const candidate of candidates) {
    const reachedOn = reachOf(candidate);
    if (!best || compareDates(reachedOn, best.reachedOn) < 0) best = { candidate, reachedOn };
  }
  return best;
}
