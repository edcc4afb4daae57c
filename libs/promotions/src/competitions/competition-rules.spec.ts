import { CompetitionRule, competitionRulesInForce, placedWithin, promotionFor } from './competition-rules';

let seq = 0;
const rule = (overrides: Partial<CompetitionRule>): CompetitionRule => ({
  id: `r${++seq}`,
  regionCode: '141100',
  tier: 'city_class_1',
  maxPlacing: 10,
  maxTopPercent: null,
  requiredRank: null,
  mode: 'target',
  targetRank: 'L2',
  maxRank: 'L1',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  ...overrides,
});

// Tianjin: city class-1 top 10 → 技师, or 高级技师 if already 技师; enterprise top 30% → one rank up to 高级工.
const tianjin = [
  rule({ id: 'to-L2' }),
  rule({ id: 'L2-to-L1', requiredRank: 'L2', targetRank: 'L1' }),
  rule({ id: 'enterprise', tier: 'enterprise', maxPlacing: null, maxTopPercent: 30, mode: 'one_up', targetRank: null, maxRank: 'L3' }),
];

describe('以赛代评 promotion', () => {
  it.each([
    ['a 高级工 placed 10th', 'city_class_1', 10, null, 'L3', 'to-L2', 'L2'],
    ['a 技师 placed 1st', 'city_class_1', 1, null, 'L2', 'L2-to-L1', 'L1'],
    ['a worker with no level placed 3rd', 'city_class_1', 3, null, null, 'to-L2', 'L2'],
    ['a 中级工 in the top 30% of an enterprise contest', 'enterprise', 3, 10, 'L4', 'enterprise', 'L3'],
    ['a 初级工 in the top 30%', 'enterprise', 30, 100, 'L5', 'enterprise', 'L4'],
  ] as const)('%s is promoted', (_who, tier, placing, fieldSize, current, ruleId, target) => {
    expect(promotionFor(tianjin, { tier, placing, fieldSize }, current)).toMatchObject({ promoted: true, ruleId, fromRank: current, targetRank: target });
  });

  it.each([
    ['placed 11th', 'city_class_1', 11, null, 'L3', '未达到晋级名次'],
    ['a 高级技师 (nothing above within the rules)', 'city_class_1', 1, null, 'L1', '不适用晋级规则'],
    ['a 高级工 beyond the one-up cap of an enterprise contest', 'enterprise', 1, 10, 'L3', '不适用晋级规则'],
    ['just outside the top 30%', 'enterprise', 4, 10, 'L4', '未达到晋级名次'],
    ['a tier without rules', 'national', 1, null, 'L3', '未设国家级竞赛'],
  ] as const)('%s is not', (_who, tier, placing, fieldSize, current, why) => {
    const decision = promotionFor(tianjin, { tier, placing, fieldSize }, current);
    expect(decision.promoted).toBe(false);
    expect(decision.explanation).toContain(why);
  });

  it('explains the promotion in zh-CN', () => {
    expect(promotionFor(tianjin, { tier: 'city_class_1', placing: 7, fieldSize: null }, 'L3').explanation).toBe('市级一类竞赛第7名（前10名），由三级/高级工晋升二级/技师');
  });

  it('top percent without a field size never matches', () => {
    expect(placedWithin({ maxPlacing: null, maxTopPercent: 30 }, { placing: 1, fieldSize: null })).toBe(false);
    expect(placedWithin({ maxPlacing: null, maxTopPercent: 30 }, { placing: 3, fieldSize: 10 })).toBe(true);
  });
});

describe('rules in force for a region', () => {
  const province = rule({ id: 'province', regionCode: '140000', targetRank: 'L3' });
  const city = rule({ id: 'city', regionCode: '141100' });
  const otherCity = rule({ id: 'taiyuan', regionCode: '140100', targetRank: 'L1' });
  const ended = rule({ id: 'ended', regionCode: '141100', tier: 'provincial', effectiveTo: '2025-12-31' });
  const all = [province, city, otherCity, ended];

  it('a city rule replaces the province’s for the same tier; other regions never apply', () => {
    expect(competitionRulesInForce(all, '141102', '2026-06-01').map((r) => r.id)).toEqual(['city']);
    expect(competitionRulesInForce(all, '140300', '2026-06-01').map((r) => r.id)).toEqual(['province']);
  });

  it('honours effective dates', () => {
    expect(competitionRulesInForce(all, '141102', '2025-12-31').map((r) => r.id).sort()).toEqual(['city', 'ended']);
    expect(competitionRulesInForce(all, '141102', '2023-12-31')).toEqual([]);
  });
});
