/**
 * The skill ladder (新八级工, 人社部发〔2022〕14号) and the professional-title grades, defined once
 * for every lib. Codes are stable English identifiers stored in the database and in JSONB; labels
 * are zh-CN first, English second. See docs/domain.md §2 and §5.
 */

/** Every rung, lowest first. The database orders them with `skill_rank_order(rank)` (same numbers as `order`). */
export const RANKS = ['apprentice', 'L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'] as const;
export type Rank = (typeof RANKS)[number];

/** The five national levels that carry a certificate (职业技能等级证书), lowest first. */
export const NATIONAL_RANKS = ['L5', 'L4', 'L3', 'L2', 'L1'] as const;
export type NationalRank = (typeof NATIONAL_RANKS)[number];

/**
 * Every rank a worker may hold as a credential, lowest first: the national levels and the two
 * appointed tiers (学徒工 is not a credential). Also the ranks an evaluator may be qualified for.
 */
export const HELD_RANKS = ['L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'] as const;
export type HeldRank = (typeof HELD_RANKS)[number];

/** The digit a national certificate number carries for its level (人社鉴发〔2019〕2号). */
export type CertificateLevelDigit = 1 | 2 | 3 | 4 | 5;

export interface RankInfo {
  order: number;
  labelZh: string;
  labelEn: string;
  /** The short English name used after the Chinese one in bilingual labels (`五级/初级工 / Level 5`). */
  labelEnShort: string;
  /** National level 5..1; null for tiers outside the national certificate (学徒工, 特级技师, 首席技师). */
  certificateLevel: CertificateLevelDigit | null;
  /** 特级技师 and 首席技师 are appointments to a post (评聘) with a term, not only a certificate. */
  appointment: boolean;
}

export const RANK_INFO: Readonly<Record<Rank, RankInfo>> = Object.freeze({
  apprentice: { order: 0, labelZh: '学徒工', labelEn: 'Apprentice', labelEnShort: 'Apprentice', certificateLevel: null, appointment: false },
  L5: { order: 1, labelZh: '五级/初级工', labelEn: 'Level 5 / Junior worker', labelEnShort: 'Level 5', certificateLevel: 5, appointment: false },
  L4: { order: 2, labelZh: '四级/中级工', labelEn: 'Level 4 / Intermediate worker', labelEnShort: 'Level 4', certificateLevel: 4, appointment: false },
  L3: { order: 3, labelZh: '三级/高级工', labelEn: 'Level 3 / Senior worker', labelEnShort: 'Level 3', certificateLevel: 3, appointment: false },
  L2: { order: 4, labelZh: '二级/技师', labelEn: 'Level 2 / Technician', labelEnShort: 'Level 2', certificateLevel: 2, appointment: false },
  L1: { order: 5, labelZh: '一级/高级技师', labelEn: 'Level 1 / Senior technician', labelEnShort: 'Level 1', certificateLevel: 1, appointment: false },
  special: { order: 6, labelZh: '特级技师', labelEn: 'Principal technician', labelEnShort: 'Principal technician', certificateLevel: null, appointment: true },
  chief: { order: 7, labelZh: '首席技师', labelEn: 'Chief technician', labelEnShort: 'Chief technician', certificateLevel: null, appointment: true },
});

export function isRank(value: unknown): value is Rank {
  return typeof value === 'string' && (RANKS as readonly string[]).includes(value);
}

export function isNationalRank(value: unknown): value is NationalRank {
  return typeof value === 'string' && (NATIONAL_RANKS as readonly string[]).includes(value);
}

export function isHeldRank(value: unknown): value is HeldRank {
  return typeof value === 'string' && (HELD_RANKS as readonly string[]).includes(value);
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

/** The Chinese name as certificates print it: `三级/高级工`. */
export function rankLabel(rank: Rank): string {
  return RANK_INFO[rank].labelZh;
}

/** Chinese first, then the short English name: `三级/高级工 / Level 3`. */
export function rankLabelBilingual(rank: Rank): string {
  return `${RANK_INFO[rank].labelZh} / ${RANK_INFO[rank].labelEnShort}`;
}

/** 职称 grades, lowest first. 初级 covers 员级 and 助理级. */
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
