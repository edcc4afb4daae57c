/**
 * Jurisdiction by region (docs/domain.md §1): a bureau sees the organizations whose region lies
 * inside its own, which in the 6-digit code is a prefix rule — 140000 covers 14xxxx,
 * 141100 covers 1411xx, a county covers only itself.
 */

const REGION_CODE = /^\d{6}$/;

/**
 * The province pair is never stripped, so no code — not even a mistaken "000000" — turns
 * into an empty prefix that would cover the whole country.
 */
export function regionPrefix(code: string): string {
  assertRegionCode(code);
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) {
    prefix = prefix.slice(0, -2);
  }
  return prefix;
}

/** Deny by default: a malformed code on either side covers nothing and is covered by nothing. */
export function regionCovers(bureauRegion: string, orgRegion: string): boolean {
  if (!REGION_CODE.test(bureauRegion) || !REGION_CODE.test(orgRegion)) {
    return false;
  }
  return orgRegion.startsWith(regionPrefix(bureauRegion));
}

/**
 * `LIKE` pattern for the same rule in SQL (`region_code LIKE '1411%'`). The prefix is digits
 * only, so nothing needs escaping; pass it as a bound parameter all the same.
 */
export function regionLikePattern(code: string): string {
  return `${regionPrefix(code)}%`;
}

/** The province pair, as printed in certificate numbers. */
export function provinceCode(code: string): string {
  assertRegionCode(code);
  return code.slice(0, 2);
}

/** Throws instead of guessing: a wrong prefix here would widen or empty a bureau's view. */
function assertRegionCode(code: string): void {
  if (!REGION_CODE.test(code)) {
    throw new RangeError('region code must be 6 digits');
  }
}
