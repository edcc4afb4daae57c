import { QueryFailedError } from 'typeorm';

/** The socket-level failures of reaching PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** Server answers that mean "not now": shutting down, starting up, out of connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres reports a lost or never-made connection only by message. */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended)/;

/**
 * Whether an error means the database cannot be reached right now (the request may succeed if
 * retried), as opposed to a failing query.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  // Shape, not instanceof: socket errors come from Node's own realm, which differs under Jest.
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  if (error instanceof QueryFailedError) return isDatabaseUnavailable(error.driverError, depth + 1);
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(errors)) return errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
  return false;
}
