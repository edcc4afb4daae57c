import { ApiProperty } from '@nestjs/swagger';
import { OptionStatus, SkillLevelOption, TitleOption, TitleOptionsReport } from '../title-options';
import { Rank, RANKS, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

const OPTION_STATUSES: OptionStatus[] = ['held', 'available', 'pending', 'not_qualified'];

export class TitleOptionBasisDto {
  @ApiProperty() credentialId: string;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() occupationCode: string;
  @ApiProperty() obtainedOn: string;
}

/** 比照认定: a professional title the worker's skill level lets them apply for (职称). */
export class TitleOptionDto implements TitleOption {
  @ApiProperty() ruleId: string;
  @ApiProperty({ enum: ['national', 'regional'] }) source: 'national' | 'regional';
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ example: 'engineering' }) titleSeries: string;
  @ApiProperty({ example: '工程技术' }) titleSeriesLabel: string;
  @ApiProperty({ enum: TITLE_GRADES }) titleGrade: TitleGrade;
  @ApiProperty({ example: '助理级/初级' }) titleGradeLabel: string;
  @ApiProperty({ example: '助理工程师' }) titleName: string;
  @ApiProperty({ enum: RANKS }) requiredRank: Rank;
  @ApiProperty() requiredRankLabel: string;
  @ApiProperty() years: number;
  @ApiProperty({ enum: OPTION_STATUSES }) status: OptionStatus;
  @ApiProperty({ nullable: true, type: String, description: 'When it opens by time alone' }) opensOn: string | null;
  @ApiProperty({ nullable: true, type: TitleOptionBasisDto }) basis: TitleOptionBasisDto | null;
  @ApiProperty({ description: 'zh-CN' }) explanation: string;
}

export class SkillLevelOptionBasisDto {
  @ApiProperty() titleId: string;
  @ApiProperty() series: string;
  @ApiProperty({ enum: TITLE_GRADES }) grade: TitleGrade;
  @ApiProperty() obtainedOn: string;
}

/** The other way: a skill level a professional title lets the worker apply for. */
export class SkillLevelOptionDto implements SkillLevelOption {
  @ApiProperty() ruleId: string;
  @ApiProperty({ enum: ['national', 'regional'] }) source: 'national' | 'regional';
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ nullable: true, type: String }) requiredTitleSeries: string | null;
  @ApiProperty({ enum: TITLE_GRADES }) requiredTitleGrade: TitleGrade;
  @ApiProperty() requiredTitleName: string;
  @ApiProperty() years: number;
  @ApiProperty({ enum: OPTION_STATUSES }) status: OptionStatus;
  @ApiProperty({ nullable: true, type: String }) opensOn: string | null;
  @ApiProperty({ nullable: true, type: SkillLevelOptionBasisDto }) basis: SkillLevelOptionBasisDto | null;
  @ApiProperty() explanation: string;
}

export class TitleOptionsReportDto implements TitleOptionsReport {
  @ApiProperty() asOf: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ type: [TitleOptionDto] }) titles: TitleOptionDto[];
  @ApiProperty({ type: [SkillLevelOptionDto] }) skillLevels: SkillLevelOptionDto[];
}
