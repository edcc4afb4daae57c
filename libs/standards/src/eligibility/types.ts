import type { CompetitionTier } from './ladder';
import { type AwardLevel, type EducationLevel, type IsoDate, type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

/*
 * Eligibility rules are data: a level's application conditions (申报条件) are stored as JSON
 * (JSONB), so everything here is plain, serialisable objects.
 */

/** 常规申报 / 破格申报 / 以赛代评. */
export type RouteKind = 'standard' | 'exceptional' | 'competition';

export const ROUTE_KINDS: readonly RouteKind[] = ['standard', 'exceptional', 'competition'];

export const ROUTE_KIND_LABELS: Readonly<Record<RouteKind, string>> = Object.freeze({
  standard: '常规申报',
  exceptional: '破格申报',
  competition: '以赛代评',
});

/** Which occupations count: the standard's own (本职业), it or a related one (相关职业), or any. */
export type OccupationScope = 'same' | 'related' | 'any';

interface ConditionBase {
  /** zh-CN wording that replaces the generated sentence, for rules an enterprise words itself. */
  label?: string;
}

/** 年满N周岁 */
export interface MinAgeCondition extends ConditionBase {
  kind: 'min_age';
  years: number;
}

/** 从事本职业或相关职业工作满N年. `occupationCodes` defaults to the standard's occupation and its related ones. */
export interface YearsInOccupationCondition extends ConditionBase {
  kind: 'years_in_occupation';
  years: number;
  occupationCodes?: string[];
}

/** 在本职业或相关职业岗位工作 (now). `occupationCodes` defaults as for years_in_occupation. */
export interface WorkingInOccupationCondition extends ConditionBase {
  kind: 'working_in_occupation';
  occupationCodes?: string[];
}

/** 取得某等级证书满N年. A higher rank held for the years satisfies it too. */
export interface LevelHeldCondition extends ConditionBase {
  kind: 'level_held';
  rank: Rank;
  /** 0: holding it is enough. */
  years: number;
  occupationScope: OccupationScope;
}

/** 取得某级职称满N年. A higher grade satisfies it; `series` (any of) restricts the title series. */
export interface TitleHeldCondition extends ConditionBase {
  kind: 'title_held';
  grade: TitleGrade;
  years: number;
  series?: string[];
}

/** 学历（毕业证书）不低于X, compared by tier (see EDUCATION_LEVELS). */
export interface EducationMinCondition extends ConditionBase {
  kind: 'education_min';
  level: EducationLevel;
  /** Only technical-school / vocational qualifications count (技工院校、中专). */
  technicalSchoolOnly?: boolean;
  /** 本专业或相关专业 */
  relevantMajor?: boolean;
}

/** 学徒期满 */
export interface ApprenticeshipCompletedCondition extends ConditionBase {
  kind: 'apprenticeship_completed';
}

/** 培训学时: hours completed, optionally only those of the last `withinYears` years. */
export interface TrainingHoursCondition extends ConditionBase {
  kind: 'training_hours';
  hours: number;
  withinYears?: number;
}

/** 荣誉: one honor of the given kinds (any kind when omitted) at `minLevel` or above. */
export interface HonorCondition extends ConditionBase {
  kind: 'honor';
  kinds?: string[];
  minLevel?: AwardLevel;
}

/**
 * 竞赛成绩: one result in one of `tiers`, placed within `maxRank` or within the top
 * `maxTopPercent` percent (either bound suffices; at least one must be given).
 */
export interface CompetitionResultCondition extends ConditionBase {
  kind: 'competition_result';
  tiers: CompetitionTier[];
  maxRank?: number;
  maxTopPercent?: number;
  withinYears?: number;
}

/** 创新成果: patents, 五小 achievements, breakthroughs, contributions; optionally awarded at `minLevel` or above. */
export interface InnovationCondition extends ConditionBase {
  kind: 'innovation';
  minCount: number;
  kinds?: string[];
  minLevel?: AwardLevel;
}

/** 带徒传技: distinct mentees (徒弟) who reached `minRank` or above. */
export interface MenteesTrainedCondition extends ConditionBase {
  kind: 'mentees_trained';
  minCount: number;
  minRank?: Rank;
}

/** No credential obtained by a route of `routeKind` in the last `years` years (以赛代评 at most once a year). */
export interface RouteIntervalCondition extends ConditionBase {
  kind: 'route_interval';
  routeKind: RouteKind;
  years: number;
}

/** 满足下列条件之一. */
export interface AnyOfCondition extends ConditionBase {
  kind: 'any_of';
  conditions: Condition[];
}

export type Condition =
  | MinAgeCondition
  | YearsInOccupationCondition
  | WorkingInOccupationCondition
  | LevelHeldCondition
  | TitleHeldCondition
  | EducationMinCondition
  | ApprenticeshipCompletedCondition
  | TrainingHoursCondition
  | HonorCondition
  | CompetitionResultCondition
  | InnovationCondition
  | MenteesTrainedCondition
  | RouteIntervalCondition
  | AnyOfCondition;

export type ConditionKind = Condition['kind'];

/** One way to qualify: every condition must hold. */
export interface Route {
  /** Stable within a level, e.g. `L3-after-L4`. */
  code: string;
  kind: RouteKind;
  /** zh-CN */
  label: string;
  conditions: Condition[];
}

/** The application conditions (申报条件) of one level of one standard version. */
export interface LevelDefinition {
  rank: Rank;
  /** The standard's occupation (国家职业分类大典 code); defaults to the worker's occupation. */
  occupationCode?: string;
  /** Occupations the standard treats as related (相关职业); defaults to the worker's facts. */
  relatedOccupationCodes?: string[];
  /** Alternatives, in the order the standard lists them. */
  routes: Route[];
}

/** An optional id on a fact lets a report point back to the row it came from. */
interface FactBase {
  id?: string;
}

export interface CredentialFact extends FactBase {
  rank: Rank;
  occupationCode: string;
  /** The occupation's name, where the caller knows it: the report then names it instead of the code. */
  occupationName?: string;
  obtainedOn: IsoDate;
  /** The route it was obtained by, where known; route_interval conditions look at it. */
  obtainedVia?: RouteKind;
}

export interface TitleFact extends FactBase {
  grade: TitleGrade;
  series?: string;
  obtainedOn: IsoDate;
}

export interface EducationFact extends FactBase {
  level: EducationLevel;
  graduatedOn?: IsoDate;
  /** The major is the occupation's own or a related one (本专业或相关专业). */
  relevantMajor?: boolean;
}

export interface TrainingFact extends FactBase {
  hours: number;
  completedOn: IsoDate;
}

export interface HonorFact extends FactBase {
  kind: string;
  level: AwardLevel;
  awardedOn: IsoDate;
}

export interface CompetitionFact extends FactBase {
  tier: CompetitionTier;
  /** Placing, 1 = first. */
  rank: number;
  /** Placing as a share of the field, for contests ranked by percentile (企业内竞赛前30%). */
  topPercent?: number;
  date: IsoDate;
}

export interface InnovationFact extends FactBase {
  kind: string;
  date: IsoDate;
  /** Level of the award it received, if any. */
  level?: AwardLevel;
}

/** A mentee (徒弟) reaching a rank. Several facts for one mentee share `menteeId`. */
export interface MenteeFact extends FactBase {
  menteeId?: string;
  rank: Rank;
  reachedOn: IsoDate;
}

/**
 * What the engine knows about a worker. Facts dated after the evaluation date are treated as not
 * yet true then, and as becoming true on their date when projecting.
 */
export interface WorkerFacts {
  birthDate: IsoDate;
  /** The occupation the worker works in now. */
  occupationCode: string;
  /** Occupations related to it; used when the level is for this occupation and lists no related ones. */
  relatedOccupationCodes?: string[];
  /** Since when the worker has worked in that occupation (or a related one). */
  occupationStartedOn?: IsoDate;
  credentials: CredentialFact[];
  titles: TitleFact[];
  /** Every qualification held; the best fitting one is used. */
  education?: EducationFact[];
  apprenticeshipCompletedOn?: IsoDate;
  trainingRecords: TrainingFact[];
  honors: HonorFact[];
  competitionResults: CompetitionFact[];
  innovations: InnovationFact[];
  mentees?: MenteeFact[];
}

export type MeasureUnit = 'years' | 'hours' | 'count' | 'rank' | 'percent';

/** A required or actual value: machine-readable `value` plus a zh-CN `text`. */
export interface Measure {
  value: number | string | boolean | null;
  unit?: MeasureUnit;
  text: string;
}

export type FactSource =
  | 'birthDate'
  | 'occupation'
  | 'credentials'
  | 'titles'
  | 'education'
  | 'apprenticeship'
  | 'trainingRecords'
  | 'honors'
  | 'competitionResults'
  | 'innovations'
  | 'mentees';

/** Points at the fact a result rests on: `index` into the facts array of `source`, and its `id`. */
export interface EvidenceRef {
  source: FactSource;
  index?: number;
  id?: string;
  date?: IsoDate;
}

export interface ConditionResult {
  kind: ConditionKind;
  /** zh-CN sentence, e.g. 取得本职业或相关职业三级/高级工证书满5年 */
  label: string;
  required: Measure;
  actual: Measure;
  met: boolean;
  /**
   * Met: the date it was reached (on or before asOf; asOf when the evidence carries no date).
   * Not met: the date time alone will meet it, or null if time will not.
   */
  metOn: IsoDate | null;
  evidence: EvidenceRef[];
  /** For any_of: the alternatives, each explained. */
  anyOf?: ConditionResult[];
}

export interface RouteResult {
  code: string;
  kind: RouteKind;
  label: string;
  met: boolean;
  /**
   * Met: the latest of its conditions' dates (met since then).
   * Not met: the first date on which all its conditions will hold together by time alone, or null.
   */
  metOn: IsoDate | null;
  conditions: ConditionResult[];
}

export interface EligibilityReport {
  rank: Rank;
  asOf: IsoDate;
  eligible: boolean;
  /** The first route met, in definition order. */
  succeededRoute: string | null;
  /** asOf when eligible; else the earliest projected date of any route; null if time alone meets none. */
  earliestDate: IsoDate | null;
  /** The route that gives earliestDate (the first one on a tie). */
  earliestRoute: string | null;
  /** Every route, evaluated in full, in definition order. */
  routes: RouteResult[];
}
