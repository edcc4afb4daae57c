import { isCompetitionTier } from './ladder';
import { ROUTE_KINDS } from './types';
import { isAwardLevel, isEducationLevel, isRank, isTitleGrade } from '@skill-ladder/vocabulary';

/** A problem in a level definition, with the JSON path to it (e.g. `routes[1].conditions[0].years`). */
export interface DefinitionIssue {
  path: string;
  message: string;
}

/**
 * Checks a level definition read from JSON (a standard's JSONB, an enterprise's draft) before the
 * engine trusts it. Returns every issue found; an empty list means the engine can evaluate it.
 */
export function validateLevelDefinition(input: unknown): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (!isObject(input)) return [{ path: '', message: 'must be an object' }];
  if (!isRank(input.rank)) issue('rank', 'unknown rank');
  if (input.occupationCode !== undefined && !isNonEmptyString(input.occupationCode)) issue('occupationCode', 'must be a non-empty string');
  if (input.relatedOccupationCodes !== undefined && !isStringList(input.relatedOccupationCodes)) {
    issue('relatedOccupationCodes', 'must be a list of non-empty strings');
  }
  if (!Array.isArray(input.routes)) {
    issue('routes', 'must be a list');
    return issues;
  }
  const codes = new Set<string>();
  input.routes.forEach((route: unknown, r: number) => {
    const at = `routes[${r}]`;
    if (!isObject(route)) return issue(at, 'must be an object');
    if (!isNonEmptyString(route.code)) issue(`${at}.code`, 'must be a non-empty string');
    else if (codes.has(route.code)) issue(`${at}.code`, `duplicate route code ${route.code}`);
    else codes.add(route.code);
    if (!ROUTE_KINDS.includes(route.kind as never)) issue(`${at}.kind`, 'must be standard, exceptional or competition');
    if (!isNonEmptyString(route.label)) issue(`${at}.label`, 'must be a non-empty string');
    if (!Array.isArray(route.conditions) || route.conditions.length === 0) {
      issue(`${at}.conditions`, 'must be a non-empty list');
      return;
    }
    route.conditions.forEach((condition: unknown, c: number) => validateCondition(condition, `${at}.conditions[${c}]`, issue));
  });
  return issues;
}

function validateCondition(c: unknown, at: string, issue: (path: string, message: string) => void): void {
  if (!isObject(c)) return issue(at, 'must be an object');
  if (c.label !== undefined && !isNonEmptyString(c.label)) issue(`${at}.label`, 'must be a non-empty string');
  const wholeNumber = (field: string, min: number) => {
    const value = c[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) issue(`${at}.${field}`, `must be a whole number ≥ ${min}`);
  };
  const optionalWholeNumber = (field: string, min: number) => {
    if (c[field] !== undefined) wholeNumber(field, min);
  };
  const optionalList = (field: string, check: (value: unknown) => boolean) => {
    const value = c[field];
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length === 0 || !value.every(check)) issue(`${at}.${field}`, 'must be a non-empty list of known values');
  };
  const optionalFlag = (field: string) => {
    if (c[field] !== undefined && typeof c[field] !== 'boolean') issue(`${at}.${field}`, 'must be true or false');
  };
  switch (c.kind) {
    case 'min_age':
      return wholeNumber('years', 1);
    case 'years_in_occupation':
      wholeNumber('years', 1);
      return optionalList('occupationCodes', isNonEmptyString);
    case 'working_in_occupation':
      return optionalList('occupationCodes', isNonEmptyString);
    case 'level_held':
      if (!isRank(c.rank)) issue(`${at}.rank`, 'unknown rank');
      if (!['same', 'related', 'any'].includes(c.occupationScope as string)) issue(`${at}.occupationScope`, 'must be same, related or any');
      return wholeNumber('years', 0);
    case 'title_held':
      if (!isTitleGrade(c.grade)) issue(`${at}.grade`, 'unknown title grade');
      wholeNumber('years', 0);
      return optionalList('series', isNonEmptyString);
    case 'education_min':
      if (!isEducationLevel(c.level)) issue(`${at}.level`, 'unknown education level');
      optionalFlag('technicalSchoolOnly');
      return optionalFlag('relevantMajor');
    case 'apprenticeship_completed':
      return;
    case 'training_hours':
      if (typeof c.hours !== 'number' || !Number.isFinite(c.hours) || c.hours <= 0) issue(`${at}.hours`, 'must be a number > 0');
      return optionalWholeNumber('withinYears', 1);
    case 'honor':
      optionalList('kinds', isNonEmptyString);
      if (c.minLevel !== undefined && !isAwardLevel(c.minLevel)) issue(`${at}.minLevel`, 'unknown award level');
      return;
    case 'competition_result':
      if (!Array.isArray(c.tiers) || c.tiers.length === 0 || !c.tiers.every(isCompetitionTier)) {
        issue(`${at}.tiers`, 'must be a non-empty list of competition tiers');
      }
      if (c.maxRank === undefined && c.maxTopPercent === undefined) issue(at, 'needs maxRank or maxTopPercent');
      optionalWholeNumber('maxRank', 1);
      if (c.maxTopPercent !== undefined && (typeof c.maxTopPercent !== 'number' || !(c.maxTopPercent > 0 && c.maxTopPercent <= 100))) {
        issue(`${at}.maxTopPercent`, 'must be a number in (0, 100]');
      }
      return optionalWholeNumber('withinYears', 1);
    case 'innovation':
      wholeNumber('minCount', 1);
      optionalList('kinds', isNonEmptyString);
      if (c.minLevel !== undefined && !isAwardLevel(c.minLevel)) issue(`${at}.minLevel`, 'unknown award level');
      return;
    case 'mentees_trained':
      wholeNumber('minCount', 1);
      if (c.minRank !== undefined && !isRank(c.minRank)) issue(`${at}.minRank`, 'unknown rank');
      return;
    case 'route_interval':
      if (!ROUTE_KINDS.includes(c.routeKind as never)) issue(`${at}.routeKind`, 'must be standard, exceptional or competition');
      return wholeNumber('years', 1);
    case 'any_of':
      if (!Array.isArray(c.conditions) || c.conditions.length === 0) return issue(`${at}.conditions`, 'must be a non-empty list');
      c.conditions.forEach((child: unknown, i: number) => validateCondition(child, `${at}.conditions[${i}]`, issue));
      return;
    default:
      return issue(`${at}.kind`, `unknown condition kind ${JSON.stringify(c.kind)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isNonEmptyString);
}
