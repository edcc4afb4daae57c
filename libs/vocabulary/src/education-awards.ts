/**
 * Two more scales a worker's record is written in, shared by the worker record (workforce) and
 * the eligibility rules (standards): education levels and the levels of honors and awards.
 */

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
