import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { trim } from '@skill-ladder/platform';
import { COMPONENT_KINDS, ComponentKind } from '@skill-ladder/standards';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { RESULT_STATUSES, ResultStatus } from '../result-rules';

const REASON_MESSAGE = '请填写理由 / a reason is required';

export class PublishResultsDto {
  @ApiPropertyOptional({ example: '2026年焊工职业技能等级认定结果公示', description: '公示标题（默认按计划名称） / notice title' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title?: string;

  @ApiPropertyOptional({ example: 5, description: '公示期工作日数（默认取计划设置，否则5） / window in working days; default: the campaign’s, else 5' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 0 })
  @Min(5, { message: '公示期不少于5个工作日 / the publicity window is at least 5 working days' })
  @Max(30)
  workingDays?: number;
}

export class CorrectResultDto {
  @ApiProperty({ enum: COMPONENT_KINDS, description: '更正的考核项目 / the component re-scored' })
  @IsIn(COMPONENT_KINDS)
  component: ComponentKind;

  @ApiProperty({ example: 64, description: '更正后的分数，最多1位小数 / corrected score, one decimal at most' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score: number;

  @ApiProperty({ example: '经核查评分记录，实操第二题漏计6分', description: '更正理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class VoidResultDto {
  @ApiProperty({ example: '经核实该考生由他人代考，成绩无效', description: '理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class ResultComponentDto {
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty() status: string;
  @ApiProperty() passMark: number;
  @ApiProperty() weight: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: '保留的合格成绩 / carried over from an earlier campaign' }) carriedOver: boolean;
}

export class CandidateResultDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() personId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '141102********1234' }) idNumberMasked: string;
  @ApiProperty({ nullable: true, type: String, description: '准考证号' }) ticketNumber: string | null;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ enum: [...RESULT_STATUSES, 'incomplete'], description: 'incomplete: a component is still being scored (preview only)' }) status: ResultStatus | 'incomplete';
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: Number, description: '加权总成绩（2位小数） / weighted total, 2 decimals' }) weightedTotal: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '名次（本等级，同分同名次） / place in the level, ties share' }) position: number | null;
  @ApiProperty({ type: [String] }) failedComponents: string[];
  @ApiProperty({ type: [String] }) missingComponents: string[];
  @ApiProperty({ type: [ResultComponentDto] }) components: ResultComponentDto[];
  @ApiProperty({ description: '异议成立，待更正或撤销 / an upheld objection awaits correction or voiding' }) correctionRequired: boolean;
  @ApiProperty({ nullable: true, type: String }) voidReason: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
}

export class CampaignResultsDto {
  @ApiProperty() campaignId: string;
  @ApiProperty({ enum: ['preview', 'published', 'finalized'], description: 'preview: computed from the scores so far, not yet published' }) stage: 'preview' | 'published' | 'finalized';
  @ApiProperty({ nullable: true, type: String }) noticeId: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) finalizedOn: string | null;
  @ApiProperty() passed: number;
  @ApiProperty() failed: number;
  @ApiProperty() voided: number;
  @ApiProperty({ type: [CandidateResultDto] }) items: CandidateResultDto[];
}

/** 我的成绩: one application's result, shown only once the campaign's results are published. */
export class ApplicationResultDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: ['not_published', 'published', 'finalized'], description: 'not_published: scoring goes on; nothing is shown before publication' })
  stage: 'not_published' | 'published' | 'finalized';
  @ApiProperty({ nullable: true, type: String, description: 'The publicity notice (公示) of the results, for objections' }) noticeId: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) finalizedOn: string | null;
  @ApiProperty({ nullable: true, type: CandidateResultDto }) result: CandidateResultDto | null;
}

export class PublicationDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() noticeId: string;
  @ApiProperty() workingDays: number;
  @ApiProperty() publishedOn: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty({ description: 'Counted partly in a year without an official schedule' }) provisional: boolean;
  @ApiProperty() entries: number;
}

export class FinalizationDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() finalizedOn: string;
  @ApiProperty({ type: [Object], description: '{ applicationId, personId, certificateId, certificateNumber }' })
  certificates: { applicationId: string; personId: string; certificateId: string; certificateNumber: string }[];
  @ApiProperty({ description: '保留的合格项目数 / passed components kept for retakes' }) passedComponentsKept: number;
  @ApiProperty({ description: '结果上报截止日（定稿后10个工作日） / the report to the bureau is due by this day' }) reportDueOn: string;
  @ApiProperty() reportDueProvisional: boolean;
}

export class BureauReportDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty() finalizedOn: string;
  @ApiProperty() dueOn: string;
  @ApiProperty() dueProvisional: boolean;
  @ApiProperty({ enum: ['due', 'overdue', 'submitted', 'submitted_late'] }) status: 'due' | 'overdue' | 'submitted' | 'submitted_late';
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ type: [CandidateResultDto] }) items: CandidateResultDto[];
}
