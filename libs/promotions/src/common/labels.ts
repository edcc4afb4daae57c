import { HELD_RANKS, HeldRank, NATIONAL_RANKS, NationalRank, Rank, RANK_INFO, TITLE_GRADE_INFO, TitleGrade } from '@skill-ladder/vocabulary';

/** 待遇: the management post a tier is treated as (管理岗位待遇). zh-CN first. */
export const POST_GRADES = ['grassroots_manager', 'middle_manager', 'deputy_general_manager', 'senior_manager'] as const;
export type PostGrade = (typeof POST_GRADES)[number];

export const POST_GRADE_LABELS: Readonly<Record<PostGrade, string>> = Object.freeze({
  grassroots_manager: '基层管理人员 / Grassroots manager',
  middle_manager: '中层干部 / Middle management',
  deputy_general_manager: '公司副总 / Deputy general manager',
  senior_manager: '高级管理人员 / Senior management',
});

export function rankLabelOf(rank: Rank | null): string {
  return rank ? RANK_INFO[rank].labelZh : '无职业技能等级';
}

export function titleGradeLabelOf(grade: TitleGrade | null): string | null {
  return grade ? TITLE_GRADE_INFO[grade].labelZh : null;
}

/** The five certificate levels and every held rank, lowest first (defined once in @skill-ladder/vocabulary). */
export const CERTIFICATE_RANKS = NATIONAL_RANKS;
export type CertificateRank = NationalRank;
export { HELD_RANKS, type HeldRank };
