/** What a results report's audit event recorded (上报: due date, on time or late), or null if it is not one. */
export function reportOf(after: unknown): { dueOn: string; status: string; submittedAt: string } | null {
  if (typeof after !== 'object' || after === null) return null;
  const { dueOn, status, submittedAt } = after as Record<string, unknown>;
  return typeof dueOn === 'string' && typeof status === 'string' && typeof submittedAt === 'string' ? { dueOn, status, submittedAt } : null;
}

/** The inbox's order: items with a due date first, soonest first; the rest keep the order of their kinds. */
export function byDue<T extends { due?: { on: string } }>(a: T, b: T): number {
  return a.due && b.due ? a.due.on.localeCompare(b.due.on) : a.due ? -1 : b.due ? 1 : 0;
}
