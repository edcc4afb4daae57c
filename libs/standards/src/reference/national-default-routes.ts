import type { Condition, LevelDefinition, Route } from '../eligibility';
import { type Rank } from '@skill-ladder/vocabulary';

/**
 * National default application conditions (申报条件) per level, loaded as reference data and
 * used where a standard does not state its own. They follow the national template summarised in
 * docs/domain.md §3 (国家职业技能标准 申报条件, e.g. 保育师 (2021) §1.9.3; ladder per
 * 人社部发〔2022〕14号; title→skill routes per 人社部发〔2020〕96号). A real standard version
 * carries its own routes; provinces and enterprises may adapt them, but not below these.
 */

/** Ranks with national default routes. 学徒工 is the enterprise's own affair and has none. */
export type DefaultedRank = Exclude<Rank, 'apprentice'>;

const WORKING: Condition = { kind: 'working_in_occupation' };

/**
 * 特级技师: 2021 MOHRSS pilot notice on 特级技师评聘 — 高级技师 held 4 years in post, plus one
 * outstanding contribution. The counts (3 mentees at 高级工 or above) are defaults to configure.
 */
const SPECIAL_CONTRIBUTION: Condition = {
  kind: 'any_of',
  conditions: [
    { kind: 'innovation', minCount: 1, kinds: ['technical_contribution'], label: '在技术革新、技术攻关中作出重大贡献' },
    { kind: 'innovation', minCount: 1, kinds: ['craft_leadership', 'standard_authored'], label: '在技艺传承中发挥领军作用，或主持、参与制定标准' },
    { kind: 'mentees_trained', minCount: 3, minRank: 'L3', label: '带徒传技成绩突出：培养徒弟3名及以上达到三级/高级工及以上' },
    { kind: 'honor', minLevel: 'provincial', label: '获得省部级及以上荣誉' },
  ],
};

function specialRoutes(rank: 'special' | 'chief'): Route[] {
  return [
    {
      code: `${rank}-after-L1`,
      kind: 'standard',
      label: '取得本职业一级/高级技师证书满4年且在岗，并有突出贡献',
      conditions: [{ kind: 'level_held', rank: 'L1', years: 4, occupationScope: 'same' }, WORKING, SPECIAL_CONTRIBUTION],
    },
  ];
}

export const NATIONAL_DEFAULT_ROUTES: Readonly<Record<DefaultedRank, readonly Route[]>> = deepFreeze({
  // docs/domain.md §3: 16+ years old and working in the occupation; or apprenticeship completed.
  L5: [
    {
      code: 'L5-age-working',
      kind: 'standard',
      label: '年满16周岁，从事本职业或相关职业工作',
      conditions: [{ kind: 'min_age', years: 16 }, WORKING],
    },
    { code: 'L5-apprenticeship', kind: 'standard', label: '本职业或相关职业学徒期满', conditions: [{ kind: 'apprenticeship_completed' }] },
  ],
  // docs/domain.md §3: 5 years in the occupation; or L5 held 3 years; or a relevant vocational diploma.
  L4: [
    {
      code: 'L4-years-in-occupation',
      kind: 'standard',
      label: '累计从事本职业或相关职业工作满5年',
      conditions: [{ kind: 'years_in_occupation', years: 5 }],
    },
    {
      code: 'L4-after-L5',
      kind: 'standard',
      label: '取得本职业或相关职业五级/初级工证书满3年',
      conditions: [{ kind: 'level_held', rank: 'L5', years: 3, occupationScope: 'related' }],
    },
    {
      code: 'L4-vocational-diploma',
      kind: 'standard',
      label: '取得技工学校或中等及以上职业学校本专业或相关专业毕业证书',
      conditions: [{ kind: 'education_min', level: 'secondary_vocational', technicalSchoolOnly: true, relevantMajor: true }],
    },
  ],
  // docs/domain.md §3: 10 years in the occupation; or L4 held 4 years; or a junior title held 1 year;
  // or a senior-worker class graduate of a technical school (人社部发〔2020〕96号 for the title route).
  L3: [
    {
      code: 'L3-years-in-occupation',
      kind: 'standard',
      label: '累计从事本职业或相关职业工作满10年',
      conditions: [{ kind: 'years_in_occupation', years: 10 }],
    },
    {
      code: 'L3-after-L4',
      kind: 'standard',
      label: '取得本职业或相关职业四级/中级工证书满4年',
      conditions: [{ kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'related' }],
    },
    {
      code: 'L3-junior-title',
      kind: 'standard',
      label: '取得助理级/初级职称满1年',
      conditions: [{ kind: 'title_held', grade: 'junior', years: 1 }],
    },
    {
      code: 'L3-technical-school-senior-class',
      kind: 'standard',
      label: '技工院校高级工班及以上毕业',
      conditions: [{ kind: 'education_min', level: 'technician_college_senior', technicalSchoolOnly: true }],
    },
  ],
  // docs/domain.md §3: L3 held 5 years; or a junior title held 5 years and L3 held 1 year; or an
  // intermediate title held 1 year (人社部发〔2020〕96号 for the title routes).
  L2: [
    {
      code: 'L2-after-L3',
      kind: 'standard',
      label: '取得本职业或相关职业三级/高级工证书满5年',
      conditions: [{ kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'related' }],
    },
    {
      code: 'L2-junior-title-and-L3',
      kind: 'standard',
      label: '取得助理级/初级职称满5年，且取得三级/高级工证书满1年',
      conditions: [
        { kind: 'title_held', grade: 'junior', years: 5 },
        { kind: 'level_held', rank: 'L3', years: 1, occupationScope: 'related' },
      ],
    },
    {
      code: 'L2-intermediate-title',
      kind: 'standard',
      label: '取得中级职称满1年',
      conditions: [{ kind: 'title_held', grade: 'intermediate', years: 1 }],
    },
  ],
  // docs/domain.md §3: L2 held 4 years ("older template; confirm per standard").
  L1: [
    {
      code: 'L1-after-L2',
      kind: 'standard',
      label: '取得本职业或相关职业二级/技师证书满4年',
      conditions: [{ kind: 'level_held', rank: 'L2', years: 4, occupationScope: 'related' }],
    },
  ],
  special: specialRoutes('special'),
  // 首席技师 has no national conditions; by default it asks what 特级技师 asks. Enterprises set
  // their own (e.g. 特级技师 appointed first) in their evaluation specification.
  chief: specialRoutes('chief'),
});

/**
 * Examples of 破格 routes (docs/domain.md §3): outstanding frontline workers, major process or quality
 * breakthroughs, innovation awarded at provincial level or above, outstanding master–apprentice
 * results. They waive the waiting years on the rank below; the thresholds are examples for an
 * enterprise or province to adopt or change, not national law.
 */
function exceptionalRoutes(rank: 'L3' | 'L2' | 'L1', below: 'L4' | 'L3' | 'L2'): Route[] {
  const base: Condition[] = [{ kind: 'level_held', rank: below, years: 0, occupationScope: 'related' }, WORKING];
  return [
    {
      code: `${rank}-exceptional-frontline`,
      kind: 'exceptional',
      label: '破格：优秀一线职工（市级及以上劳动模范、五一劳动奖章、工匠或技术能手）',
      conditions: [...base, { kind: 'honor', kinds: ['labour_model', 'may_day_medal', 'craftsman', 'technical_expert'], minLevel: 'city' }],
    },
    {
      code: `${rank}-exceptional-breakthrough`,
      kind: 'exceptional',
      label: '破格：取得市级及以上认定的重大工艺或质量攻关成果',
      conditions: [...base, { kind: 'innovation', minCount: 1, kinds: ['process_breakthrough', 'quality_breakthrough'], minLevel: 'city' }],
    },
    {
      code: `${rank}-exceptional-innovation-award`,
      kind: 'exceptional',
      label: '破格：创新成果获省部级及以上奖励',
      conditions: [...base, { kind: 'innovation', minCount: 1, minLevel: 'provincial' }],
    },
    {
      code: `${rank}-exceptional-mentoring`,
      kind: 'exceptional',
      label: '破格：师带徒成绩突出',
      conditions: [...base, { kind: 'mentees_trained', minCount: 2, minRank: below }],
    },
  ];
}

export const EXAMPLE_EXCEPTIONAL_ROUTES: Readonly<Partial<Record<DefaultedRank, readonly Route[]>>> = deepFreeze({
  L3: exceptionalRoutes('L3', 'L4'),
  L2: exceptionalRoutes('L2', 'L3'),
  L1: exceptionalRoutes('L1', 'L2'),
});

/** 以赛代评 at most once a year (docs/domain.md §3). */
const ONCE_A_YEAR: Condition = { kind: 'route_interval', routeKind: 'competition', years: 1 };

/**
 * Tianjin rule: city class-1 competition top 10 → 技师. Higher tiers are accepted too, as a
 * placing there is at least as strong. The result must be of the last year.
 */
const CITY_CLASS_1_TOP_10: Condition = {
  kind: 'competition_result',
  tiers: ['national', 'provincial', 'city_class_1'],
  maxRank: 10,
  withinYears: 1,
};

/** Tianjin rule: enterprise contest top 30% → 中级工, or 高级工 for a 中级工. */
const ENTERPRISE_TOP_30_PERCENT: Condition = { kind: 'competition_result', tiers: ['enterprise'], maxTopPercent: 30, withinYears: 1 };

/** Examples of 以赛代评 routes after the Tianjin competition rules quoted in docs/domain.md §3. */
export const EXAMPLE_COMPETITION_ROUTES: Readonly<Partial<Record<DefaultedRank, readonly Route[]>>> = deepFreeze({
  L4: [
    {
      code: 'L4-competition-enterprise',
      kind: 'competition',
      label: '以赛代评：企业技能竞赛成绩前30%',
      conditions: [ENTERPRISE_TOP_30_PERCENT, WORKING, ONCE_A_YEAR],
    },
  ],
  L3: [
    {
      code: 'L3-competition-enterprise',
      kind: 'competition',
      label: '以赛代评：已取得四级/中级工，企业技能竞赛成绩前30%',
      conditions: [ENTERPRISE_TOP_30_PERCENT, { kind: 'level_held', rank: 'L4', years: 0, occupationScope: 'related' }, WORKING, ONCE_A_YEAR],
    },
  ],
  L2: [
    {
      code: 'L2-competition-city-class-1',
      kind: 'competition',
      label: '以赛代评：市级一类及以上职业技能竞赛前10名',
      conditions: [CITY_CLASS_1_TOP_10, WORKING, ONCE_A_YEAR],
    },
  ],
  L1: [
    {
      code: 'L1-competition-city-class-1',
      kind: 'competition',
      label: '以赛代评：已取得二级/技师，市级一类及以上职业技能竞赛前10名',
      conditions: [CITY_CLASS_1_TOP_10, { kind: 'level_held', rank: 'L2', years: 0, occupationScope: 'related' }, WORKING, ONCE_A_YEAR],
    },
  ],
});

export interface DefaultLevelOptions {
  /** The standard's occupation; without it the worker's own occupation is used. */
  occupationCode?: string;
  relatedOccupationCodes?: string[];
  /** Append the example 破格 and 以赛代评 routes after the standard ones. */
  includeExamples?: boolean;
  /**
   * The shared routes themselves, not a copy, for an evaluation that only reads them (the career
   * path evaluates every rung on each request). They are frozen: an edit throws.
   */
  readOnly?: boolean;
}

/** A fresh, editable level definition built from the national defaults. */
export function nationalDefaultLevel(rank: DefaultedRank, options: DefaultLevelOptions = {}): LevelDefinition {
  const routes = [
    ...NATIONAL_DEFAULT_ROUTES[rank],
    ...(options.includeExamples ? [...(EXAMPLE_EXCEPTIONAL_ROUTES[rank] ?? []), ...(EXAMPLE_COMPETITION_ROUTES[rank] ?? [])] : []),
  ];
  return {
    rank,
    ...(options.occupationCode !== undefined ? { occupationCode: options.occupationCode } : {}),
    ...(options.relatedOccupationCodes !== undefined ? { relatedOccupationCodes: [...options.relatedOccupationCodes] } : {}),
    routes: (options.readOnly ? routes : structuredClone(routes)) as Route[],
  };
}

/** Reference data is shared by every caller; freezing it makes an accidental edit throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
