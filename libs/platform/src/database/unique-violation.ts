import { QueryFailedError } from 'typeorm';
import type { ErrorCode } from '../errors/error-code';

/**
 * The constraint a unique violation (SQLSTATE 23505) names, or null for any other error. A
 * check-then-insert can lose a race; the database's constraint decides and this lets the caller
 * answer the same 409 as the check would have.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? '') : null;
}

/**
 * The 409 a unique or exclusion constraint answers when a route has no check of its own or
 * loses the race past it: the same code the route's own check gives, else a generic one. The
 * codes belong to the libs that own the constraints (their catalogues declare them); the
 * catalogue spec exempts this map from "declared in its own lib or below".
 */
const CONFLICT_CODES: Record<string, [code: ErrorCode, detail: string]> = {
  occupations_code_key: ['OCCUPATION_CODE_TAKEN', 'An occupation with this code already exists'],
  users_username_key: ['USERNAME_TAKEN', 'This username is already taken'],
  users_person_id_key: ['WORKER_ACCOUNT_EXISTS', 'This worker already has an account'],
  organizations_credit_code_key: ['CREDIT_CODE_TAKEN', 'An organization with this credit code is already registered'],
  persons_id_number_index_key: ['WORKER_ALREADY_REGISTERED', 'This person is already registered'],
  organizations_one_active_bureau_uq: ['BUREAU_EXISTS_FOR_REGION', 'The region already has an active bureau'],
  competition_rules_one_in_force: ['COMPETITION_RULE_DUPLICATE', 'An identical rule is in force over some of the same days'],
  question_banks_name_uq: ['QUESTION_BANK_EXISTS', 'The body already has a bank with this name for this occupation and level'],
  exam_blueprints_name_uq: ['BLUEPRINT_EXISTS', 'The bank already has a blueprint with this name'],
  question_items_stem_uq: ['ITEM_STEM_EXISTS', 'The bank already holds an item with the same stem (ignoring spaces, punctuation, width and case)'],
};

/** For a unique (23505) or exclusion (23P01) violation, the conflict to answer; else null. */
export function constraintConflict(error: unknown): { code: ErrorCode; detail: string; constraint: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23505' && driverError.code !== '23P01') return null;
  const constraint = driverError.constraint ?? '';
  const [code, detail]: [ErrorCode, string] = CONFLICT_CODES[constraint] ?? ['DUPLICATE', 'This conflicts with an existing record; reload and try again'];
  return { code, detail, constraint };
}
