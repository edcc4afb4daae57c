import { ItemKind } from './item-kinds';
import { assemblePaper, assignFixedPapers, BankItemRef, Blueprint, BlueprintNotSatisfiable, drawSeatPapers, paperLabel, PapersNotDistinct, shortfalls, validateBlueprint } from './paper-assembly';

/** `n` items of a knowledge point, kind and difficulty, ids sortable and unique. */
function items(knowledgePoint: string, kind: ItemKind, difficulty: number, n: number): BankItemRef[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${knowledgePoint}-${kind}-${difficulty}-${String(i).padStart(3, '0')}`, knowledgePoint, kind, difficulty }));
}

const blueprint: Blueprint = {
  passMark: 60,
  rules: [
    { knowledgePoint: 'K1', kind: 'single_choice', difficulty: null, count: 20, pointsEach: 1 },
    { knowledgePoint: 'K1', kind: 'single_choice', difficulty: 4, count: 10, pointsEach: 1 },
    { knowledgePoint: 'K2', kind: 'multiple_choice', difficulty: null, count: 10, pointsEach: 2 },
    { knowledgePoint: 'K2', kind: 'true_false', difficulty: 2, count: 20, pointsEach: 0.5 },
    { knowledgePoint: 'K3', kind: 'short_answer', difficulty: null, count: 4, pointsEach: 10 },
  ],
};
const bank = [...items('K1', 'single_choice', 2, 30), ...items('K1', 'single_choice', 4, 12), ...items('K2', 'multiple_choice', 3, 15), ...items('K2', 'true_false', 2, 25), ...items('K3', 'short_answer', 3, 6)];

describe('validateBlueprint', () => {
  it('accepts a blueprint of 100 points with a pass mark of 60', () => {
    expect(validateBlueprint(blueprint)).toEqual([]);
  });

  it('names every problem with its field', () => {
    const problems = validateBlueprint({
      passMark: 0,
      rules: [
        { knowledgePoint: 'K1', kind: 'single_choice', difficulty: 6, count: 10, pointsEach: 1 },
        { knowledgePoint: ' ', kind: 'essay' as ItemKind, difficulty: null, count: 0, pointsEach: 0.25 },
        { knowledgePoint: 'K1', kind: 'single_choice', difficulty: 6, count: 10, pointsEach: 2 },
      ],
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['passMark', 'PASS_MARK_OUT_OF_RANGE'],
      ['rules[0].difficulty', 'DIFFICULTY_INVALID'],
      ['rules[1].knowledgePoint', 'KNOWLEDGE_POINT_MISSING'],
      ['rules[1].kind', 'KIND_INVALID'],
      ['rules[1].count', 'COUNT_INVALID'],
      ['rules[1].pointsEach', 'POINTS_INVALID'],
      ['rules[2].difficulty', 'DIFFICULTY_INVALID'],
      ['rules[2]', 'DUPLICATE_RULE'],
    ]);
  });

  it('says what the total is when it is not 100', () => {
    const [problem] = validateBlueprint({ passMark: 60, rules: [{ knowledgePoint: 'K1', kind: 'true_false', difficulty: null, count: 99, pointsEach: 1 }] });
    expect(problem).toMatchObject({ field: 'rules', code: 'TOTAL_NOT_100', message: '总分应为 100 分，现为 99 分' });
    expect(validateBlueprint({ passMark: 60, rules: [] }).map((p) => p.code)).toEqual(['NO_RULES']);
  });
});

describe('shortfalls', () => {
  it('is empty when the bank has enough of every rule', () => {
    expect(shortfalls(blueprint, bank)).toEqual([]);
  });

  it('counts items a rule with a difficulty took against the rule without one', () => {
    // K1 single choice: the difficulty-4 rule takes 10; the rule without a difficulty needs 20 more.
    const others = bank.filter((i) => i.knowledgePoint !== 'K1');
    const enough = [...items('K1', 'single_choice', 2, 19), ...items('K1', 'single_choice', 4, 11), ...others];
    expect(shortfalls(blueprint, enough)).toEqual([]);
    const oneShort = [...items('K1', 'single_choice', 2, 19), ...items('K1', 'single_choice', 4, 10), ...others];
    expect(shortfalls(blueprint, oneShort)).toEqual([{ ruleIndex: 0, knowledgePoint: 'K1', kind: 'single_choice', difficulty: null, needed: 20, available: 19 }]);
  });

  it('lists every short rule, with what is needed and what the bank has', () => {
    const small = [...bank.filter((i) => i.kind !== 'short_answer' && i.kind !== 'true_false'), ...items('K2', 'true_false', 2, 15), ...items('K2', 'true_false', 3, 9)];
    expect(shortfalls(blueprint, small)).toEqual([
      { ruleIndex: 3, knowledgePoint: 'K2', kind: 'true_false', difficulty: 2, needed: 20, available: 15 },
      { ruleIndex: 4, knowledgePoint: 'K3', kind: 'short_answer', difficulty: null, needed: 4, available: 0 },
    ]);
  });
});

describe('assemblePaper', () => {
  it('follows the blueprint: counts per rule, 100 points, kinds in printed order, no item twice', () => {
    const paper = assemblePaper(blueprint, bank, 12345);
    expect(paper).toHaveLength(64);
    expect(new Set(paper.map((i) => i.itemId)).size).toBe(64);
    expect(paper.reduce((sum, i) => sum + i.points * 10, 0) / 10).toBe(100);
    expect(paper.map((i) => i.kind).filter((k, i, all) => all.indexOf(k) === i)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'short_answer']);
    const perRule = blueprint.rules.map((_, r) => paper.filter((i) => i.ruleIndex === r).length);
    expect(perRule).toEqual([20, 10, 10, 20, 4]);
    const byId = new Map(bank.map((i) => [i.id, i]));
    expect(paper.filter((i) => i.ruleIndex === 1).every((i) => byId.get(i.itemId)?.difficulty === 4)).toBe(true);
  });

  it('gives the same paper for the same seed whatever order the bank is read in, another for another seed', () => {
    const first = assemblePaper(blueprint, bank, 7);
    expect(assemblePaper(blueprint, [...bank].reverse(), 7)).toEqual(first);
    expect(assemblePaper(blueprint, bank, 8).map((i) => i.itemId)).not.toEqual(first.map((i) => i.itemId));
  });

  it('refuses a bank that cannot satisfy the blueprint, saying what is short', () => {
    const withoutShortAnswers = bank.filter((i) => i.kind !== 'short_answer');
    expect(() => assemblePaper(blueprint, withoutShortAnswers, 1)).toThrow(BlueprintNotSatisfiable);
    try {
      assemblePaper(blueprint, withoutShortAnswers, 1);
    } catch (error) {
      expect((error as BlueprintNotSatisfiable).shortfalls).toEqual([{ ruleIndex: 4, knowledgePoint: 'K3', kind: 'short_answer', difficulty: null, needed: 4, available: 0 }]);
    }
  });
});

describe('drawSeatPapers (千人千卷)', () => {
  const grid = { seats: 30, columns: 6 };

  it('reproduces the whole room from one seed, and no two neighbouring seats share a paper', () => {
    const room = drawSeatPapers(blueprint, bank, 2026, grid);
    expect(room).toHaveLength(30);
    expect(drawSeatPapers(blueprint, [...bank].reverse(), 2026, grid)).toEqual(room);
    for (const { seat, seed, items: paper } of room) {
      expect(assemblePaper(blueprint, bank, seed)).toEqual(paper);
      const key = paper.map((i) => i.itemId).join();
      if (seat % grid.columns !== 0) expect(room[seat - 1].items.map((i) => i.itemId).join()).not.toBe(key);
      if (seat >= grid.columns) expect(room[seat - grid.columns].items.map((i) => i.itemId).join()).not.toBe(key);
    }
  });

  it('redraws a seat whose paper repeats a neighbour’s: with two possible papers the row alternates', () => {
    // One true/false rule of 2 items from a bank of exactly 2: the only papers are [a, b] and [b, a].
    const tiny: Blueprint = { passMark: 60, rules: [{ knowledgePoint: 'K', kind: 'true_false', difficulty: null, count: 2, pointsEach: 50 }] };
    const room = drawSeatPapers(tiny, items('K', 'true_false', 1, 2), 99, { seats: 6, columns: 6 });
    const orders = room.map((s) => s.items.map((i) => i.itemId).join());
    expect(new Set(orders).size).toBe(2);
    orders.slice(1).forEach((order, i) => expect(order).not.toBe(orders[i]));
  });

  it('refuses when the bank allows only one paper', () => {
    const single: Blueprint = { passMark: 60, rules: [{ knowledgePoint: 'K', kind: 'short_answer', difficulty: null, count: 1, pointsEach: 100 }] };
    expect(() => drawSeatPapers(single, items('K', 'short_answer', 1, 1), 1, { seats: 2, columns: 2 })).toThrow(PapersNotDistinct);
    expect(drawSeatPapers(single, items('K', 'short_answer', 1, 1), 1, { seats: 1, columns: 1 })).toHaveLength(1);
  });
});

describe('assignFixedPapers (卷库 A/B)', () => {
  it('alternates so seats side by side and one behind the other differ', () => {
    const papers = assignFixedPapers(2, { seats: 12, columns: 4 }).map(paperLabel);
    expect(papers.join('')).toBe('ABAB' + 'BABA' + 'ABAB');
    expect(assignFixedPapers(3, { seats: 6, columns: 3 }).map(paperLabel).join('')).toBe('ABC' + 'BCA');
  });

  it('needs at least two papers and a real room', () => {
    expect(() => assignFixedPapers(1, { seats: 4, columns: 2 })).toThrow(RangeError);
    expect(() => assignFixedPapers(2, { seats: 0, columns: 2 })).toThrow(RangeError);
  });
});
