/**
 * The SET list of an UPDATE built from a change: each defined field becomes `column = $n`, numbered
 * after the parameters already bound (`bound`, usually the row's id as `$1`); undefined fields stay
 * as they are. `columns` maps the fields that may change to their columns and is the only source of
 * column names, so a field outside it (a DTO that grew, a caller's typo) is refused, never written.
 * Null when nothing changes.
 */
export function setList(
  table: string,
  columns: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, unknown>>,
  bound: readonly unknown[],
): { sql: string; values: unknown[] } | null {
  const sets: string[] = [];
  const values = [...bound];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(columns, field)) throw new Error(`${table}: ${field} is not an updatable field`);
    values.push(value);
    sets.push(`${columns[field]} = $${values.length}`);
  }
  return sets.length === 0 ? null : { sql: sets.join(', '), values };
}
