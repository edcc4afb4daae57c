import { addYears, compareDates, IsoDate } from '@skill-ladder/vocabulary';
import { Evaluation } from './condition-context';
import { EvidenceRef, Measure } from './types';

/** Summing dated items (hours, honours, results) against a requirement, optionally within a window of years. */
export interface Countable {
  date: IsoDate;
  weight: number;
  evidence: EvidenceRef;
}

export interface Tally {
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
export function tally(items: Countable[], required: number, on: IsoDate, withinYears?: number): Tally {
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

export function fromTally(result: Tally, required: Measure, actual: Measure): Evaluation {
  return { required, actual, met: result.met, metOn: result.metOn, evidence: result.counted.map((item) => item.evidence) };
}

export function withinPhrase(withinYears: number | undefined): string {
  return withinYears ? `近${withinYears}年` : '';
}
