import { regionCovers } from '@skill-ladder/platform';

/**
 * The region codes whose bureau covers `code` under the prefix rule, widest first: its province,
 * its prefecture and the region itself (140000, 141100, 141102 for 141102).
 */
export function coveringRegionCodes(code: string): string[] {
  const candidates = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code];
  return [...new Set(candidates)].filter((c) => regionCovers(c, code));
}
