import type { FieldError } from '@skill-ladder/platform';
import { LevelDefinition, Route, validateLevelDefinition } from '../eligibility';
import { DefaultedRank, nationalDefaultLevel } from '../reference/national-default-routes';
import { isRank, NATIONAL_RANKS, Rank, RANK_INFO, rankOrder } from '@skill-ladder/vocabulary';

/*
 * What a standard version says per level (docs/domain.md §3): the application routes, the assessment
 * components with their evaluator rules, and how long passed components carry over. Stored as
 * the `levels` JSONB array of a standard version, so everything here is plain data.
 */

export const COMPONENT_KINDS = ['theory', 'practical', 'comprehensive_review', 'performance_review', 'defense'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const COMPONENT_KIND_LABELS: Readonly<Record<ComponentKind, string>> = Object.freeze({
  theory: '理论知识考试 / Theory exam',
  practical: '技能考核 / Practical skills exam',
  comprehensive_review: '综合评审 / Comprehensive review',
  performance_review: '业绩评审 / Performance review',
  defense: '答辩 / Defense',
});

/** A weighted criterion of a review (评审要素). Weights are percentages adding up to 100. */
export interface RubricCriterion {
  code: string;
  label: string;
  weight: number;
}

export interface AssessmentComponent {
  kind: ComponentKind;
  /** zh-CN wording when the standard names the component its own way. */
  label?: string;
  maxScore: number;
  passMark: number;
  /** Share of the overall ranking score, in percent; a level's weights add up to 100. */
  weight: number;
  /** Evaluators (or, for the theory exam, proctors per room) at least. */
  minEvaluators: number;
  /** The evaluator count must be odd, so a panel cannot tie. */
  oddEvaluators: boolean;
  /** One evaluator for at most this many candidates; null: no ratio. */
  candidatesPerEvaluator: number | null;
  rubric?: RubricCriterion[];
}

export interface StandardLevel {
  rank: Rank;
  relatedOccupationCodes?: string[];
  /** 申报条件: alternatives, including 破格 and 以赛代评 routes (Route.kind). */
  routes: Route[];
  components: AssessmentComponent[];
  /** Years a passed component stays valid for a retake of the failed ones; 0: no carry-over. */
  carryOverYears: number;
}

export interface EvaluatorRule {
  min: number;
  odd: boolean;
  /** The largest candidates-per-evaluator ratio allowed; null: none applies. */
  maxCandidatesPerEvaluator: number | null;
}

/**
 * The national floor a standard may adapt but not go below (docs/domain.md §3): required components per
 * rank, a 60% pass mark, and the evaluator rules (practical ≥3 odd at 1:5, theory proctors ≥2
 * at 1:15, review committees ≥3 odd).
 */
export interface AssessmentFloor {
  minPassPercent: number;
  requiredComponents: Readonly<Record<Rank, readonly ComponentKind[]>>;
  evaluators: Readonly<Record<ComponentKind, EvaluatorRule>>;
}

const FLOOR: AssessmentFloor = {
  minPassPercent: 60,
  requiredComponents: {
    apprentice: [],
    L5: ['theory', 'practical'],
    L4: ['theory', 'practical'],
    L3: ['theory', 'practical'],
    L2: ['theory', 'practical', 'comprehensive_review'],
    L1: ['theory', 'practical', 'comprehensive_review'],
    special: ['performance_review', 'defense'],
    chief: ['performance_review', 'defense'],
  },
  evaluators: {
    theory: { min: 2, odd: false, maxCandidatesPerEvaluator: 15 },
    practical: { min: 3, odd: true, maxCandidatesPerEvaluator: 5 },
    comprehensive_review: { min: 3, odd: true, maxCandidatesPerEvaluator: null },
    performance_review: { min: 3, odd: true, maxCandidatesPerEvaluator: null },
    defense: { min: 3, odd: true, maxCandidatesPerEvaluator: null },
  },
};

export const NATIONAL_ASSESSMENT_FLOOR: Readonly<AssessmentFloor> = Object.freeze(FLOOR);

/**
 * The review rubric the notice asks for: innovation, on-site problem solving and contribution
 * weigh most, formal education weighs nothing (it stays listed so the choice is visible).
 */
export const DEFAULT_REVIEW_RUBRIC: readonly RubricCriterion[] = Object.freeze([
  { code: 'innovation', label: '技术创新能力', weight: 35 },
  { code: 'problem_solving', label: '解决现场生产难题能力', weight: 35 },
  { code: 'contribution', label: '业绩贡献', weight: 30 },
  { code: 'education', label: '学历', weight: 0 },
]);

/** National default weights; configuration, shown so a standard can change them. */
export function nationalDefaultComponents(rank: Rank): AssessmentComponent[] {
  const theory = (weight: number): AssessmentComponent => ({
    kind: 'theory', maxScore: 100, passMark: 60, weight, minEvaluators: 2, oddEvaluators: false, candidatesPerEvaluator: 15,
  });
  const practical = (weight: number): AssessmentComponent => ({
    kind: 'practical', maxScore: 100, passMark: 60, weight, minEvaluators: 3, oddEvaluators: true, candidatesPerEvaluator: 5,
  });
  const panel = (kind: ComponentKind, weight: number, rubric?: readonly RubricCriterion[]): AssessmentComponent => ({
    kind, maxScore: 100, passMark: 60, weight, minEvaluators: 3, oddEvaluators: true, candidatesPerEvaluator: null,
    ...(rubric ? { rubric: rubric.map((c) => ({ ...c })) } : {}),
  });
  switch (rank) {
    case 'apprentice':
      return [practical(100)];
    case 'L5':
    case 'L4':
    case 'L3':
      return [theory(30), practical(70)];
    case 'L2':
    case 'L1':
      return [theory(20), practical(50), panel('comprehensive_review', 30, DEFAULT_REVIEW_RUBRIC)];
    case 'special':
    case 'chief':
      return [panel('performance_review', 60, DEFAULT_REVIEW_RUBRIC), panel('defense', 40)];
  }
}

/** One passed component counts for a retake within a year, by default. */
export const DEFAULT_CARRY_OVER_YEARS = 1;

/** A level built from the national defaults: routes of docs/domain.md §3, standard components. */
export function nationalDefaultStandardLevel(rank: DefaultedRank): StandardLevel {
  return {
    rank,
    routes: nationalDefaultLevel(rank).routes,
    components: nationalDefaultComponents(rank),
    carryOverYears: DEFAULT_CARRY_OVER_YEARS,
  };
}

/** The five certificate levels, 五级 to 一级, as a national standard defines them. */
export function nationalDefaultStandardLevels(): StandardLevel[] {
  return NATIONAL_RANKS.map(nationalDefaultStandardLevel);
}

/** What the eligibility engine needs of a level of a standard for `occupationCode`. */
/**
 * The eligibility definition of a version's level, with copies of its routes; `copy = false`
 * shares them, for a caller that only evaluates a version it read for itself.
 */
export function toLevelDefinition(level: StandardLevel, occupationCode: string, copy = true): LevelDefinition {
  return {
    rank: level.rank,
    occupationCode,
    ...(level.relatedOccupationCodes ? { relatedOccupationCodes: [...level.relatedOccupationCodes] } : {}),
    routes: copy ? structuredClone(level.routes) : level.routes,
  };
}

export function sortLevels(levels: StandardLevel[]): StandardLevel[] {
  return [...levels].sort((a, b) => rankOrder(a.rank) - rankOrder(b.rank));
}

const LEVEL_KEYS = new Set(['rank', 'relatedOccupationCodes', 'routes', 'components', 'carryOverYears']);
const COMPONENT_KEYS = new Set(['kind', 'label', 'maxScore', 'passMark', 'weight', 'minEvaluators', 'oddEvaluators', 'candidatesPerEvaluator', 'rubric']);
const RUBRIC_KEYS = new Set(['code', 'label', 'weight']);
const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * Checks a version's `levels` before it is stored: shape, the eligibility routes (through
 * validateLevelDefinition), weights adding up to 100, and the national floor. Field paths are
 * rooted at `root`, e.g. `levels[2].components[1].passMark`. An empty list means valid.
 */
export function validateStandardLevels(input: unknown, root = 'levels'): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (!Array.isArray(input)) {
    add(root, 'isArray', '须为等级列表 / must be a list of levels');
    return errors;
  }
  if (input.length === 0) add(root, 'arrayNotEmpty', '至少定义一个等级 / define at least one level');
  const seen = new Set<Rank>();
  input.forEach((level: unknown, i: number) => {
    const at = `${root}[${i}]`;
    if (!isObject(level)) return add(at, 'isObject', '须为对象 / must be an object');
    for (const key of Object.keys(level)) if (!LEVEL_KEYS.has(key)) add(`${at}.${key}`, 'unknownField', '不支持的字段 / unknown field');
    if (isRank(level.rank)) {
      if (seen.has(level.rank)) add(`${at}.rank`, 'duplicate', `等级重复：${RANK_INFO[level.rank].labelZh} / duplicate rank`);
      seen.add(level.rank);
    }
    for (const issue of validateLevelDefinition({ rank: level.rank, relatedOccupationCodes: level.relatedOccupationCodes, routes: level.routes })) {
      add(issue.path ? `${at}.${issue.path}` : at, 'invalidDefinition', issue.message);
    }
    if (Array.isArray(level.routes) && level.routes.length === 0) add(`${at}.routes`, 'arrayNotEmpty', '至少一条申报路径 / at least one route');
    if (!isWholeNumber(level.carryOverYears, 0, 10)) add(`${at}.carryOverYears`, 'range', '成绩保留年限须为0–10的整数 / whole years 0–10');
    validateComponents(level.components, isRank(level.rank) ? level.rank : null, `${at}.components`, add);
  });
  if ((seen.has('special') || seen.has('chief')) && !seen.has('L1')) {
    add(root, 'specialWithoutL1', '特级技师、首席技师仅适用于设有一级/高级技师的职业 / special and chief tiers need an L1 level');
  }
  return errors;
}

function validateComponents(input: unknown, rank: Rank | null, at: string, add: (field: string, code: string, message: string) => void): void {
  if (!Array.isArray(input) || input.length === 0) return add(at, 'arrayNotEmpty', '至少一个考核项目 / at least one assessment component');
  const kinds = new Set<ComponentKind>();
  let weights = 0;
  input.forEach((component: unknown, i: number) => {
    const c = `${at}[${i}]`;
    if (!isObject(component)) return add(c, 'isObject', '须为对象 / must be an object');
    for (const key of Object.keys(component)) if (!COMPONENT_KEYS.has(key)) add(`${c}.${key}`, 'unknownField', '不支持的字段 / unknown field');
    const kind = (COMPONENT_KINDS as readonly unknown[]).includes(component.kind) ? (component.kind as ComponentKind) : null;
    if (!kind) add(`${c}.kind`, 'isIn', `须为 ${COMPONENT_KINDS.join(', ')} 之一 / unknown component kind`);
    else if (kinds.has(kind)) add(`${c}.kind`, 'duplicate', '考核项目重复 / duplicate component');
    else kinds.add(kind);
    if (component.label !== undefined && !isText(component.label, 100)) add(`${c}.label`, 'length', '名称须为1–100字 / 1–100 characters');
    const maxOk = isWholeNumber(component.maxScore, 1, 1000);
    if (!maxOk) add(`${c}.maxScore`, 'range', '满分须为1–1000的整数 / whole number 1–1000');
    if (typeof component.passMark !== 'number' || !Number.isFinite(component.passMark) || component.passMark < 0) {
      add(`${c}.passMark`, 'range', '合格分须为非负数 / must be a non-negative number');
    } else if (maxOk) {
      const max = component.maxScore as number;
      if (component.passMark > max) add(`${c}.passMark`, 'range', '合格分不得高于满分 / cannot exceed the maximum score');
      else if (component.passMark * 100 < NATIONAL_ASSESSMENT_FLOOR.minPassPercent * max) {
        add(`${c}.passMark`, 'belowNational', `合格分不得低于满分的${NATIONAL_ASSESSMENT_FLOOR.minPassPercent}% / below the national pass mark`);
      }
    }
    if (!isWholeNumber(component.weight, 0, 100)) add(`${c}.weight`, 'range', '权重须为0–100的整数（百分比） / whole percent 0–100');
    else weights += component.weight as number;
    if (!isWholeNumber(component.minEvaluators, 1, 99)) add(`${c}.minEvaluators`, 'range', '考评人数须为1–99的整数 / whole number 1–99');
    if (typeof component.oddEvaluators !== 'boolean') add(`${c}.oddEvaluators`, 'isBoolean', '须为 true 或 false / must be true or false');
    else if (component.oddEvaluators && isWholeNumber(component.minEvaluators, 1, 99) && (component.minEvaluators as number) % 2 === 0) {
      add(`${c}.minEvaluators`, 'oddCount', '要求奇数时最少人数须为奇数 / must be odd when an odd count is required');
    }
    const ratio = component.candidatesPerEvaluator;
    if (ratio !== null && !isWholeNumber(ratio, 1, 100)) add(`${c}.candidatesPerEvaluator`, 'range', '须为1–100的整数或 null / whole number 1–100 or null');
    if (kind) checkFloor(component, NATIONAL_ASSESSMENT_FLOOR.evaluators[kind], c, add);
    if (component.rubric !== undefined) validateRubric(component.rubric, `${c}.rubric`, add);
  });
  if (weights !== 100 && input.every((component) => isObject(component) && isWholeNumber(component.weight, 0, 100))) {
    add(at, 'weightsSum', `各项权重之和须为100，现为${weights} / weights must add up to 100`);
  }
  if (rank) {
    const missing = NATIONAL_ASSESSMENT_FLOOR.requiredComponents[rank].filter((kind) => !kinds.has(kind));
    if (missing.length > 0) {
      add(at, 'requiredComponents', `缺少考核项目：${missing.map((k) => COMPONENT_KIND_LABELS[k]).join('、')} / missing required components`);
    }
  }
}

function checkFloor(component: Record<string, unknown>, rule: EvaluatorRule, at: string, add: (field: string, code: string, message: string) => void): void {
  if (isWholeNumber(component.minEvaluators, 1, 99) && (component.minEvaluators as number) < rule.min) {
    add(`${at}.minEvaluators`, 'belowNational', `不得少于${rule.min}人 / national minimum is ${rule.min}`);
  }
  if (rule.odd && component.oddEvaluators === false) add(`${at}.oddEvaluators`, 'belowNational', '须为奇数 / the national rule requires an odd count');
  const max = rule.maxCandidatesPerEvaluator;
  if (max !== null) {
    const ratio = component.candidatesPerEvaluator;
    if (ratio === null || (isWholeNumber(ratio, 1, 100) && (ratio as number) > max)) {
      add(`${at}.candidatesPerEvaluator`, 'belowNational', `每名考评人员最多${max}名考生 / at most ${max} candidates per evaluator`);
    }
  }
}

function validateRubric(input: unknown, at: string, add: (field: string, code: string, message: string) => void): void {
  if (!Array.isArray(input) || input.length === 0) return add(at, 'arrayNotEmpty', '评审要素须为非空列表 / must be a non-empty list');
  const codes = new Set<string>();
  let sum = 0;
  let sumValid = true;
  input.forEach((criterion: unknown, i: number) => {
    const c = `${at}[${i}]`;
    if (!isObject(criterion)) {
      sumValid = false;
      return add(c, 'isObject', '须为对象 / must be an object');
    }
    for (const key of Object.keys(criterion)) if (!RUBRIC_KEYS.has(key)) add(`${c}.${key}`, 'unknownField', '不支持的字段 / unknown field');
    if (typeof criterion.code !== 'string' || !CODE.test(criterion.code)) add(`${c}.code`, 'matches', '代码须为小写字母、数字、下划线 / lowercase code');
    else if (codes.has(criterion.code)) add(`${c}.code`, 'duplicate', '评审要素重复 / duplicate criterion');
    else codes.add(criterion.code);
    if (!isText(criterion.label, 100)) add(`${c}.label`, 'length', '名称须为1–100字 / 1–100 characters');
    if (!isWholeNumber(criterion.weight, 0, 100)) {
      sumValid = false;
      add(`${c}.weight`, 'range', '权重须为0–100的整数 / whole percent 0–100');
    } else sum += criterion.weight as number;
  });
  if (sumValid && sum !== 100) add(at, 'weightsSum', `评审要素权重之和须为100，现为${sum} / weights must add up to 100`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isText(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}
