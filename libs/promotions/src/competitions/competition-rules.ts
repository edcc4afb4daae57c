import { regionCovers, regionPrefix } from '@skill-ladder/platform';
import { COMPETITION_TIER_LABELS, CompetitionTier } from '@skill-ladder/standards';
import { CERTIFICATE_RANKS, CertificateRank } from '../common/labels';
import { compareDates, IsoDate, RANK_INFO, rankOrder } from '@skill-ladder/vocabulary';

/*
 * 以赛代评 (docs/domain.md §3): a ranked result in a graded competition promotes directly, by rules a
 * bureau sets for its region, e.g. Tianjin: city class-1 top 10 → 技师, or 高级技师 if already 技师;
 * enterprise contest top 30% → one rank up. Pure: rules and facts in, an explained answer out.
 */

export interface CompetitionRule {
  id: string;
  regionCode: string;
  tier: CompetitionTier;
  /** Placed within this rank (1 = first) … */
  maxPlacing: number | null;
  /** … or within this top share of the field; either bound suffices. */
  maxTopPercent: number | null;
  /** The rule applies only to holders of exactly this rank in the occupation; null: anyone. */
  requiredRank: CertificateRank | null;
  /** target: straight to `targetRank`; one_up: one rank above the current one, at most `maxRank`. */
  mode: 'target' | 'one_up';
  targetRank: CertificateRank | null;
  maxRank: CertificateRank;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

export interface PlacedResult {
  tier: CompetitionTier;
  placing: number;
  fieldSize: number | null;
}

export type PromotionDecision =
  | { promoted: true; ruleId: string; fromRank: CertificateRank | null; targetRank: CertificateRank; explanation: string }
  | { promoted: false; explanation: string };

/**
 * The rules that apply in `regionCode` on `on`: in force then, set by a bureau whose region
 * covers it; for each tier only the most local region's rules, which replace the wider ones.
 */
export function competitionRulesInForce(rules: readonly CompetitionRule[], regionCode: string, on: IsoDate): CompetitionRule[] {
  const applicable = rules.filter(
    (r) =>
      compareDates(r.effectiveFrom, on) <= 0 && (r.effectiveTo === null || compareDates(on, r.effectiveTo) <= 0) && regionCovers(r.regionCode, regionCode),
  );
  const best = new Map<CompetitionTier, number>();
  for (const r of applicable) best.set(r.tier, Math.max(best.get(r.tier) ?? 0, regionPrefix(r.regionCode).length));
  return applicable.filter((r) => regionPrefix(r.regionCode).length === best.get(r.tier));
}

export function placedWithin(rule: Pick<CompetitionRule, 'maxPlacing' | 'maxTopPercent'>, result: Pick<PlacedResult, 'placing' | 'fieldSize'>): boolean {
  if (rule.maxPlacing !== null && result.placing <= rule.maxPlacing) return true;
  if (rule.maxTopPercent !== null && result.fieldSize) {
    // placing / field ≤ p%, in whole hundredths of a percent so 30% of 10 admits the 3rd exactly.
    return result.placing * 10000 <= Math.round(rule.maxTopPercent * 100) * result.fieldSize;
  }
  return false;
}

function nextCertificateRank(current: CertificateRank | null): CertificateRank | null {
  if (current === null) return 'L5';
  return CERTIFICATE_RANKS[CERTIFICATE_RANKS.indexOf(current) + 1] ?? null;
}

function boundsText(rule: CompetitionRule): string {
  return [rule.maxPlacing !== null ? `前${rule.maxPlacing}名` : null, rule.maxTopPercent !== null ? `前${rule.maxTopPercent}%` : null]
    .filter((b): b is string => b !== null)
    .join('或');
}

/**
 * The promotion a result earns under `rules` (already resolved by competitionRulesInForce) for a
 * worker whose rank in the occupation is `current`: the highest rank any matching rule gives,
 * if it is above the current one.
 */
export function promotionFor(rules: readonly CompetitionRule[], result: PlacedResult, current: CertificateRank | null): PromotionDecision {
  const tierLabel = COMPETITION_TIER_LABELS[result.tier];
  const inTier = rules.filter((r) => r.tier === result.tier);
  if (inTier.length === 0) return { promoted: false, explanation: `本地区未设${tierLabel}竞赛以赛代评规则` };
  let best: { rule: CompetitionRule; target: CertificateRank } | null = null;
  for (const rule of inTier) {
    if (!placedWithin(rule, result)) continue;
    if (rule.requiredRank !== null && rule.requiredRank !== current) continue;
    const target = rule.mode === 'target' ? rule.targetRank : nextCertificateRank(current);
    if (target === null) continue;
    if (rule.mode === 'one_up' && rankOrder(target) > rankOrder(rule.maxRank)) continue;
    if (current !== null && rankOrder(target) <= rankOrder(current)) continue;
    if (!best || rankOrder(target) > rankOrder(best.target)) best = { rule, target };
  }
  const currentLabel = current ? RANK_INFO[current].labelZh : '无等级';
  if (!best) {
    const placed = inTier.some((r) => placedWithin(r, result));
    return {
      promoted: false,
      explanation: placed
        ? `${tierLabel}竞赛第${result.placing}名：现有等级（${currentLabel}）不适用晋级规则或已达可晋等级`
        : `${tierLabel}竞赛第${result.placing}名未达到晋级名次（${inTier.map(boundsText).join('；')}）`,
    };
  }
  return {
    promoted: true,
    ruleId: best.rule.id,
    fromRank: current,
    targetRank: best.target,
    explanation: `${tierLabel}竞赛第${result.placing}名（${boundsText(best.rule)}），由${currentLabel}晋升${RANK_INFO[best.target].labelZh}`,
  };
}
