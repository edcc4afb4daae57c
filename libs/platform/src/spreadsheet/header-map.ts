/** A column of an uploaded sheet and the header words (lower case) that name it. */
export interface ColumnSpec<K extends string> {
  key: K;
  matches: readonly string[];
}

/**
 * Which column each header cell names, first spec first; a cell names a column when it contains
 * one of its words, and each cell serves one column at most. Cells naming nothing are ignored.
 */
export function mapSheetHeaders<K extends string>(headers: readonly string[], specs: readonly ColumnSpec<K>[]): Map<K, number> {
  const map = new Map<K, number>();
  const taken = new Set<number>();
  for (const spec of specs) {
    const index = headers.findIndex((h, i) => !taken.has(i) && spec.matches.some((m) => h.trim().toLowerCase().includes(m)));
    if (index >= 0) {
      map.set(spec.key, index);
      taken.add(index);
    }
  }
  return map;
}
