/**
 * How many evaluators a panel needs (docs/domain.md §3 evaluator rules): at least the minimum, enough
 * for the ratio of candidates per evaluator, and an odd count where required. National
 * defaults: practical exam ≥3, odd, 1:5; theory proctors ≥2 per room, 1:15; review committee
 * ≥3, odd. They are defaults: a standard or a campaign may set its own.
 */
export interface DrawRule {
  minEvaluators: number;
  /** The count must be odd (practical exams, review committees), so a vote cannot tie. */
  oddCount: boolean;
  /** Candidates one evaluator may take: 5 means 1 evaluator : 5 candidates. Null: no ratio. */
  candidatesPerEvaluator: number | null;
  /** Most candidates one evaluator may assess in all, current workload included. Null: no cap. */
  workloadCap: number | null;
}

export const NATIONAL_DEFAULT_DRAW_RULES: Readonly<Record<'practical' | 'theory' | 'review', DrawRule>> = Object.freeze({
  practical: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: 5, workloadCap: null },
  theory: { minEvaluators: 2, oddCount: false, candidatesPerEvaluator: 15, workloadCap: null },
  review: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: null, workloadCap: null },
});

export function assertValidRule(rule: DrawRule): void {
  if (!Number.isInteger(rule.minEvaluators) || rule.minEvaluators < 1) throw new RangeError('minEvaluators must be an integer ≥ 1');
  if (rule.candidatesPerEvaluator !== null && (!Number.isInteger(rule.candidatesPerEvaluator) || rule.candidatesPerEvaluator < 1)) {
    throw new RangeError('candidatesPerEvaluator must be an integer ≥ 1 or null');
  }
  if (rule.workloadCap !== null && (!Number.isInteger(rule.workloadCap) || rule.workloadCap < 1)) {
    throw new RangeError('workloadCap must be an integer ≥ 1 or null');
  }
}

/** Evaluators one panel needs to assess `candidateCount` candidates together. */
export function panelSize(candidateCount: number, rule: DrawRule): number {
  const forRatio = rule.candidatesPerEvaluator === null ? 0 : Math.ceil(candidateCount / rule.candidatesPerEvaluator);
  const size = Math.max(rule.minEvaluators, forRatio);
  return rule.oddCount && size % 2 === 0 ? size + 1 : size;
}

/**
 * The smallest panel sizes for `candidateCount` candidates split into `panels` panels, each with
 * at least one candidate, whose ratio capacity covers them all; null when there are fewer
 * candidates than panels. Growing the smallest panel first keeps the total minimal.
 */
export function panelSizesFor(candidateCount: number, panels: number, rule: DrawRule): number[] | null {
  if (panels < 1 || panels > candidateCount) return null;
  const sizes = Array.from({ length: panels }, () => panelSize(1, rule));
  const ratio = rule.candidatesPerEvaluator;
  if (ratio === null) return sizes;
  const step = rule.oddCount ? 2 : 1;
  while (sizes.reduce((sum, k) => sum + k * ratio, 0) < candidateCount) {
    sizes[sizes.indexOf(Math.min(...sizes))] += step;
  }
  return sizes;
}

/**
 * The fewest evaluators any split into panels can do with. Splitting can beat one panel when
 * the odd rule rounds up: 30 candidates at 1:5 need 7 in one panel but 3 + 3 in two.
 */
export function fewestEvaluators(candidateCount: number, rule: DrawRule): number {
  let best = Number.POSITIVE_INFINITY;
  for (let p = 1; p <= candidateCount; p++) {
    const sizes = panelSizesFor(candidateCount, p, rule);
    if (!sizes) break;
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total < best) best = total;
    if (p * panelSize(1, rule) >= best) break;
  }
  return best;
}
