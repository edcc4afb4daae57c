import { Bitset } from './bitset';
import { assertValidRule, DrawRule, fewestEvaluators, panelSize, panelSizesFor } from './panel-size';
import { isSeed, mulberry32, randomSeed, shuffleInPlace } from './prng';
import { EvaluationRank, highestRank, isEvaluationRank, mayAssess } from './ranks';
import { DeclaredConflict, PersonRelation, recusals } from './recusal';
import { RANK_INFO, rankLabel } from '@skill-ladder/vocabulary';

/**
 * Recorded with every seed: a seed reproduces a draw only under the algorithm that made it, so
 * a change to the search below needs a new version name.
 */
export const DRAW_ALGORITHM = 'panels-v1';

export interface DrawCandidate {
  personId: string;
  targetRank: EvaluationRank;
}

export interface PoolEvaluator {
  profileId: string;
  personId: string | null;
  highestRank: EvaluationRank;
  occupations: readonly string[];
  /** Qualification validity, China business dates `YYYY-MM-DD`, both days included. */
  validFrom: string;
  validUntil: string;
  /** Candidates already assigned to this evaluator elsewhere, counted against the workload cap. */
  workload: number;
}

export interface DrawInput {
  occupationCode: string;
  /** The assessment date on which qualifications must be valid. */
  assessmentDate: string;
  candidates: readonly DrawCandidate[];
  pool: readonly PoolEvaluator[];
  relations: readonly PersonRelation[];
  declaredConflicts: readonly DeclaredConflict[];
  rule: DrawRule;
}

export const DRAW_FAILURE_CODES = ['POOL_TOO_SMALL', 'QUALIFICATION_NOT_VALID', 'LEVEL_TOO_LOW', 'WORKLOAD_CAP', 'NO_CONFLICT_FREE_PANEL'] as const;
export type DrawFailureCode = (typeof DRAW_FAILURE_CODES)[number];

/** How many evaluators survive each filter in turn; explains a failure in numbers. */
export interface PoolStages {
  pool: number;
  occupation: number;
  validOnDate: number;
  /** Of those, able to assess the highest target rank among the candidates. */
  rankSufficient: number;
  /** Of those, with room under the workload cap for at least one more candidate. */
  withinWorkload: number;
}

export interface DrawPanel {
  evaluatorProfileIds: string[];
  candidatePersonIds: string[];
}

export interface DrawSuccess {
  ok: true;
  seed: number;
  algorithm: string;
  panels: DrawPanel[];
  evaluatorCount: number;
  /** Evaluator–candidate pairings ruled out by recusal among the qualified evaluators. */
  recusalsApplied: number;
}

export interface DrawFailure {
  ok: false;
  seed: number;
  algorithm: string;
  /** The constraint that could not be met: the first whose relaxation would have made a draw possible. */
  code: DrawFailureCode;
  /** zh-CN first, English second. */
  message: string;
  /** The fewest evaluators the count, odd and ratio rules allow for these candidates. */
  required: number;
  stages: PoolStages;
  /** The candidates the failing constraint is about (for LEVEL_TOO_LOW and NO_CONFLICT_FREE_PANEL). */
  candidatePersonIds: string[];
}

export type DrawOutcome = DrawSuccess | DrawFailure;

/** Randomized restarts per panel count once one panel is not enough; bounded so a hopeless draw answers quickly. */
const ATTEMPTS_PER_PANEL_COUNT = 48;
const MAX_PANELS = 16;

type Constraint = 'conflicts' | 'workload' | 'rank' | 'validity';

/**
 * Draws evaluators for candidates: one panel if the rules allow, else the fewest panels that
 * keep every pairing free of conflicts. Within the constraints the choice is random, driven by
 * `seed` alone, so the same inputs and seed always give the same panels (input order does not
 * matter: candidates and pool are sorted by id first).
 */
export function drawEvaluators(input: DrawInput, seed: number = randomSeed()): DrawOutcome {
  if (!isSeed(seed)) throw new RangeError('seed must be an unsigned 32-bit integer');
  assertValidInput(input);
  const rule = input.rule;
  const candidates = [...input.candidates].sort((a, b) => compare(a.personId, b.personId));
  const pool = [...input.pool].sort((a, b) => compare(a.profileId, b.profileId));
  const recused = recusals(pool, candidates.map((c) => c.personId), input.relations, input.declaredConflicts);

  const qualifiedFor = (e: PoolEvaluator, c: DrawCandidate, relaxed: ReadonlySet<Constraint>) =>
    e.occupations.includes(input.occupationCode) &&
    (relaxed.has('validity') || (e.validFrom <= input.assessmentDate && input.assessmentDate <= e.validUntil)) &&
    (relaxed.has('rank') || mayAssess(e.highestRank, c.targetRank)) &&
    (relaxed.has('conflicts') || !recused.get(e.profileId)?.has(c.personId));
  const capacity = (e: PoolEvaluator, relaxed: ReadonlySet<Constraint>) =>
    rule.workloadCap === null || relaxed.has('workload') ? Number.POSITIVE_INFINITY : rule.workloadCap - e.workload;

  const run = (relaxed: ReadonlySet<Constraint>) =>
    searchPanels(
      candidates.map((c) => Bitset.of(pool.length, pool.flatMap((e, i) => (qualifiedFor(e, c, relaxed) ? [i] : [])))),
      pool.map((e) => capacity(e, relaxed)),
      rule,
      mulberry32(seed),
    );

  const found = run(new Set());
  if (found) {
    const ignoringConflicts = new Set<Constraint>(['conflicts']);
    const recusalsApplied = pool.reduce(
      (sum, e) => sum + candidates.filter((c) => recused.get(e.profileId)?.has(c.personId) && qualifiedFor(e, c, ignoringConflicts)).length,
      0,
    );
    return {
      ok: true,
      seed,
      algorithm: DRAW_ALGORITHM,
      panels: found.map((p) => ({
        evaluatorProfileIds: p.evaluators.map((i) => pool[i].profileId),
        candidatePersonIds: p.candidates.map((i) => candidates[i].personId),
      })),
      evaluatorCount: found.reduce((sum, p) => sum + p.evaluators.length, 0),
      recusalsApplied,
    };
  }

  const stages = poolStages(input, pool, candidates);
  const relaxations: [DrawFailureCode, Constraint[]][] = [
    ['NO_CONFLICT_FREE_PANEL', ['conflicts']],
    ['WORKLOAD_CAP', ['conflicts', 'workload']],
    ['LEVEL_TOO_LOW', ['conflicts', 'workload', 'rank']],
    ['QUALIFICATION_NOT_VALID', ['conflicts', 'workload', 'rank', 'validity']],
  ];
  const code = relaxations.find(([, relaxed]) => run(new Set(relaxed)) !== null)?.[0] ?? 'POOL_TOO_SMALL';
  const required = fewestEvaluators(candidates.length, rule);
  const minimumPanel = panelSize(1, rule);
  let about: string[] = [];
  if (code === 'NO_CONFLICT_FREE_PANEL') {
    const withRoom = (c: DrawCandidate) =>
      pool.filter((e) => qualifiedFor(e, c, new Set()) && capacity(e, new Set()) >= 1).length >= minimumPanel;
    const hopeless = candidates.filter((c) => !withRoom(c));
    about = (hopeless.length ? hopeless : candidates.filter((c) => pool.some((e) => recused.get(e.profileId)?.has(c.personId)))).map((c) => c.personId);
  } else if (code === 'LEVEL_TOO_LOW') {
    const top = highestRank(candidates.map((c) => c.targetRank));
    const short = candidates.filter((c) => pool.filter((e) => qualifiedFor(e, c, new Set(['conflicts']))).length < minimumPanel);
    about = (short.length ? short : candidates.filter((c) => c.targetRank === top)).map((c) => c.personId);
  }
  return {
    ok: false,
    seed,
    algorithm: DRAW_ALGORITHM,
    code,
    message: failureMessage(code, { required, stages, input, candidates }),
    required,
    stages,
    candidatePersonIds: about,
  };
}

interface Panel {
  evaluators: number[];
  candidates: number[];
}

/**
 * Tries one panel, then 2, 3, … panels with the smallest sizes the rules allow for that count,
 * until the sizes alone exceed the evaluators available. For each count, candidates are placed
 * most-constrained first into the panel that keeps the most room, then evaluators are matched
 * to panel seats (bipartite matching, so no evaluator sits on two panels).
 */
function searchPanels(qualified: Bitset[], capacity: number[], rule: DrawRule, next: () => number): Panel[] | null {
  const n = qualified.length;
  const evaluatorCount = capacity.length;
  const withRoom = new Map<number, Bitset>();
  const roomFor = (load: number) => {
    let set = withRoom.get(load);
    if (!set) {
      set = Bitset.of(evaluatorCount, capacity.flatMap((c, i) => (c >= load ? [i] : [])));
      withRoom.set(load, set);
    }
    return set;
  };
  const eligible = qualified.map((q) => q.and(roomFor(1)));
  // A candidate no panel of the smallest size could take makes every split hopeless.
  if (eligible.some((q) => q.count() < panelSize(1, rule))) return null;
  const usable = eligible.reduce((acc, q) => acc.or(q), Bitset.empty(evaluatorCount)).count();
  // No panel can hold more candidates than its roomiest evaluator takes, which bounds the panel count from below.
  const roomiest = Math.max(...capacity);
  const fewestPanels = Number.isFinite(roomiest) ? Math.max(1, Math.ceil(n / roomiest)) : 1;

  // Not monotone in the panel count (odd rounding), so only the lower bound p × smallest panel stops the loop.
  for (let panels = fewestPanels; panels <= Math.min(n, MAX_PANELS) && panels * panelSize(1, rule) <= usable; panels++) {
    const sizes = panelSizesFor(n, panels, rule);
    if (!sizes || sizes.reduce((a, b) => a + b, 0) > usable) continue;
    const attempts = panels === 1 ? 1 : ATTEMPTS_PER_PANEL_COUNT;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const placed = placeCandidates(eligible, sizes, rule, roomFor, next);
      if (!placed) continue;
      const seated = seatEvaluators(placed, roomFor, evaluatorCount, next);
      if (seated) return seated.map((p) => ({ ...p, evaluators: p.evaluators.slice(0, panelSize(p.candidates.length, rule)) }));
    }
  }
  return null;
}

interface Forming {
  size: number;
  limit: number;
  candidates: number[];
  allowed: Bitset;
}

function placeCandidates(
  eligible: Bitset[],
  sizes: number[],
  rule: DrawRule,
  roomFor: (load: number) => Bitset,
  next: () => number,
): Forming[] | null {
  const evaluatorCount = eligible[0].size;
  const everyone = Bitset.of(evaluatorCount, Array.from({ length: evaluatorCount }, (_, i) => i));
  const panels: Forming[] = sizes.map((size) => ({
    size,
    limit: rule.candidatesPerEvaluator === null ? Number.POSITIVE_INFINITY : size * rule.candidatesPerEvaluator,
    candidates: [],
    allowed: everyone,
  }));
  const order = shuffleInPlace(eligible.map((_, i) => i), next).sort((a, b) => eligible[a].count() - eligible[b].count());
  for (const c of order) {
    let best = -1;
    let bestSlack = -1;
    let ties = 0;
    panels.forEach((panel, j) => {
      if (panel.candidates.length >= panel.limit) return;
      const slack = Bitset.countAnd(panel.allowed, eligible[c], roomFor(panel.candidates.length + 1)) - panel.size;
      if (slack < 0) return;
      if (slack > bestSlack) {
        [best, bestSlack, ties] = [j, slack, 1];
      } else if (slack === bestSlack && next() * ++ties < 1) {
        best = j;
      }
    });
    if (best < 0) return null;
    panels[best].candidates.push(c);
    panels[best].allowed = panels[best].allowed.and(eligible[c]);
  }
  return panels.filter((p) => p.candidates.length > 0);
}

/** Kuhn's augmenting paths over panel seats; each panel's evaluators are tried in a shuffled order. */
function seatEvaluators(panels: Forming[], roomFor: (load: number) => Bitset, evaluatorCount: number, next: () => number): Panel[] | null {
  const options = panels.map((p) => shuffleInPlace(p.allowed.and(roomFor(p.candidates.length)).members(), next));
  const seats = panels
    .flatMap((p, j) => Array.from({ length: p.size }, () => j))
    .sort((a, b) => options[a].length - options[b].length);
  const seatOf = new Int32Array(evaluatorCount).fill(-1);
  const augment = (seat: number, visited: Uint8Array): boolean => {
    for (const e of options[seats[seat]]) {
      if (visited[e]) continue;
      visited[e] = 1;
      if (seatOf[e] < 0 || augment(seatOf[e], visited)) {
        seatOf[e] = seat;
        return true;
      }
    }
    return false;
  };
  for (let seat = 0; seat < seats.length; seat++) {
    if (!augment(seat, new Uint8Array(evaluatorCount))) return null;
  }
  const byPanel: number[][] = panels.map(() => []);
  const seated = Array.from(seatOf.entries()).filter(([, seat]) => seat >= 0).sort((a, b) => a[1] - b[1]);
  for (const [e, seat] of seated) byPanel[seats[seat]].push(e);
  return panels.map((p, j) => ({ evaluators: byPanel[j], candidates: [...p.candidates].sort((a, b) => a - b) }));
}

function poolStages(input: DrawInput, pool: PoolEvaluator[], candidates: DrawCandidate[]): PoolStages {
  const top = highestRank(candidates.map((c) => c.targetRank));
  const occupation = pool.filter((e) => e.occupations.includes(input.occupationCode));
  const valid = occupation.filter((e) => e.validFrom <= input.assessmentDate && input.assessmentDate <= e.validUntil);
  const ranked = valid.filter((e) => mayAssess(e.highestRank, top));
  const roomy = ranked.filter((e) => input.rule.workloadCap === null || input.rule.workloadCap - e.workload >= 1);
  return { pool: pool.length, occupation: occupation.length, validOnDate: valid.length, rankSufficient: ranked.length, withinWorkload: roomy.length };
}

function failureMessage(
  code: DrawFailureCode,
  { required, stages, input, candidates }: { required: number; stages: PoolStages; input: DrawInput; candidates: DrawCandidate[] },
): string {
  const occ = input.occupationCode;
  const top = highestRank(candidates.map((c) => c.targetRank));
  const [topZh, topEn] = [rankLabel(top), RANK_INFO[top].labelEnShort];
  switch (code) {
    case 'POOL_TOO_SMALL':
      return `考评员库人数不足：${candidates.length} 名考生按规则至少需要 ${required} 名考评员，可评 ${occ} 职业的仅 ${stages.occupation} 名 / ` +
        `The evaluator pool is too small: ${candidates.length} candidates need at least ${required} evaluators, ${stages.occupation} are qualified for ${occ}`;
    case 'QUALIFICATION_NOT_VALID':
      return `考评员资格在 ${input.assessmentDate} 有效的仅 ${stages.validOnDate} 名，至少需要 ${required} 名 / ` +
        `Only ${stages.validOnDate} evaluators hold a qualification valid on ${input.assessmentDate}; at least ${required} are needed`;
    case 'LEVEL_TOO_LOW':
      return `可评${topZh}的考评员不足：仅 ${stages.rankSufficient} 名，至少需要 ${required} 名 / ` +
        `Too few evaluators may assess ${topEn}: ${stages.rankSufficient} of the ${required} needed`;
    case 'WORKLOAD_CAP':
      return `考评员工作量上限（每人至多 ${input.rule.workloadCap} 名考生）使考评组无法组成 / ` +
        `The workload cap (${input.rule.workloadCap} candidates per evaluator) leaves too few evaluators to form the panels`;
    case 'NO_CONFLICT_FREE_PANEL':
      return `回避（本人、近亲属、上下级、师徒、申报回避）后无法组成符合规则的考评组 / ` +
        `No panels meet the rules once conflicts of interest (self, relatives, supervisors, master and apprentice, declared) are excluded`;
  }
}

function assertValidInput(input: DrawInput): void {
  assertValidRule(input.rule);
  if (input.candidates.length === 0) throw new RangeError('a draw needs at least one candidate');
  if (new Set(input.candidates.map((c) => c.personId)).size !== input.candidates.length) throw new RangeError('candidates must be distinct');
  if (new Set(input.pool.map((e) => e.profileId)).size !== input.pool.length) throw new RangeError('pool evaluators must be distinct');
  for (const c of input.candidates) if (!isEvaluationRank(c.targetRank)) throw new RangeError(`unknown target rank ${JSON.stringify(c.targetRank)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.assessmentDate)) throw new RangeError('assessmentDate must be YYYY-MM-DD');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
