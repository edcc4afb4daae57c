import type { components } from '../../api/schema';

type Item = components['schemas']['QuestionItemResponseDto'];

export const ITEM_KIND_OPTIONS: { value: Item['kind']; label: string }[] = [
  { value: 'single_choice', label: '单项选择题' },
  { value: 'multiple_choice', label: '多项选择题' },
  { value: 'true_false', label: '判断题' },
  { value: 'fill_in', label: '填空题' },
  { value: 'short_answer', label: '简答题' },
];

export const ITEM_KIND_LABEL = Object.fromEntries(ITEM_KIND_OPTIONS.map((o) => [o.value, o.label])) as Record<Item['kind'], string>;

export const ITEM_STATUS_OPTIONS: { value: Item['status']; label: string }[] = [
  { value: 'draft', label: '待审核' },
  { value: 'reviewed', label: '已审核' },
  { value: 'active', label: '启用' },
  { value: 'retired', label: '停用' },
];

export const ITEM_STATUS_COLOR: Record<Item['status'], string> = { draft: 'gold', reviewed: 'blue', active: 'green', retired: 'default' };

type Rule = components['schemas']['BlueprintRuleDto'];

/** The points a set of rules adds up to, counted in tenths so 0.5-point items add exactly. */
export function totalPoints(rules: readonly (Partial<Rule> | undefined)[] | undefined): number {
  return (rules ?? []).reduce((sum, r) => sum + Math.round((r?.count ?? 0) * (r?.pointsEach ?? 0) * 10), 0) / 10;
}
