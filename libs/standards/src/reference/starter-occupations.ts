/**
 * A starter occupation catalogue for Lüliang's industries (coal mining, coking, metallurgy,
 * electrical, welding, machining), taken from the national occupational classification
 * 国家职业分类大典（2022年版）. Each entry says where it comes from. Loaded once; after that
 * the platform administrator maintains the catalogue (HTTP or XLSX import).
 */
export interface StarterOccupation {
  code: string;
  nameZh: string;
  nameEn: string;
  industry: 'coal_mining' | 'coking' | 'metallurgy' | 'electrical' | 'welding' | 'machining';
  workTypes: string[];
  sourceNote: string;
}

const CATALOGUE = '国家职业分类大典（2022年版）';
/** Page references are to the 2022 public-comment draft (社会公示稿) of the catalogue. */
const DRAFT = `${CATALOGUE}社会公示稿`;

export const STARTER_OCCUPATIONS: readonly StarterOccupation[] = Object.freeze([
  { code: '6-16-01-05', nameZh: '井下采矿工', nameEn: 'Underground miner', industry: 'coal_mining', workTypes: [], sourceNote: `${DRAFT}，第431页` },
  { code: '6-16-01-06', nameZh: '井下支护工', nameEn: 'Underground roof-support worker', industry: 'coal_mining', workTypes: [], sourceNote: `${DRAFT}，第432页` },
  {
    code: '6-10-02-02',
    nameZh: '炼焦工',
    nameEn: 'Coke-oven operator',
    industry: 'coking',
    workTypes: [],
    sourceNote: `${CATALOGUE}，中类6-10 石油加工和炼焦、煤化工生产人员；编码待与正式出版本核对`,
  },
  { code: '6-17-02-01', nameZh: '炼钢原料工', nameEn: 'Steelmaking charge preparer', industry: 'metallurgy', workTypes: [], sourceNote: `${DRAFT}，第444页` },
  { code: '6-17-02-02', nameZh: '炼钢工', nameEn: 'Steelmaker', industry: 'metallurgy', workTypes: [], sourceNote: `${DRAFT}，第445页` },
  { code: '6-17-02-03', nameZh: '炼钢浇铸工', nameEn: 'Steel caster', industry: 'metallurgy', workTypes: [], sourceNote: `${DRAFT}，第445页` },
  { code: '6-31-01-03', nameZh: '电工', nameEn: 'Electrician', industry: 'electrical', workTypes: [], sourceNote: CATALOGUE },
  { code: '6-18-02-04', nameZh: '焊工', nameEn: 'Welder', industry: 'welding', workTypes: [], sourceNote: CATALOGUE },
  { code: '6-18-01-01', nameZh: '车工', nameEn: 'Lathe operator', industry: 'machining', workTypes: [], sourceNote: CATALOGUE },
  { code: '6-18-01-02', nameZh: '铣工', nameEn: 'Milling-machine operator', industry: 'machining', workTypes: [], sourceNote: CATALOGUE },
]);

/**
 * Occupations loaded with a national standard as published reference data. The levels are the
 * national template (docs/domain.md §3: default routes, theory + practical, comprehensive review for
 * 二级/一级, pass mark 60), not a transcription of each standard's text.
 */
export const NATIONAL_STANDARD_OCCUPATIONS: readonly string[] = Object.freeze(['6-18-02-04', '6-18-01-01', '6-31-01-03']);

/** National reference versions are in force for every date the product handles. */
export const NATIONAL_STANDARD_EFFECTIVE_FROM = '2000-01-01';
