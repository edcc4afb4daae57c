import type { MappingDirection } from '../title-mappings/title-options';
import { type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

export interface NationalTitleMapping {
  direction: MappingDirection;
  rank: Rank;
  titleSeries: string | null;
  titleGrade: TitleGrade;
  titleName: string;
  years: number;
  basis: string;
}

const BASIS = '人社部发〔2020〕96号';

/**
 * National defaults of docs/domain.md §5, in force from the first year after 人社部发〔2020〕96号. A
 * bureau adds rules for its region that replace these for the same step. 特级技师 → 正高级工程师
 * is a provincial rule (Shandong) and is left to the bureaus that adopt it.
 */
export const NATIONAL_TITLE_MAPPINGS_EFFECTIVE_FROM = '2021-01-01';

export const NATIONAL_TITLE_MAPPINGS: readonly NationalTitleMapping[] = Object.freeze([
  { direction: 'skill_to_title', rank: 'L3', titleSeries: 'engineering', titleGrade: 'junior', titleName: '助理工程师', years: 2, basis: BASIS },
  { direction: 'skill_to_title', rank: 'L2', titleSeries: 'engineering', titleGrade: 'intermediate', titleName: '工程师', years: 3, basis: BASIS },
  { direction: 'skill_to_title', rank: 'L1', titleSeries: 'engineering', titleGrade: 'deputy_senior', titleName: '高级工程师', years: 4, basis: BASIS },
  // Title → skill (docs/domain.md §3 routes): any series.
  { direction: 'title_to_skill', rank: 'L3', titleSeries: null, titleGrade: 'junior', titleName: '助理级/初级职称', years: 1, basis: BASIS },
  { direction: 'title_to_skill', rank: 'L2', titleSeries: null, titleGrade: 'intermediate', titleName: '中级职称', years: 1, basis: BASIS },
]);
