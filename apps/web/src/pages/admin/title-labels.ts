import type { components } from '../../api/schema';

type Mapping = components['schemas']['TitleMappingResponseDto'];

/** The title grades and the series open to skilled workers, as the API labels them in its answers. */
export const TITLE_GRADE_ZH: Record<Mapping['titleGrade'], string> = {
  junior: '助理级/初级',
  intermediate: '中级',
  deputy_senior: '副高级',
  senior: '正高级',
};

export const TITLE_SERIES_ZH: Record<string, string> = {
  engineering: '工程技术',
  agriculture: '农业技术',
  arts_crafts: '工艺美术',
  cultural_relics: '文物博物',
  laboratory: '实验技术',
  art: '艺术',
  sport: '体育',
  technical_school_teacher: '技工院校教师',
};

export const DIRECTION_ZH: Record<Mapping['direction'], string> = {
  skill_to_title: '技能等级 → 职称',
  title_to_skill: '职称 → 技能等级',
};

/** The fields of an edit that differ from the rule as it stands (a rule in force refuses changes to its terms, even unchanged ones). */
export function changedFields<A extends object>(before: object, after: A): Partial<A> {
  const changed: Partial<A> = {};
  const was = before as Record<string, unknown>;
  for (const key of Object.keys(after) as (keyof A & string)[]) {
    const value = after[key];
    const normalized = typeof value === 'string' && value.trim() === '' ? null : value;
    if (normalized === undefined || normalized === (was[key] ?? null)) continue;
    changed[key] = (normalized ?? undefined) as A[typeof key];
  }
  return changed;
}
