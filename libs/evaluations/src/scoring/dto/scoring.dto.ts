import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested, ArrayMaxSize } from 'class-validator';
import { trim } from '@skill-ladder/platform';
import { COMPONENT_KINDS, ComponentKind } from '@skill-ladder/standards';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { COMPONENT_SCORE_STATUSES, ComponentScoreStatus, ModerationAction, SCORE_SOURCES, ScoreSource, VOID_KINDS, VoidKind } from '../moderation-rules';
import { SHEET_STATUSES, SheetStatus } from '../score-sheet-rules';

const REASON_MESSAGE = '请填写理由 / a reason is required';

export class CriterionScoreDto {
  @ApiProperty({ example: 'innovation', description: '评审要素代码 / rubric criterion code' })
  @IsString()
  @Length(1, 60)
  code: string;

  @ApiProperty({ example: 85, description: '0 至满分，最多1位小数 / 0..max, one decimal at most' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score: number;
}

/** A draft save or a submission: only the fields given change. */
export class SaveScoreSheetDto {
  @ApiPropertyOptional({ nullable: true, type: Number, example: 82.5, description: '整项分数（无评审要素的项目） / the whole score, for components without a rubric' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score?: number | null;

  @ApiPropertyOptional({ type: [CriterionScoreDto], description: '逐项评分（有评审要素的项目） / per rubric criterion' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  criteria?: CriterionScoreDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: '评语 / note' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  note?: string | null;
}

export class ScoreSheetQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ enum: SHEET_STATUSES })
  @IsOptional()
  @IsIn(SHEET_STATUSES)
  status?: SheetStatus;
}

/** One criterion of a score sheet's rubric; named apart from promotions' RubricCriterionDto so each keeps its own OpenAPI schema. */
export class ScoreSheetRubricCriterionDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: '权重（%） / weight, percent' }) weight: number;
}

export class ScoreSheetDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty() applicationId: string;
  @ApiProperty({ nullable: true, type: String, description: '准考证号' }) ticketNumber: string | null;
  @ApiProperty({ description: '考生姓名 / candidate' }) candidateName: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty() componentLabel: string;
  @ApiProperty() maxScore: number;
  @ApiProperty({ type: [ScoreSheetRubricCriterionDto] }) rubric: ScoreSheetRubricCriterionDto[];
  @ApiProperty({ enum: SHEET_STATUSES }) status: SheetStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The sheet’s score: the whole score, or the rubric’s weighted mean (2 decimals)' }) score: number | null;
  @ApiProperty({ type: [CriterionScoreDto] }) criteria: CriterionScoreDto[];
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty() updatedAt: string;
}

export class ScoringSettingsDto {
  @ApiPropertyOptional({ nullable: true, type: Number, example: 15, description: '复核阈值（分差超过即复核），空为全国默认15 / moderation threshold; null: the national 15' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  moderationThreshold?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 5, description: '公示期工作日数，空为默认5 / publicity window in working days; null: 5' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 0 })
  // The notice's public window is 5 working days; a campaign may lengthen it, never shorten it.
  @Min(5, { message: '公示期不少于5个工作日 / the publicity window is at least 5 working days' })
  @Max(30)
  publicityWorkingDays?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '评审委员会主任（考评员） / committee chair, an evaluator profile who may moderate' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  chairProfileId?: string | null;
}

export class ScoringSettingsResponseDto {
  @ApiProperty() campaignId: string;
  @ApiProperty({ description: 'In force: the campaign’s or the national 15' }) moderationThreshold: number;
  @ApiProperty() moderationThresholdIsDefault: boolean;
  @ApiProperty({ description: 'In force: the campaign’s or the national 5' }) publicityWorkingDays: number;
  @ApiProperty() publicityWorkingDaysIsDefault: boolean;
  @ApiProperty({ nullable: true, type: String }) chairProfileId: string | null;
  @ApiProperty({ nullable: true, type: String }) chairName: string | null;
}

export class ComponentScoreQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this campaign (across every campaign the caller may see when left out)' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ enum: COMPONENT_SCORE_STATUSES })
  @IsOptional()
  @IsIn(COMPONENT_SCORE_STATUSES)
  status?: ComponentScoreStatus;

  @ApiPropertyOptional({ enum: COMPONENT_KINDS })
  @IsOptional()
  @IsIn(COMPONENT_KINDS)
  component?: ComponentKind;
}

export class ComponentSheetDto {
  @ApiProperty() sheetId: string;
  @ApiProperty() evaluatorProfileId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ enum: SHEET_STATUSES }) status: SheetStatus;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
}

export class ComponentScoreDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty() applicationId: string;
  @ApiProperty() personId: string;
  @ApiProperty() candidateName: string;
  @ApiProperty({ nullable: true, type: String }) ticketNumber: string | null;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty() componentLabel: string;
  @ApiProperty({ enum: COMPONENT_SCORE_STATUSES }) status: ComponentScoreStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: SCORE_SOURCES, nullable: true }) source: ScoreSource | null;
  @ApiProperty({ nullable: true, type: String }) sourceLabel: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The component score in force (1 decimal)' }) score: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The mean of the sheets as aggregated' }) aggregateScore: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Highest minus lowest sheet' }) spread: number | null;
  @ApiProperty({ type: [Number], description: '[lowest, highest] dropped with five or more sheets' }) dropped: number[];
  @ApiProperty() maxScore: number;
  @ApiProperty() passMark: number;
  @ApiProperty() weight: number;
  @ApiProperty() moderationThreshold: number;
  @ApiProperty({ nullable: true, type: String, description: '缺考或成绩无效的原因 / why absent or voided' }) stateReason: string | null;
  @ApiProperty({ enum: VOID_KINDS, nullable: true }) voidKind: VoidKind | null;
  @ApiProperty({ nullable: true, type: String }) voidKindLabel: string | null;
  @ApiProperty({ nullable: true, type: Object, description: '{ action, reason, moderatedBy, moderatedAt }' })
  moderation: { action: ModerationAction; reason: string; moderatedBy: string | null; moderatedAt: string | null } | null;
  @ApiProperty({ nullable: true, type: String, description: 'Passed on this date in an earlier campaign' }) carriedOverFrom: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({ type: [ComponentSheetDto] }) sheets: ComponentSheetDto[];
}

export class ModerateComponentDto {
  @ApiProperty({ enum: ['confirm', 'rescore'], description: 'confirm: keep the aggregate; rescore: set the moderated score' })
  @IsIn(['confirm', 'rescore'])
  action: ModerationAction;

  @ApiPropertyOptional({ example: 76, description: 'rescore: 0..max, one decimal at most' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score?: number;

  @ApiProperty({ example: '经复核录像，按评分细则第3条重新评定', description: '复核意见（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class MarkAbsentDto {
  @ApiProperty({ example: '考试当日未到场', description: '缺考原因（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class VoidComponentDto {
  @ApiProperty({ enum: VOID_KINDS, description: '作弊 / 违纪' })
  @IsIn(VOID_KINDS)
  kind: VoidKind;

  @ApiProperty({ example: '考场携带手机并查阅资料', description: '原因（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class TheoryImportBadRowDto {
  @ApiProperty() row: number;
  @ApiProperty({ nullable: true, type: String }) ticketNumber: string | null;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class TheoryImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'Scores saved by this upload' }) imported: number;
  @ApiProperty({ description: '与已导入成绩相同（重复上传） / rows already imported with the same score' }) unchanged: number;
  @ApiProperty({ type: [TheoryImportBadRowDto], description: 'Rows not saved, with the reason' }) badRows: TheoryImportBadRowDto[];
}

export class StartScoringResponseDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() componentScores: number;
  @ApiProperty() sheets: number;
  @ApiProperty({ description: '保留合格成绩而免考的项目数 / components carried over from earlier campaigns' }) carriedOver: number;
  @ApiProperty({ description: '取自机考成绩的理论考试项目数 / theory scores taken from online exams already scored' }) theoryFromOnlineExams: number;
}

export class EvaluatorProgressDto {
  @ApiProperty() evaluatorProfileId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ description: '已提交 / sheets submitted' }) submitted: number;
  @ApiProperty({ description: '已保存草稿未提交 / drafts saved at least once, not submitted' }) drafted: number;
  @ApiProperty({ description: '尚未评分 / sheets not yet touched' }) notStarted: number;
}

/** 评分进度 of one level and component: candidates by state, and the sheets of each evaluator. */
export class ComponentProgressDto {
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty() componentLabel: string;
  @ApiProperty({ description: '考生数 / candidates' }) candidates: number;
  @ApiProperty({ description: '已评定（不含保留） / scored in this campaign' }) scored: number;
  @ApiProperty({ description: '保留合格成绩 / carried over' }) carriedOver: number;
  @ApiProperty({ description: '待复核 / awaiting moderation' }) moderation: number;
  @ApiProperty({ description: '评分中或待导入 / awaiting sheets or the import' }) pending: number;
  @ApiProperty({ description: '缺考 / absent' }) absent: number;
  @ApiProperty({ description: '成绩无效 / voided' }) voided: number;
  @ApiProperty() sheetsSubmitted: number;
  @ApiProperty() sheetsDrafted: number;
  @ApiProperty() sheetsNotStarted: number;
  @ApiProperty({ type: [EvaluatorProgressDto], description: 'Empty for components without sheets (theory is imported)' }) evaluators: EvaluatorProgressDto[];
}

export class ScoringProgressDto {
  @ApiProperty() campaignId: string;
  @ApiProperty({ type: [ComponentProgressDto], description: 'By level (higher first), then component' }) components: ComponentProgressDto[];
}
