import { ConflictError, ForbiddenError, type TransitionResult } from '@skill-ladder/platform';

/** The stable 409 for an action the current status does not allow. */
export function assertTransition<S extends string, A extends string>(result: TransitionResult<S, A>, what: string, status: S, action: A): S {
  if (result.ok) return result.to;
  const allowed = result.allowed.length ? result.allowed.join(', ') : 'nothing';
  throw new ConflictError('INVALID_TRANSITION', `A ${what} that is ${status} cannot take "${action}"; it allows: ${allowed}`);
}

export function notTheDecidingBureau(): ForbiddenError {
  return new ForbiddenError('NOT_THE_DECIDING_BUREAU', 'Only the bureau competent for the enterprise decides on this');
}

export function notTheEnterpriseHr(): ForbiddenError {
  return new ForbiddenError('ENTERPRISE_HR_ONLY', 'Only HR of the enterprise where the worker works takes this step');
}
