import { QueryFailedError } from 'typeorm';

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
