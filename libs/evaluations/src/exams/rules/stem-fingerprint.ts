import { createHash } from 'node:crypto';

/**
 * The form of a question's stem used to find duplicates in a bank: full-width folded (NFKC),
 * case ignored, and everything that is not a letter or a digit dropped — spaces, punctuation,
 * the blanks of a fill-in stem ("（ ）", "____") and symbols. "焊条的直径是（ ）mm。" and
 * "焊条的直径是____ MM" are the same question.
 */
export function normalizeStem(stem: string): string {
  return stem.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A fixed-length key of the normalized stem, for a unique index per bank. */
export function stemFingerprint(stem: string): string {
  return createHash('sha256').update(normalizeStem(stem)).digest('hex');
}

/**
 * Rows of an import whose stems repeat an earlier row of the same import: row → the first row
 * with that stem. Rows are numbered as the caller numbers them (sheet rows).
 */
export function repeatedStems(rows: readonly { row: number; stem: string }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { row, stem } of rows) {
    const key = normalizeStem(stem);
    if (key === '') continue; // an empty stem is refused on its own, not as a duplicate
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else repeats.set(row, earlier);
  }
  return repeats;
}
