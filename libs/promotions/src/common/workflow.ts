/**
 * A small state machine: which action is allowed from which status, and where it leads. Some
 * actions lead to one of several statuses depending on an outcome (a review passed or not);
 * the caller names the outcome and the table says whether it is a legal target.
 */
export interface WorkflowStep<S extends string> {
  from: readonly S[];
  to: readonly S[];
}

export type TransitionResult<S extends string, A extends string> = { ok: true; to: S } | { ok: false; allowed: A[] };

export class Workflow<S extends string, A extends string> {
  constructor(private readonly steps: Readonly<Record<A, WorkflowStep<S>>>) {}

  /** `to` picks among the action's targets; without it the action must have exactly one. */
  transition(from: S, action: A, to?: S): TransitionResult<S, A> {
    const step = this.steps[action];
    if (!step.from.includes(from)) return { ok: false, allowed: this.allowed(from) };
    const target = to ?? (step.to.length === 1 ? step.to[0] : undefined);
    if (target === undefined || !step.to.includes(target)) throw new Error(`action ${action} cannot lead to ${String(to)}`);
    return { ok: true, to: target };
  }

  allowed(from: S): A[] {
    return (Object.keys(this.steps) as A[]).filter((action) => this.steps[action].from.includes(from));
  }
}
