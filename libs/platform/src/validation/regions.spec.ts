import { findRegion, isKnownRegion, REGIONS } from './regions';

describe('REGIONS', () => {
  it('lists all 31 provincial-level divisions, and Shanxi with its 11 prefecture-level cities and 117 county-level divisions', () => {
    const count = (level: string, prefix = '') => REGIONS.filter((region) => region.level === level && region.code.startsWith(prefix)).length;
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThan(330);
    expect(count('county')).toBeGreaterThan(2800);
    expect([count('province', '14'), count('prefecture', '14'), count('county', '14')]).toEqual([1, 11, 117]);
  });

  it.each([
    ['350102', '鼓楼区', '350100'],
    ['110105', '朝阳区', '110100'],
    ['429004', '仙桃市', '429000'],
    ['650102', '天山区', '650100'],
  ])('knows %s %s outside Shanxi, under %s', (code, name, parentCode) => {
    expect(findRegion(code)).toMatchObject({ code, name, parentCode, level: 'county' });
  });

  it('keeps a prefecture-level city without counties once, at prefecture level', () => {
    expect(REGIONS.filter((region) => region.code === '441900')).toEqual([{ code: '441900', name: '东莞市', parentCode: '440000', level: 'prefecture' }]);
  });

  it('names every prefecture-level city of Shanxi', () => {
    const prefectures = REGIONS.filter((region) => region.level === 'prefecture' && region.code.startsWith('14')).map((r) => [r.code, r.name]);
    expect(prefectures).toEqual([
      ['140100', '太原市'],
      ['140200', '大同市'],
      ['140300', '阳泉市'],
      ['140400', '长治市'],
      ['140500', '晋城市'],
      ['140600', '朔州市'],
      ['140700', '晋中市'],
      ['140800', '运城市'],
      ['140900', '忻州市'],
      ['141000', '临汾市'],
      ['141100', '吕梁市'],
    ]);
  });

  it.each([
    ['141100', '吕梁市', ['141102 离石区', '141121 文水县', '141122 交城县', '141123 兴县', '141124 临县', '141125 柳林县', '141126 石楼县', '141127 岚县', '141128 方山县', '141129 中阳县', '141130 交口县', '141181 孝义市', '141182 汾阳市']],
    ['140100', '太原市', ['140105 小店区', '140106 迎泽区', '140107 杏花岭区', '140108 尖草坪区', '140109 万柏林区', '140110 晋源区', '140121 清徐县', '140122 阳曲县', '140123 娄烦县', '140181 古交市']],
  ])('lists exactly the county-level divisions of %s %s', (parentCode, _name, expected) => {
    const children = REGIONS.filter((region) => region.parentCode === parentCode).map((r) => `${r.code} ${r.name}`);
    expect(children).toEqual(expected);
  });

  it('has unique 6-digit codes', () => {
    const codes = REGIONS.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[1-8]\d{5}$/);
    }
  });

  it('links every division to a listed parent one level up', () => {
    const parentLevel = { prefecture: 'province', county: 'prefecture' } as const;
    for (const region of REGIONS) {
      if (region.level === 'province') {
        expect(region.parentCode).toBeNull();
        continue;
      }
      expect(findRegion(region.parentCode ?? '')?.level).toBe(parentLevel[region.level]);
    }
  });

  it('leaves out statistics-only development-zone codes', () => {
    expect(REGIONS.filter((region) => /(7\d|80)$/.test(region.code))).toEqual([]);
  });

  it('cannot be modified at run time', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(REGIONS[0])).toBe(true);
  });
});

describe('findRegion', () => {
  it.each([
    ['140000', { code: '140000', name: '山西省', parentCode: null, level: 'province' }],
    ['141100', { code: '141100', name: '吕梁市', parentCode: '140000', level: 'prefecture' }],
    ['141102', { code: '141102', name: '离石区', parentCode: '141100', level: 'county' }],
    ['140181', { code: '140181', name: '古交市', parentCode: '140100', level: 'county' }],
  ])('%s', (code, expected) => {
    expect(findRegion(code)).toEqual(expected);
  });

  it.each(['141199', '110199', '140171', '1411', '', '141102 '])('does not know %p', (code) => {
    expect(findRegion(code)).toBeUndefined();
  });
});

describe('isKnownRegion', () => {
  it.each([
    ['140000', true],
    ['141100', true],
    ['141182', true],
    ['140105', true],
    ['141199', false],
    ['110105', true],
    ['350102', true],
    ['110199', false],
    ['140171', false],
    ['14110', false],
  ])('%p → %p', (code, expected) => {
    expect(isKnownRegion(code)).toBe(expected);
  });
});
