/**
 * The one state-machine engine of the product: which action is allowed from which status, where
 * it leads, who may take it and whether it needs a reason. Campaigns, applications, evaluation-body
 * filings, appointments, title recognitions and competition promotions each declare their table
 * with it. Some actions lead to one of several statuses depending on an outcome (a review passed
 * or not); the caller names the outcome and the table says whether it is a legal target.
 */
export interface WorkflowStep<S extends string, Actor extends string = never> {
  from: readonly S[];
  to: readonly S[];
  /** Who may take the step; anyone when absent. */
  by?: readonly Actor[];
  /** The step needs a reason (return, cancel). */
  reasonRequired?: boolean;
}

export type TransitionResult<S extends string, A extends string> = { ok: true; to: S } | { ok: false; allowed: A[] };

/** Why `check` refused a step: not from this status, not by this actor, or no reason given. */
export type WorkflowRefusal = 'status' | 'actor' | 'reason';

export class Workflow<S extends string, A extends string, Actor extends string = never> {
  constructor(readonly steps: Readonly<Record<A, WorkflowStep<S, Actor>>>) {}

  /** `to` picks among the action's targets; without it the action must have exactly one. */
  transition(from: S, action: A, to?: S): TransitionResult<S, A> {
    const step = this.steps[action];
    if (!step.from.includes(from)) return { ok: false, allowed: this.allowed(from) };
    const target = to ?? (step.to.length === 1 ? step.to[0] : undefined);
    if (target === undefined || !step.to.includes(target)) throw new Error(`action ${action} cannot lead to ${String(to)}`);
    return { ok: true, to: target };
  }

  /**
   * `transition` for a step with an actor and a reason: the actor is checked first, then the
   * status, then the reason, so a caller who may never take the step is told so whatever the status.
   */
  check(from: S, action: A, taken: { actor?: Actor; reason?: string | null } = {}, to?: S): { ok: true; to: S } | { ok: false; refusal: WorkflowRefusal; allowed: A[] } {
    const step = this.steps[action];
    if (step.by && (taken.actor === undefined || !step.by.includes(taken.actor))) return { ok: false, refusal: 'actor', allowed: this.allowed(from, taken.actor) };
    const moved = this.transition(from, action, to);
    if (!moved.ok) return { ok: false, refusal: 'status', allowed: this.allowed(from, taken.actor) };
    if (step.reasonRequired && !taken.reason?.trim()) return { ok: false, refusal: 'reason', allowed: this.allowed(from, taken.actor) };
    return moved;
  }

  /** The actions open from `from`, to `actor` when given (reasons aside). */
  allowed(from: S, actor?: Actor): A[] {
    return this.actions().filter((action) => this.steps[action].from.includes(from) && (actor === undefined || !this.steps[action].by || this.steps[action].by.includes(actor)));
  }

  actions(): A[] {
    return Object.keys(this.steps) as A[];
  }
}
