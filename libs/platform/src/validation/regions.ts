/**
 * 行政区划代码 (administrative division codes, GB/T 2260) for Shanxi province: the province,
 * its 11 prefecture-level cities and their 117 county-level divisions.
 *
 * Source: 国家统计局 2023年统计用区划代码 (cut-off 2023-06-30), whose county-level codes are the
 * 民政部 administrative division codes plus x71 codes for development zones (e.g. 140171
 * 山西转型综合改革示范区). Those zones are not administrative divisions and no bureau has
 * jurisdiction under them, so they are left out. When the State Council approves a change,
 * update this list in the same release as a migration that moves affected organizations.
 */

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly level: RegionLevel;
}

/** Level and parent follow from the code's shape (xx0000, xxxx00, xxxxxx), so only code and name are written out. */
const DIVISIONS: readonly (readonly [code: string, name: string])[] = [
  ['140000', '山西省'],
  ['140100', '太原市'],
  ['140105', '小店区'],
  ['140106', '迎泽区'],
  ['140107', '杏花岭区'],
  ['140108', '尖草坪区'],
  ['140109', '万柏林区'],
  ['140110', '晋源区'],
  ['140121', '清徐县'],
  ['140122', '阳曲县'],
  ['140123', '娄烦县'],
  ['140181', '古交市'],
  ['140200', '大同市'],
  ['140212', '新荣区'],
  ['140213', '平城区'],
  ['140214', '云冈区'],
  ['140215', '云州区'],
  ['140221', '阳高县'],
  ['140222', '天镇县'],
  ['140223', '广灵县'],
  ['140224', '灵丘县'],
  ['140225', '浑源县'],
  ['140226', '左云县'],
  ['140300', '阳泉市'],
  ['140302', '城区'],
  ['140303', '矿区'],
  ['140311', '郊区'],
  ['140321', '平定县'],
  ['140322', '盂县'],
  ['140400', '长治市'],
  ['140403', '潞州区'],
  ['140404', '上党区'],
  ['140405', '屯留区'],
  ['140406', '潞城区'],
  ['140423', '襄垣县'],
  ['140425', '平顺县'],
  ['140426', '黎城县'],
  ['140427', '壶关县'],
  ['140428', '长子县'],
  ['140429', '武乡县'],
  ['140430', '沁县'],
  ['140431', '沁源县'],
  ['140500', '晋城市'],
  ['140502', '城区'],
  ['140521', '沁水县'],
  ['140522', '阳城县'],
  ['140524', '陵川县'],
  ['140525', '泽州县'],
  ['140581', '高平市'],
  ['140600', '朔州市'],
  ['140602', '朔城区'],
  ['140603', '平鲁区'],
  ['140621', '山阴县'],
  ['140622', '应县'],
  ['140623', '右玉县'],
  ['140681', '怀仁市'],
  ['140700', '晋中市'],
  ['140702', '榆次区'],
  ['140703', '太谷区'],
  ['140721', '榆社县'],
  ['140722', '左权县'],
  ['140723', '和顺县'],
  ['140724', '昔阳县'],
  ['140725', '寿阳县'],
  ['140727', '祁县'],
  ['140728', '平遥县'],
  ['140729', '灵石县'],
  ['140781', '介休市'],
  ['140800', '运城市'],
  ['140802', '盐湖区'],
  ['140821', '临猗县'],
  ['140822', '万荣县'],
  ['140823', '闻喜县'],
  ['140824', '稷山县'],
  ['140825', '新绛县'],
  ['140826', '绛县'],
  ['140827', '垣曲县'],
  ['140828', '夏县'],
  ['140829', '平陆县'],
  ['140830', '芮城县'],
  ['140881', '永济市'],
  ['140882', '河津市'],
  ['140900', '忻州市'],
  ['140902', '忻府区'],
  ['140921', '定襄县'],
  ['140922', '五台县'],
  ['140923', '代县'],
  ['140924', '繁峙县'],
  ['140925', '宁武县'],
  ['140926', '静乐县'],
  ['140927', '神池县'],
  ['140928', '五寨县'],
  ['140929', '岢岚县'],
  ['140930', '河曲县'],
  ['140931', '保德县'],
  ['140932', '偏关县'],
  ['140981', '原平市'],
  ['141000', '临汾市'],
  ['141002', '尧都区'],
  ['141021', '曲沃县'],
  ['141022', '翼城县'],
  ['141023', '襄汾县'],
  ['141024', '洪洞县'],
  ['141025', '古县'],
  ['141026', '安泽县'],
  ['141027', '浮山县'],
  ['141028', '吉县'],
  ['141029', '乡宁县'],
  ['141030', '大宁县'],
  ['141031', '隰县'],
  ['141032', '永和县'],
  ['141033', '蒲县'],
  ['141034', '汾西县'],
  ['141081', '侯马市'],
  ['141082', '霍州市'],
  ['141100', '吕梁市'],
  ['141102', '离石区'],
  ['141121', '文水县'],
  ['141122', '交城县'],
  ['141123', '兴县'],
  ['141124', '临县'],
  ['141125', '柳林县'],
  ['141126', '石楼县'],
  ['141127', '岚县'],
  ['141128', '方山县'],
  ['141129', '中阳县'],
  ['141130', '交口县'],
  ['141181', '孝义市'],
  ['141182', '汾阳市'],
];

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
