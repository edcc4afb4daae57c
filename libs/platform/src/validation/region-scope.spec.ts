import { provinceCode, regionCovers, regionLikePattern, regionPrefix } from './region-scope';
import { REGIONS } from './regions';

describe('regionPrefix', () => {
  it.each([
    ['140000', '14'],
    ['141100', '1411'],
    ['140100', '1401'],
    ['141102', '141102'],
    ['140181', '140181'],
    ['141001', '141001'],
    ['140011', '140011'],
    ['000000', '00'],
  ])('%s → %s', (code, expected) => {
    expect(regionPrefix(code)).toBe(expected);
  });

  it.each(['14', '14110', '1411000', '14110a', ' 141100', ''])('refuses %p', (code) => {
    expect(() => regionPrefix(code)).toThrow(RangeError);
  });
});

describe('regionCovers', () => {
  it.each([
    ['140000', '141102', true, 'the province covers a Lüliang district'],
    ['140000', '140105', true, 'the province covers a Taiyuan district'],
    ['140000', '141100', true, 'the province covers a city'],
    ['140000', '140000', true, 'the province covers itself'],
    ['140000', '110105', false, 'not another province'],
    ['141100', '141102', true, 'Lüliang covers 离石区'],
    ['141100', '141182', true, 'Lüliang covers 汾阳市'],
    ['141100', '141100', true, 'Lüliang covers itself'],
    ['141100', '140105', false, 'Lüliang does not cover a Taiyuan district'],
    ['141100', '140000', false, 'a city does not cover its province'],
    ['141100', '141000', false, 'nor the neighbouring city'],
    ['141102', '141102', true, 'a county covers itself'],
    ['141102', '141121', false, 'but not its neighbour'],
    ['141102', '141100', false, 'nor its city'],
    ['141102', '14110', false, 'malformed organization region'],
    ['14110', '141102', false, 'malformed bureau region'],
    ['', '141102', false, 'empty bureau region'],
    ['141100', '1411000', false, 'organization region too long'],
  ])('%s covers %s: %p (%s)', (bureau, org, expected) => {
    expect(regionCovers(bureau, org)).toBe(expected);
  });

  it('agrees with the parent links of the reference list for every pair of Shanxi, Beijing and Hubei’s directly administered counties', () => {
    const parentOf = new Map(REGIONS.map((region) => [region.code, region.parentCode]));
    const isSelfOrDescendant = (ancestor: string, code: string | null): boolean =>
      code !== null && (code === ancestor || isSelfOrDescendant(ancestor, parentOf.get(code) ?? null));
    // All pairs of the national list would be ten million; these cover every shape of code.
    const sample = REGIONS.filter((region) => /^(14|11|4290|420000)/.test(region.code));
    for (const bureau of sample) {
      for (const org of sample) {
        expect([bureau.code, org.code, regionCovers(bureau.code, org.code)]).toEqual([
          bureau.code,
          org.code,
          isSelfOrDescendant(bureau.code, org.code),
        ]);
      }
    }
  });
});

describe('regionLikePattern', () => {
  it.each([
    ['140000', '14%'],
    ['141100', '1411%'],
    ['141102', '141102%'],
  ])('%s → %s', (code, expected) => {
    expect(regionLikePattern(code)).toBe(expected);
  });

  it.each(['%', '1411%', '14110_', ''])('refuses %p rather than build a wider pattern', (code) => {
    expect(() => regionLikePattern(code)).toThrow(RangeError);
  });
});

describe('provinceCode', () => {
  it.each([
    ['140000', '14'],
    ['141102', '14'],
    ['110105', '11'],
  ])('%s → %s', (code, expected) => {
    expect(provinceCode(code)).toBe(expected);
  });

  it.each(['1', '14110', 'ab0000'])('refuses %p', (code) => {
    expect(() => provinceCode(code)).toThrow(RangeError);
  });
});
