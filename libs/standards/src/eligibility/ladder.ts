/**
 * The vocabulary eligibility rules are written in: the skill ladder (新八级工, 人社部发〔2022〕14号),
 * professional-title grades, education levels, award levels and competition tiers.
 * Codes are stable English identifiers stored in JSONB; labels are zh-CN first, English second.
 */

export const RANKS = ['apprentice', 'L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'] as const;
export type Rank = (typeof RANKS)[number];

/** The digit a national certificate number carries for its level (人社鉴发〔2019〕2号). */
export type CertificateLevelDigit = 1 | 2 | 3 | 4 | 5;

export interface RankInfo {
  order: number;
  labelZh: string;
  labelEn: string;
  /** National level 5..1; null for tiers outside the national certificate (学徒工, 特级技师, 首席技师). */
  certificateLevel: CertificateLevelDigit | null;
  /** 特级技师 and 首席技师 are appointments to a post (评聘) with a term, not only a certificate. */
  appointment: boolean;
}

export const RANK_INFO: Readonly<Record<Rank, RankInfo>> = Object.freeze({
  apprentice: { order: 0, labelZh: '学徒工', labelEn: 'Apprentice', certificateLevel: null, appointment: false },
  L5: { order: 1, labelZh: '五级/初级工', labelEn: 'Level 5 / Junior worker', certificateLevel: 5, appointment: false },
  L4: { order: 2, labelZh: '四级/中级工', labelEn: 'Level 4 / Intermediate worker', certificateLevel: 4, appointment: false },
  L3: { order: 3, labelZh: '三级/高级工', labelEn: 'Level 3 / Senior worker', certificateLevel: 3, appointment: false },
  L2: { order: 4, labelZh: '二级/技师', labelEn: 'Level 2 / Technician', certificateLevel: 2, appointment: false },
  L1: { order: 5, labelZh: '一级/高级技师', labelEn: 'Level 1 / Senior technician', certificateLevel: 1, appointment: false },
  special: { order: 6, labelZh: '特级技师', labelEn: 'Principal technician', certificateLevel: null, appointment: true },
  chief: { order: 7, labelZh: '首席技师', labelEn: 'Chief technician', certificateLevel: null, appointment: true },
});

export function isRank(value: unknown): value is Rank {
  return typeof value === 'string' && (RANKS as readonly string[]).includes(value);
}

export function rankOrder(rank: Rank): number {
  return RANK_INFO[rank].order;
}

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareRanks(a: Rank, b: Rank): number {
  return rankOrder(a) - rankOrder(b);
}

export function rankAtLeast(rank: Rank, minimum: Rank): boolean {
  return compareRanks(rank, minimum) >= 0;
}

/** The next rung up, or null above 首席技师. */
export function nextRank(rank: Rank): Rank | null {
  return RANKS[rankOrder(rank) + 1] ?? null;
}

/** The rung below, or null under 学徒工. */
export function previousRank(rank: Rank): Rank | null {
  const order = rankOrder(rank);
  return order === 0 ? null : RANKS[order - 1];
}

/** 高技能人才: 三级/高级工 and above. */
export function isHighSkilled(rank: Rank): boolean {
  return rankAtLeast(rank, 'L3');
}

export function certificateLevelDigit(rank: Rank): CertificateLevelDigit | null {
  return RANK_INFO[rank].certificateLevel;
}

export function rankLabel(rank: Rank): string {
  return RANK_INFO[rank].labelZh;
}

/** 职称 grades. 初级 covers 员级 and 助理级. */
export const TITLE_GRADES = ['junior', 'intermediate', 'deputy_senior', 'senior'] as const;
export type TitleGrade = (typeof TITLE_GRADES)[number];

export const TITLE_GRADE_INFO: Readonly<Record<TitleGrade, { order: number; labelZh: string; labelEn: string }>> = Object.freeze({
  junior: { order: 0, labelZh: '助理级/初级', labelEn: 'Junior' },
  intermediate: { order: 1, labelZh: '中级', labelEn: 'Intermediate' },
  deputy_senior: { order: 2, labelZh: '副高级', labelEn: 'Deputy senior' },
  senior: { order: 3, labelZh: '正高级', labelEn: 'Senior' },
});

export function isTitleGrade(value: unknown): value is TitleGrade {
  return typeof value === 'string' && (TITLE_GRADES as readonly string[]).includes(value);
}

export function titleGradeOrder(grade: TitleGrade): number {
  return TITLE_GRADE_INFO[grade].order;
}

/**
 * The eight title series open to skilled workers (docs/domain.md §5). Series are free codes in rules
 * and facts; these are only the ones we can label.
 */
export const TITLE_SERIES_LABELS: Readonly<Record<string, string>> = Object.freeze({
  engineering: '工程技术',
  agriculture: '农业技术',
  arts_crafts: '工艺美术',
  cultural_relics: '文物博物',
  laboratory: '实验技术',
  art: '艺术',
  sport: '体育',
  technical_school_teacher: '技工院校教师',
});

/**
 * Education levels, listed from lowest to highest; the list order is a stable sort order for
 * display. Comparisons ("at least X") use `tier` instead, because 人社部发〔2020〕96号 lets
 * technical-school graduates count as general degrees: 中级工班 as 中专, 高级工班 as 大专,
 * 预备技师（技师）班 as 本科. So a 技工院校高级工班 graduate meets a 大专 requirement and
 * vice versa. 高中 and 中专 share the senior-secondary tier (高中阶段教育); where a rule needs a
 * vocational school specifically, `vocational` tells them apart.
 */
export const EDUCATION_LEVELS = [
  'none',
  'junior_high',
  'senior_high',
  'secondary_vocational',
  'technician_college_senior',
  'associate',
  'technician_college_preparatory',
  'bachelor',
  'master',
  'doctor',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface EducationInfo {
  order: number;
  tier: number;
  /** A technical-school (技工院校) or secondary vocational (中专) qualification. */
  vocational: boolean;
  labelZh: string;
  labelEn: string;
}

export const EDUCATION_INFO: Readonly<Record<EducationLevel, EducationInfo>> = Object.freeze({
  none: { order: 0, tier: 0, vocational: false, labelZh: '无学历', labelEn: 'None' },
  junior_high: { order: 1, tier: 1, vocational: false, labelZh: '初中', labelEn: 'Junior high school' },
  senior_high: { order: 2, tier: 2, vocational: false, labelZh: '高中', labelEn: 'Senior high school' },
  secondary_vocational: { order: 3, tier: 2, vocational: true, labelZh: '中专/技工学校', labelEn: 'Secondary vocational / technical school' },
  technician_college_senior: { order: 4, tier: 3, vocational: true, labelZh: '技工院校高级工班', labelEn: 'Technical college, senior-worker class' },
  associate: { order: 5, tier: 3, vocational: false, labelZh: '大专', labelEn: 'Associate degree' },
  technician_college_preparatory: { order: 6, tier: 4, vocational: true, labelZh: '技工院校预备技师（技师）班', labelEn: 'Technical college, preparatory-technician class' },
  bachelor: { order: 7, tier: 4, vocational: false, labelZh: '本科', labelEn: "Bachelor's degree" },
  master: { order: 8, tier: 5, vocational: false, labelZh: '硕士研究生', labelEn: "Master's degree" },
  doctor: { order: 9, tier: 6, vocational: false, labelZh: '博士研究生', labelEn: 'Doctorate' },
});

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);
}

export function educationOrder(level: EducationLevel): number {
  return EDUCATION_INFO[level].order;
}

export function educationTier(level: EducationLevel): number {
  return EDUCATION_INFO[level].tier;
}

/** Whether `held` counts as at least `required` (tier comparison, see EDUCATION_LEVELS). */
export function educationAtLeast(held: EducationLevel, required: EducationLevel): boolean {
  return educationTier(held) >= educationTier(required);
}

/** The level at which an honor or an innovation award was granted. */
export const AWARD_LEVELS = ['enterprise', 'city', 'provincial', 'national'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_INFO: Readonly<Record<AwardLevel, { order: number; labelZh: string; labelEn: string }>> = Object.freeze({
  enterprise: { order: 0, labelZh: '企业级', labelEn: 'Enterprise' },
  city: { order: 1, labelZh: '市级', labelEn: 'City' },
  provincial: { order: 2, labelZh: '省部级', labelEn: 'Provincial / ministerial' },
  national: { order: 3, labelZh: '国家级', labelEn: 'National' },
});

export function isAwardLevel(value: unknown): value is AwardLevel {
  return typeof value === 'string' && (AWARD_LEVELS as readonly string[]).includes(value);
}

export function awardLevelOrder(level: AwardLevel): number {
  return AWARD_LEVEL_INFO[level].order;
}

/** Graded skill competitions. Tiers are not ordered: a route names every tier it accepts. */
export const COMPETITION_TIERS = ['national', 'provincial', 'city_class_1', 'city_class_2', 'enterprise'] as const;
export type CompetitionTier = (typeof COMPETITION_TIERS)[number];

export const COMPETITION_TIER_LABELS: Readonly<Record<CompetitionTier, string>> = Object.freeze({
  national: '国家级',
  provincial: '省级',
  city_class_1: '市级一类',
  city_class_2: '市级二类',
  enterprise: '企业级',
});

export function isCompetitionTier(value: unknown): value is CompetitionTier {
  return typeof value === 'string' && (COMPETITION_TIERS as readonly string[]).includes(value);
}

/** The honor and innovation vocabulary belongs to the worker record; the engine reads the same codes. */
export { HONOR_KIND_LABELS, INNOVATION_KIND_LABELS } from '@skill-ladder/workforce';
