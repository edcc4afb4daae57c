/**
 * Exact decimal arithmetic for scores: values are carried as integer counts of 10^-places
 * (72.45 → 7245 hundredths), so means and weighted totals round the written decimal, not
 * its binary approximation (72.45 is 72.4499999… as a double).
 */

/** `value` as an integer count of 10^-places; refuses values with more decimal places. */
export function toScaled(value: number, places: number, label: string): bigint {
  if (!Number.isFinite(value)) throw new RangeError(`${label} must be a finite number, got ${value}`);
  const factor = 10 ** places;
  const scaled = Math.round(value * factor);
  // Division by a power of ten is correctly rounded, so this holds exactly when `value` is the
  // double nearest a decimal with at most `places` places.
  if (scaled / factor !== value) {
    throw new RangeError(`${label} ${value} has more than ${places} decimal place${places === 1 ? '' : 's'}`);
  }
  return BigInt(scaled);
}

/** numerator / denominator rounded to an integer, halves away from zero (四舍五入). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** The number nearest to scaled × 10^-places. */
export function fromScaled(scaled: bigint, places: number): number {
  return Number(scaled) / 10 ** places;
}
