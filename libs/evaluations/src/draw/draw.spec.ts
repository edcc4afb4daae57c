import { DrawCandidate, DrawInput, DrawOutcome, DrawSuccess, drawEvaluators, PoolEvaluator } from './draw';
import { DrawRule, NATIONAL_DEFAULT_DRAW_RULES, panelSize } from './panel-size';
import { mulberry32 } from './prng';
import { EVALUATION_RANKS, mayAssess } from './ranks';
import { PersonRelation } from './recusal';

const WELDER = '6-18-02-04';
const DAY = '2026-10-20';

const rule = (o: Partial<DrawRule> = {}): DrawRule => ({ ...NATIONAL_DEFAULT_DRAW_RULES.practical, ...o });
const evaluator = (id: string, o: Partial<PoolEvaluator> = {}): PoolEvaluator => ({
  profileId: id,
  personId: `person-${id}`,
  highestRank: 'L1',
  occupations: [WELDER],
  validFrom: '2024-01-01',
  validUntil: '2028-12-31',
  workload: 0,
  ...o,
});
const candidates = (n: number, targetRank: DrawCandidate['targetRank'] = 'L3', prefix = 'c'): DrawCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `${prefix}${String(i + 1).padStart(3, '0')}`, targetRank }));
const pool = (n: number, o: Partial<PoolEvaluator> = {}) => Array.from({ length: n }, (_, i) => evaluator(`e${i + 1}`, o));
const input = (o: Partial<DrawInput>): DrawInput => ({
  occupationCode: WELDER,
  assessmentDate: DAY,
  candidates: candidates(12),
  pool: pool(5),
  relations: [],
  declaredConflicts: [],
  rule: rule(),
  ...o,
});

/** Checks every rule of a successful draw independently of the implementation. */
function expectValidDraw(inp: DrawInput, outcome: DrawOutcome): asserts outcome is DrawSuccess {
  if (!outcome.ok) throw new Error(`expected a draw, got ${outcome.code}: ${outcome.message}`);
  const byId = new Map(inp.pool.map((e) => [e.profileId, e]));
  const target = new Map(inp.candidates.map((c) => [c.personId, c.targetRank]));
  const forbidden = new Set<string>();
  for (const r of inp.relations) {
    forbidden.add(`${r.personId}|${r.relatedPersonId}`);
    forbidden.add(`${r.relatedPersonId}|${r.personId}`);
  }
  const declared = new Set(inp.declaredConflicts.map((d) => `${d.profileId}|${d.personId}`));
  const seenEvaluators = new Set<string>();
  const seenCandidates: string[] = [];
  for (const panel of outcome.panels) {
    const n = panel.candidatePersonIds.length;
    const k = panel.evaluatorProfileIds.length;
    expect(n).toBeGreaterThan(0);
    expect(k).toBeGreaterThanOrEqual(inp.rule.minEvaluators);
    if (inp.rule.oddCount) expect(k % 2).toBe(1);
    if (inp.rule.candidatesPerEvaluator !== null) expect(k * inp.rule.candidatesPerEvaluator).toBeGreaterThanOrEqual(n);
    for (const id of panel.evaluatorProfileIds) {
      expect(seenEvaluators.has(id)).toBe(false);
      seenEvaluators.add(id);
      const e = byId.get(id)!;
      expect(e.occupations).toContain(inp.occupationCode);
      expect(e.validFrom <= inp.assessmentDate && inp.assessmentDate <= e.validUntil).toBe(true);
      if (inp.rule.workloadCap !== null) expect(e.workload + n).toBeLessThanOrEqual(inp.rule.workloadCap);
      for (const c of panel.candidatePersonIds) {
        expect(mayAssess(e.highestRank, target.get(c)!)).toBe(true);
        expect(e.personId).not.toBe(c);
        if (e.personId) expect(forbidden.has(`${e.personId}|${c}`)).toBe(false);
        expect(declared.has(`${id}|${c}`)).toBe(false);
      }
    }
    seenCandidates.push(...panel.candidatePersonIds);
  }
  expect(seenCandidates.sort()).toEqual(inp.candidates.map((c) => c.personId).sort());
  expect(outcome.evaluatorCount).toBe(seenEvaluators.size);
}

const panelOf = (outcome: DrawSuccess, candidate: string) => outcome.panels.find((p) => p.candidatePersonIds.includes(candidate))!;

describe('drawEvaluators: recusal', () => {
  /*
   * Six evaluators for two panels of three: e1 is c001's master and e2 its relative, e3 is
   * c002's direct supervisor and e4 c002's apprentice. One panel cannot avoid all of them, so
   * the draw must split, and the master and the relative do get drawn, just never for c001.
   */
  const relations: PersonRelation[] = [
    { personId: 'person-e1', relatedPersonId: 'c001', kind: 'master' },
    { personId: 'c001', relatedPersonId: 'person-e2', kind: 'relative' },
    { personId: 'person-e3', relatedPersonId: 'c002', kind: 'supervisor' },
    { personId: 'c002', relatedPersonId: 'person-e4', kind: 'master' },
  ];
  const split = input({ pool: pool(6), candidates: candidates(8), relations });

  it.each(Array.from({ length: 40 }, (_, i) => i * 7919 + 1))('seed %d never pairs an evaluator with their apprentice, master, relative or subordinate', (seed) => {
    const outcome = drawEvaluators(split, seed);
    expectValidDraw(split, outcome);
    expect(outcome.panels).toHaveLength(2);
    expect(panelOf(outcome, 'c001').evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e1']));
    expect(panelOf(outcome, 'c001').evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e2']));
    expect(panelOf(outcome, 'c002').evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e3']));
    expect(panelOf(outcome, 'c002').evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e4']));
    expect(outcome.evaluatorCount).toBe(6);
    expect(outcome.recusalsApplied).toBe(4);
  });

  it('prefers a single panel: the conflicted evaluators are simply left out when enough others remain', () => {
    const inp = input({ pool: pool(5), candidates: candidates(12), relations: relations.slice(0, 2) });
    for (let seed = 1; seed <= 30; seed++) {
      const outcome = drawEvaluators(inp, seed);
      expectValidDraw(inp, outcome);
      expect(outcome.panels).toHaveLength(1);
      expect(outcome.panels[0].evaluatorProfileIds).toHaveLength(3);
      expect(outcome.panels[0].evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e1']));
      expect(outcome.panels[0].evaluatorProfileIds).not.toEqual(expect.arrayContaining(['e2']));
    }
  });

  it('an evaluator who is also a candidate never assesses themself', () => {
    const inp = input({ pool: [...pool(6).slice(1), evaluator('e1', { personId: 'c001' })], candidates: candidates(4) });
    for (let seed = 1; seed <= 30; seed++) {
      const outcome = drawEvaluators(inp, seed);
      expectValidDraw(inp, outcome);
      expect(panelOf(outcome, 'c001').evaluatorProfileIds).not.toContain('e1');
    }
  });

  it('honours declared conflicts', () => {
    const inp = input({ pool: pool(3), candidates: candidates(2), declaredConflicts: [{ profileId: 'e2', personId: 'c002' }] });
    const outcome = drawEvaluators(inp, 5);
    expect(outcome).toMatchObject({ ok: false, code: 'NO_CONFLICT_FREE_PANEL', candidatePersonIds: ['c002'] });
  });

  it('fails with NO_CONFLICT_FREE_PANEL, naming the candidate, when the pool cannot avoid a master', () => {
    const inp = input({ pool: pool(3), relations: [{ personId: 'person-e3', relatedPersonId: 'c007', kind: 'master' }] });
    const outcome = drawEvaluators(inp, 11);
    expect(outcome).toMatchObject({ ok: false, code: 'NO_CONFLICT_FREE_PANEL', required: 3, candidatePersonIds: ['c007'] });
  });
});

describe('drawEvaluators: reproducibility', () => {
  const inp = input({ pool: pool(11), candidates: candidates(12) });

  it('the same seed gives the same draw, whatever the input order', () => {
    const a = drawEvaluators(inp, 20261020);
    const b = drawEvaluators({ ...inp, pool: [...inp.pool].reverse(), candidates: [...inp.candidates].reverse() }, 20261020);
    expect(b).toEqual(a);
    expect(a.seed).toBe(20261020);
  });

  it('different seeds give different draws (it is random within the rules)', () => {
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify((drawEvaluators(inp, seed) as DrawSuccess).panels)));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('without a seed it picks one and returns it, so the draw can be replayed', () => {
    const first = drawEvaluators(inp);
    expect(first.seed).toEqual(expect.any(Number));
    expect(drawEvaluators(inp, first.seed)).toEqual(first);
  });

  it('every evaluator of the pool gets drawn sometimes', () => {
    const drawn = new Set<string>();
    for (let seed = 0; seed < 60; seed++) (drawEvaluators(inp, seed) as DrawSuccess).panels[0].evaluatorProfileIds.forEach((id) => drawn.add(id));
    expect(drawn.size).toBe(11);
  });

  it.each([-1, 2 ** 32, 0.5])('refuses seed %p', (seed) => {
    expect(() => drawEvaluators(inp, seed)).toThrow(RangeError);
  });
});

describe('drawEvaluators: count, odd and ratio rules at their boundaries', () => {
  it.each([
    ['12 candidates at 1:5, min 3 → 3', 12, rule(), 3, [3]],
    ['15 candidates → still 3', 15, rule(), 3, [3]],
    ['16 candidates → 4, odd → 5', 16, rule(), 5, [5]],
    ['16 candidates, pool of 4 → too small (needs 5, two panels would need 6)', 16, rule(), 4, null],
    ['30 candidates, pool of 6 → two panels of 3 (one panel would need 7)', 30, rule(), 6, [3, 3]],
    ['30 candidates, pool of 7 → one panel of 7', 30, rule(), 7, [7]],
    ['theory 1:15, ≥2, even allowed: 30 candidates → 2', 30, NATIONAL_DEFAULT_DRAW_RULES.theory, 2, [2]],
    ['theory: 31 candidates → 3', 31, NATIONAL_DEFAULT_DRAW_RULES.theory, 5, [3]],
    ['min 4 with odd rule → 5', 3, rule({ minEvaluators: 4 }), 5, [5]],
    ['min 4 with odd rule, pool of 4 → too small', 3, rule({ minEvaluators: 4 }), 4, null],
    ['review committee, no ratio: 40 candidates → 3', 40, NATIONAL_DEFAULT_DRAW_RULES.review, 3, [3]],
  ])('%s', (_name, n, r, poolSize, expectedPanels) => {
    const inp = input({ candidates: candidates(n), pool: pool(poolSize), rule: r });
    const outcome = drawEvaluators(inp, 3);
    if (expectedPanels === null) {
      expect(outcome).toMatchObject({ ok: false, code: 'POOL_TOO_SMALL' });
    } else {
      expectValidDraw(inp, outcome);
      expect(outcome.panels.map((p) => p.evaluatorProfileIds.length)).toEqual(expectedPanels);
    }
  });
});

describe('drawEvaluators: failures name the constraint', () => {
  it('POOL_TOO_SMALL with the numbers: 2 evaluators for 12 candidates at min 3', () => {
    const outcome = drawEvaluators(input({ pool: pool(2) }), 1);
    expect(outcome).toMatchObject({
      ok: false,
      code: 'POOL_TOO_SMALL',
      required: 3,
      stages: { pool: 2, occupation: 2, validOnDate: 2, rankSufficient: 2, withinWorkload: 2 },
      candidatePersonIds: [],
    });
    expect(outcome.ok || outcome.message).toContain('至少需要 3 名考评员');
  });

  it('POOL_TOO_SMALL when evaluators exist but for another occupation', () => {
    const outcome = drawEvaluators(input({ pool: [...pool(2), ...pool(3, { occupations: ['6-18-01-01'] }).map((e) => ({ ...e, profileId: `x${e.profileId}` }))] }), 1);
    expect(outcome).toMatchObject({ ok: false, code: 'POOL_TOO_SMALL', stages: { pool: 5, occupation: 2 } });
  });

  it('LEVEL_TOO_LOW: candidates for 技师 (L2) and only two evaluators above 高级工', () => {
    const inp = input({ candidates: candidates(6, 'L2'), pool: [...pool(2), ...pool(3, { highestRank: 'L3' }).map((e) => ({ ...e, profileId: `low-${e.profileId}` }))] });
    const outcome = drawEvaluators(inp, 1);
    expect(outcome).toMatchObject({ ok: false, code: 'LEVEL_TOO_LOW', stages: { validOnDate: 5, rankSufficient: 2 } });
    expect(outcome.ok ? [] : outcome.candidatePersonIds).toHaveLength(6);
  });

  it('LEVEL_TOO_LOW names only the candidates whose target is out of reach', () => {
    const inp = input({
      candidates: [...candidates(4, 'L4'), { personId: 'senior', targetRank: 'L1' }],
      pool: [...pool(2, { highestRank: 'L1' }), ...pool(3, { highestRank: 'L2' }).map((e) => ({ ...e, profileId: `mid-${e.profileId}` }))],
    });
    expect(drawEvaluators(inp, 1)).toMatchObject({ ok: false, code: 'LEVEL_TOO_LOW', candidatePersonIds: ['senior'] });
  });

  it.each(EVALUATION_RANKS.map((held, i) => [held, EVALUATION_RANKS[i + 1] ?? null] as const))(
    'an evaluator holding %s may assess that rank and not %s',
    (held, above) => {
      const ok = input({ candidates: candidates(1, held), pool: pool(3, { highestRank: held }) });
      expectValidDraw(ok, drawEvaluators(ok, 1));
      if (above) expect(drawEvaluators({ ...ok, candidates: candidates(1, above) }, 1)).toMatchObject({ ok: false, code: 'LEVEL_TOO_LOW' });
    },
  );

  it.each([
    ['valid until the assessment day itself', { validUntil: DAY }, true],
    ['expired the day before', { validUntil: '2026-10-19' }, false],
    ['valid from the assessment day itself', { validFrom: DAY }, true],
    ['valid only from the next day', { validFrom: '2026-10-21' }, false],
  ])('qualification %s', (_name, validity, expected) => {
    const inp = input({ pool: [...pool(2), evaluator('e9', validity)] });
    const outcome = drawEvaluators(inp, 1);
    if (expected) expectValidDraw(inp, outcome);
    else expect(outcome).toMatchObject({ ok: false, code: 'QUALIFICATION_NOT_VALID', stages: { occupation: 3, validOnDate: 2 } });
  });

  it('WORKLOAD_CAP: three evaluators with 5 candidates each already, a cap of 10 and 12 new candidates', () => {
    const outcome = drawEvaluators(input({ pool: pool(3, { workload: 5 }), rule: rule({ workloadCap: 10 }) }), 1);
    expect(outcome).toMatchObject({ ok: false, code: 'WORKLOAD_CAP' });
  });

  it('the workload cap splits candidates into panels when the pool allows', () => {
    const inp = input({ pool: pool(6), rule: rule({ workloadCap: 8 }) });
    const outcome = drawEvaluators(inp, 1);
    expectValidDraw(inp, outcome);
    expect(outcome.panels).toHaveLength(2);
    expect(outcome.panels.every((p) => p.candidatePersonIds.length <= 8)).toBe(true);
  });

  it('an evaluator at the cap is left out, one with room is drawn', () => {
    const inp = input({ pool: [...pool(3), evaluator('busy', { workload: 20 })], rule: rule({ workloadCap: 30 }) });
    for (let seed = 0; seed < 20; seed++) {
      const outcome = drawEvaluators(inp, seed);
      expectValidDraw(inp, outcome);
      expect(outcome.panels[0].evaluatorProfileIds).not.toContain('busy');
    }
  });
});

describe('drawEvaluators: finds a draw whenever one exists (exhaustive check on small cases)', () => {
  /** Every partition of candidates into panels, each panel seated from disjoint evaluators: true if any works. */
  function existsByBruteForce(inp: DrawInput): boolean {
    const cands = inp.candidates;
    const forbidden = new Set(inp.relations.flatMap((r) => [`${r.personId}|${r.relatedPersonId}`, `${r.relatedPersonId}|${r.personId}`]));
    const fits = (e: PoolEvaluator, c: DrawCandidate, load: number) =>
      e.occupations.includes(inp.occupationCode) &&
      e.validFrom <= inp.assessmentDate && inp.assessmentDate <= e.validUntil &&
      mayAssess(e.highestRank, c.targetRank) &&
      e.personId !== c.personId && !forbidden.has(`${e.personId}|${c.personId}`) &&
      (inp.rule.workloadCap === null || e.workload + load <= inp.rule.workloadCap);
    const seat = (groups: DrawCandidate[][], used: Set<string>): boolean => {
      if (groups.length === 0) return true;
      const [group, ...rest] = groups;
      const need = panelSize(group.length, inp.rule);
      const options = inp.pool.filter((e) => !used.has(e.profileId) && group.every((c) => fits(e, c, group.length)));
      const choose = (from: number, picked: string[]): boolean => {
        if (picked.length === need) return seat(rest, new Set([...used, ...picked]));
        for (let i = from; i < options.length; i++) if (choose(i + 1, [...picked, options[i].profileId])) return true;
        return false;
      };
      return choose(0, []);
    };
    const partitions = (i: number, groups: DrawCandidate[][]): boolean => {
      if (i === cands.length) return seat(groups, new Set());
      for (let g = 0; g < groups.length; g++) {
        if (partitions(i + 1, groups.map((grp, j) => (j === g ? [...grp, cands[i]] : grp)))) return true;
      }
      return partitions(i + 1, [...groups, [cands[i]]]);
    };
    return partitions(0, []);
  }

  it('agrees with brute force on 300 random small scenarios, and every draw it makes is valid', () => {
    const next = mulberry32(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    let feasible = 0;
    for (let scenario = 0; scenario < 300; scenario++) {
      const n = 1 + Math.floor(next() * 6);
      const size = 2 + Math.floor(next() * 6);
      const cands = Array.from({ length: n }, (_, i) => ({ personId: `c${i}`, targetRank: pick(['L4', 'L3', 'L2'] as const) }));
      const evaluators = Array.from({ length: size }, (_, i) =>
        evaluator(`e${i}`, { highestRank: pick(['L3', 'L2', 'L1'] as const), workload: pick([0, 0, 0, 2]), validUntil: pick(['2028-12-31', '2028-12-31', '2026-01-01']) }),
      );
      const relations: PersonRelation[] = [];
      for (const e of evaluators) for (const c of cands) if (next() < 0.2) relations.push({ personId: e.personId!, relatedPersonId: c.personId, kind: pick(['relative', 'supervisor', 'master'] as const) });
      const inp = input({
        candidates: cands,
        pool: evaluators,
        relations,
        rule: rule({ minEvaluators: pick([1, 2, 3]), oddCount: next() < 0.5, candidatesPerEvaluator: pick([1, 2, 5, null]), workloadCap: pick([null, 4, 6]) }),
      });
      const outcome = drawEvaluators(inp, scenario);
      const exists = existsByBruteForce(inp);
      if (exists) feasible++;
      expect({ scenario, ok: outcome.ok }).toEqual({ scenario, ok: exists });
      if (outcome.ok) expectValidDraw(inp, outcome);
    }
    expect(feasible).toBeGreaterThan(50);
    expect(feasible).toBeLessThan(280);
  });
});
