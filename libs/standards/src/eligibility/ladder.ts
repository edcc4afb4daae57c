/**
 * The vocabulary eligibility rules are written in beyond the ladder itself: title series
 * and competition tiers. The ranks, title grades, education and award levels live in
 * @skill-ladder/vocabulary, shared by every lib. Codes are stable English identifiers stored in
 * JSONB; labels are zh-CN first, English second.
 */

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
