import { AWARD_LEVELS, AwardLevel, EDUCATION_LEVELS, EducationLevel, HELD_RANKS, HeldRank, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

/**
 * Everything the platform knows about one worker, as other modules read it (the eligibility
 * engine, career paths, recusal). Dates are China business dates, `YYYY-MM-DD`.
 */
export const EMPLOYMENT_TYPES = ['regular', 'dispatched', 'outsourced', 'intern', 'apprentice'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  regular: '正式职工 / Regular employee',
  dispatched: '劳务派遣工 / Dispatched worker',
  outsourced: '劳务外包人员 / Outsourced worker',
  intern: '实习人员 / Intern',
  apprentice: '学徒 / Apprentice',
};

/** The ladder's scales, under the names the worker record has always used (defined once in @skill-ladder/vocabulary). */
export const CREDENTIAL_RANKS = HELD_RANKS;
export type CredentialRank = HeldRank;
export { TITLE_GRADES };
export type TitleGradeCode = TitleGrade;
export const AWARD_LEVEL_CODES = AWARD_LEVELS;
export type AwardLevelCode = AwardLevel;
export const EDUCATION_CODES = EDUCATION_LEVELS;
export type EducationCode = EducationLevel;

/** 荣誉: the kinds the eligibility routes (破格, 特级技师) recognize. */
export const HONOR_KIND_LABELS: Readonly<Record<string, string>> = Object.freeze({
  labour_model: '劳动模范',
  may_day_medal: '五一劳动奖章',
  craftsman: '工匠',
  technical_expert: '技术能手',
  skill_master: '技能大师',
  worker_pioneer: '工人先锋号',
  advanced_worker: '先进工作者',
});

/** 创新成果与贡献: the kinds the eligibility routes recognize. */
export const INNOVATION_KIND_LABELS: Readonly<Record<string, string>> = Object.freeze({
  patent_invention: '发明专利',
  patent_utility_model: '实用新型专利',
  five_small: '“五小”成果',
  process_breakthrough: '工艺技术攻关成果',
  quality_breakthrough: '质量攻关成果',
  technical_contribution: '重大技术贡献',
  craft_leadership: '技艺传承领军成果',
  standard_authored: '主持或参与制定标准',
});

export const RELATION_KINDS = ['relative', 'supervisor', 'master'] as const;
/** relative: 近亲属 (symmetric); supervisor: person supervises the related one; master: person is the related one's 师傅. */
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface EmploymentRecord {
  id: string;
  employerOrganizationId: string;
  workOrganizationId: string;
  employmentType: EmploymentType;
  occupationCode: string | null;
  occupationStartedOn: string | null;
  hiredOn: string;
  endedOn: string | null;
  jobTitle: string | null;
}

export interface CredentialRecord {
  id: string;
  occupationCode: string;
  workType: string | null;
  rank: CredentialRank;
  certificateNumber: string | null;
  issuedOn: string;
  issuerName: string;
  source: 'external' | 'issued' | 'appointed';
  /** ended: an appointed tier whose term ran out. */
  status: 'valid' | 'revoked' | 'ended';
}

export interface TitleRecord {
  id: string;
  series: string;
  grade: TitleGradeCode;
  titleName: string;
  obtainedOn: string;
  source: 'external' | 'recognized';
}

export interface HonorRecord {
  id: string;
  kind: string;
  level: AwardLevelCode;
  name: string;
  awardedOn: string;
}

export interface TrainingRecord {
  id: string;
  name: string;
  hours: number;
  completedOn: string;
}

export interface InnovationRecord {
  id: string;
  kind: string;
  title: string;
  level: AwardLevelCode | null;
  achievedOn: string;
}

export interface RelationRecord {
  id: string;
  kind: RelationKind;
  /** 'outgoing': this worker is the supervisor / master; 'incoming': the other is; relatives are both. */
  direction: 'outgoing' | 'incoming';
  otherPersonId: string;
  otherName: string;
}

export interface WorkerRecord {
  id: string;
  fullName: string;
  /** Always masked, e.g. 141102********1234. */
  idNumberMasked: string;
  birthDate: string;
  sex: 'male' | 'female';
  phone: string | null;
  education: EducationCode | null;
  graduatedOn: string | null;
  apprenticeshipCompletedOn: string | null;
  userId: string | null;
  employments: EmploymentRecord[];
  credentials: CredentialRecord[];
  titles: TitleRecord[];
  honors: HonorRecord[];
  trainings: TrainingRecord[];
  innovations: InnovationRecord[];
  relations: RelationRecord[];
}
