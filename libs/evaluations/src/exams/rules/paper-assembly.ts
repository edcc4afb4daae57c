import { fromScaled, toScaled } from '@skill-ladder/vocabulary';
import { mulberry32, shuffleInPlace } from '../../draw/prng';
import { ITEM_KINDS, ItemKind, isItemKind } from './item-kinds';
import { POINT_PLACES } from './item-scoring';

/**
 * Recorded with every paper's seed: a seed reproduces a paper only under the algorithm that made
 * it, so a change below needs a new version name.
 */
export const PAPER_ALGORITHM = 'paper-v1';
/** A theory paper totals 100 points; the standard's pass mark (60) applies to it. */
export const PAPER_TOTAL = 100;
export const DEFAULT_PASS_MARK = 60;

/** 组卷规则: how many items of a knowledge point, kind and difficulty, and their points. */
export interface BlueprintRule {
  /** The code of a knowledge point in the standard's 理论知识 outline. */
  knowledgePoint: string;
  kind: ItemKind;
  /** 1 (easiest) to 5; `null` takes items of any difficulty. */
  difficulty: number | null;
  count: number;
  pointsEach: number;
}

export interface Blueprint {
  rules: readonly BlueprintRule[];
  passMark: number;
}

export interface BlueprintProblem {
  /** Field path in the blueprint, e.g. `rules[2].count`. */
  field: string;
  code: 'TOTAL_NOT_100' | 'PASS_MARK_OUT_OF_RANGE' | 'NO_RULES' | 'COUNT_INVALID' | 'POINTS_INVALID' | 'DIFFICULTY_INVALID' | 'KIND_INVALID' | 'KNOWLEDGE_POINT_MISSING' | 'DUPLICATE_RULE';
  message: string;
}

export const MAX_ITEMS_PER_RULE = 200;

/** Everything wrong with a blueprint, in field order; an empty list means it can be used. */
export function validateBlueprint(blueprint: Blueprint): BlueprintProblem[] {
  const problems: BlueprintProblem[] = [];
  if (!(blueprint.passMark > 0 && blueprint.passMark <= PAPER_TOTAL)) {
    problems.push({ field: 'passMark', code: 'PASS_MARK_OUT_OF_RANGE', message: `及格分应在 0 到 ${PAPER_TOTAL} 之间` });
  }
  if (blueprint.rules.length === 0) problems.push({ field: 'rules', code: 'NO_RULES', message: '组卷规则至少一条' });
  const seen = new Map<string, number>();
  let total = 0n;
  let totalKnown = true;
  blueprint.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (rule.knowledgePoint.trim() === '') problems.push({ field: `${at}.knowledgePoint`, code: 'KNOWLEDGE_POINT_MISSING', message: '请填写知识点' });
    if (!isItemKind(rule.kind)) problems.push({ field: `${at}.kind`, code: 'KIND_INVALID', message: '题型无效' });
    if (rule.difficulty !== null && !(Number.isInteger(rule.difficulty) && rule.difficulty >= 1 && rule.difficulty <= 5)) {
      problems.push({ field: `${at}.difficulty`, code: 'DIFFICULTY_INVALID', message: '难度应为 1 到 5 的整数，或不限' });
    }
    const countValid = Number.isInteger(rule.count) && rule.count >= 1 && rule.count <= MAX_ITEMS_PER_RULE;
    if (!countValid) problems.push({ field: `${at}.count`, code: 'COUNT_INVALID', message: `题量应为 1 到 ${MAX_ITEMS_PER_RULE} 的整数` });
    const points = pointsOf(rule.pointsEach);
    if (points === null) problems.push({ field: `${at}.pointsEach`, code: 'POINTS_INVALID', message: '每题分值应大于 0，最多一位小数' });
    if (countValid && points !== null) total += points * BigInt(rule.count);
    else totalKnown = false;
    const identity = `${rule.knowledgePoint}\u0000${rule.kind}\u0000${rule.difficulty ?? '*'}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) problems.push({ field: at, code: 'DUPLICATE_RULE', message: `与第 ${earlier + 1} 条规则的知识点、题型、难度相同` });
    else seen.set(identity, i);
  });
  const expected = toScaled(PAPER_TOTAL, POINT_PLACES, 'paper total');
  if (totalKnown && blueprint.rules.length > 0 && total !== expected) {
    problems.push({ field: 'rules', code: 'TOTAL_NOT_100', message: `总分应为 ${PAPER_TOTAL} 分，现为 ${fromScaled(total, POINT_PLACES)} 分` });
  }
  return problems;
}

function pointsOf(value: number): bigint | null {
  try {
    const scaled = toScaled(value, POINT_PLACES, 'points');
    return scaled > 0n ? scaled : null;
  } catch {
    return null;
  }
}

/** What paper assembly needs of an active bank item. */
export interface BankItemRef {
  id: string;
  knowledgePoint: string;
  kind: ItemKind;
  difficulty: number;
}

export interface Shortfall {
  ruleIndex: number;
  knowledgePoint: string;
  kind: ItemKind;
  difficulty: number | null;
  needed: number;
  available: number;
}

/**
 * Rules with a difficulty take their items first, then rules without one take from what is left
 * of their knowledge point and kind. No item serves two rules. This order is also optimal: a
 * rule with a difficulty can use nothing else, so giving it first never starves another rule.
 */
function allocationOrder(blueprint: Blueprint): number[] {
  return blueprint.rules.map((_, i) => i).sort((a, b) => Number(blueprint.rules[a].difficulty === null) - Number(blueprint.rules[b].difficulty === null) || a - b);
}

const matches = (rule: BlueprintRule, item: BankItemRef) =>
  item.knowledgePoint === rule.knowledgePoint && item.kind === rule.kind && (rule.difficulty === null || item.difficulty === rule.difficulty);

/** The rules the bank cannot satisfy, with how many items are short; empty when it can. */
export function shortfalls(blueprint: Blueprint, bank: readonly BankItemRef[]): Shortfall[] {
  const used = new Set<string>();
  const short: Shortfall[] = [];
  for (const i of allocationOrder(blueprint)) {
    const rule = blueprint.rules[i];
    const candidates = bank.filter((item) => !used.has(item.id) && matches(rule, item));
    candidates.slice(0, rule.count).forEach((item) => used.add(item.id));
    if (candidates.length < rule.count) {
      short.push({ ruleIndex: i, knowledgePoint: rule.knowledgePoint, kind: rule.kind, difficulty: rule.difficulty, needed: rule.count, available: candidates.length });
    }
  }
  return short.sort((a, b) => a.ruleIndex - b.ruleIndex);
}

export interface PaperItem {
  itemId: string;
  kind: ItemKind;
  points: number;
  ruleIndex: number;
}

export class BlueprintNotSatisfiable extends Error {
  constructor(readonly shortfalls: Shortfall[]) {
    super(`the bank cannot satisfy ${shortfalls.length} rule(s) of the blueprint`);
  }
}

/**
 * One paper drawn from the bank under `seed`: the same seed, blueprint and bank give the same
 * paper whatever order the bank was read in. Items are listed by kind in the order a printed paper
 * uses (单选, 多选, 判断, 填空, 简答), shuffled within each kind.
 */
export function assemblePaper(blueprint: Blueprint, bank: readonly BankItemRef[], seed: number): PaperItem[] {
  const short = shortfalls(blueprint, bank);
  if (short.length > 0) throw new BlueprintNotSatisfiable(short);
  const next = mulberry32(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set<string>();
  const chosen: PaperItem[] = [];
  for (const i of allocationOrder(blueprint)) {
    const rule = blueprint.rules[i];
    const picked = shuffleInPlace(
      sorted.filter((item) => !used.has(item.id) && matches(rule, item)),
      next,
    ).slice(0, rule.count);
    for (const item of picked) {
      used.add(item.id);
      chosen.push({ itemId: item.id, kind: item.kind, points: rule.pointsEach, ruleIndex: i });
    }
  }
  return ITEM_KINDS.flatMap((kind) => shuffleInPlace(chosen.filter((item) => item.kind === kind), next));
}

/** Seats of an exam room, numbered from 0 row by row, `columns` to a row. */
export interface SeatGrid {
  seats: number;
  columns: number;
}

/** The seats next to `seat` that come before it: the one to its left in its row and the one in front. */
function earlierNeighbours(seat: number, grid: SeatGrid): number[] {
  const neighbours: number[] = [];
  if (seat % grid.columns !== 0) neighbours.push(seat - 1);
  if (seat >= grid.columns) neighbours.push(seat - grid.columns);
  return neighbours;
}

function assertGrid(grid: SeatGrid): void {
  if (!Number.isInteger(grid.seats) || grid.seats < 1) throw new RangeError(`a room needs at least one seat, got ${grid.seats}`);
  if (!Number.isInteger(grid.columns) || grid.columns < 1) throw new RangeError(`a row needs at least one seat, got ${grid.columns}`);
}

export interface SeatPaper {
  seat: number;
  /** The seed this seat's paper was drawn with (reproduces it with `assemblePaper`). */
  seed: number;
  items: PaperItem[];
}

export class PapersNotDistinct extends Error {
  constructor(readonly seat: number) {
    super(`no paper for seat ${seat} differs from its neighbours': the bank leaves too little choice`);
  }
}

const MAX_REDRAWS = 64;

/**
 * 千人千卷: a paper per seat, each from its own seed, the seeds drawn in turn from `baseSeed` so
 * the whole room is reproducible from one number. Seats side by side or one behind the other never
 * get the same paper (the same items in the same order); a seat whose draw repeats a neighbour's is
 * drawn again with the next seed, and a bank too small to make them differ is refused.
 */
export function drawSeatPapers(blueprint: Blueprint, bank: readonly BankItemRef[], baseSeed: number, grid: SeatGrid): SeatPaper[] {
  assertGrid(grid);
  const seeds = mulberry32(baseSeed);
  const nextSeed = () => Math.floor(seeds() * 2 ** 32);
  const papers: SeatPaper[] = [];
  const keys: string[] = [];
  for (let seat = 0; seat < grid.seats; seat++) {
    const taken = new Set(earlierNeighbours(seat, grid).map((n) => keys[n]));
    let attempt = 0;
    for (;;) {
      const seed = nextSeed();
      const items = assemblePaper(blueprint, bank, seed);
      const key = items.map((item) => item.itemId).join(',');
      if (!taken.has(key)) {
        papers.push({ seat, seed, items });
        keys.push(key);
        break;
      }
      if (++attempt >= MAX_REDRAWS) throw new PapersNotDistinct(seat);
    }
  }
  return papers;
}

/**
 * 卷库 (A/B… fixed papers): paper index per seat, alternating so that seats side by side or one
 * behind the other differ — (row + column) mod the number of papers. Needs at least two papers.
 */
export function assignFixedPapers(paperCount: number, grid: SeatGrid): number[] {
  assertGrid(grid);
  if (!Number.isInteger(paperCount) || paperCount < 2) throw new RangeError(`fixed papers need at least an A and a B paper, got ${paperCount}`);
  return Array.from({ length: grid.seats }, (_, seat) => (Math.floor(seat / grid.columns) + (seat % grid.columns)) % paperCount);
}

/** Paper labels as printed: A, B, C… */
export const paperLabel = (index: number) => String.fromCharCode(65 + index);
