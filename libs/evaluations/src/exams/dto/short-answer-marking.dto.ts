import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateBy } from 'class-validator';
import { PageQueryDto, trim } from '@skill-ladder/platform';
import { MARK_STEP, MARK_ROUNDS, MarkRound } from '../rules/short-answer-marking';

export const MARK_STATUSES = ['pending', 'submitted'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

/** The page of my pending marks (待阅, the default) or of the marks I gave (已评). */
export class MyMarksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MARK_STATUSES, default: 'pending', description: 'pending: 待阅; submitted: 我已给分的（可改分）' })
  @IsOptional()
  @IsIn(MARK_STATUSES)
  status?: MarkStatus;
}

/** One short answer to mark, as the evaluator's list shows it: never the candidate, only the script's anonymous code. */
export class MarkSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '答卷密号（不显示考生姓名、身份证号和准考证号）', example: 'SA-7K3Q9P' }) anonymousCode: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty({ description: '题号' }) itemNumber: number;
  @ApiProperty({ description: '本题满分' }) maxPoints: number;
  @ApiProperty({ enum: MARK_ROUNDS, description: '1、2：一评、二评；3：两评相差超过本题满分20%时的三评' }) round: MarkRound;
  @ApiProperty() roundLabel: string;
  @ApiProperty({ enum: MARK_STATUSES }) status: MarkStatus;
  @ApiProperty() assignedAt: string;
  @ApiProperty({ type: Number, nullable: true, description: '我给的分（已提交时）' }) points: number | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
}

/** One short answer to mark: the item, its reference answer (评分要点), the points and the candidate's text, blind. */
export class MarkDetailDto extends MarkSummaryDto {
  @ApiProperty({ description: '题干' }) stem: string;
  @ApiProperty({ description: '参考答案（评分要点）' }) reference: string;
  @ApiProperty({ description: '考生作答' }) text: string;
}

function isHalfStep(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number.isInteger(value / MARK_STEP);
}

export class SubmitMarkDto {
  @ApiProperty({ minimum: 0, maximum: 100, multipleOf: MARK_STEP, example: 7.5, description: '给分：0至本题满分，以0.5分为单位' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '给分须为数字 / points must be a number' })
  @Min(0, { message: '给分不能为负 / points cannot be negative' })
  @Max(100, { message: '给分不超过本题满分 / points cannot exceed the item’s points' })
  @ValidateBy({ name: 'isHalfStep', validator: { validate: isHalfStep, defaultMessage: () => '给分须以0.5分为单位 / points go in steps of 0.5' } })
  points: number;
}

/** 改分: a new mark for one already given, with the reason (kept in the audit trail with the old and new points). */
export class CorrectMarkDto extends SubmitMarkDto {
  @ApiProperty({ example: '误录分数，应为12分', maxLength: 500, description: '改分理由（记入审计）' })
  @Transform(trim)
  @IsString({ message: '请填写改分理由 / a reason is required' })
  @Length(1, 500, { message: '请填写改分理由（不超过500字） / a reason of 1 to 500 characters is required' })
  reason: string;
}

export class MarkingSessionProgressDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() place: string;
  @ApiProperty() room: string;
  @ApiProperty() startsAt: string;
  @ApiProperty({ description: '已交卷、含简答题的答卷数' }) scripts: number;
  @ApiProperty({ description: '尚未开始阅卷的答卷（须HR开始阅卷）' }) notOpened: number;
  @ApiProperty({ description: '阅卷中的答卷' }) marking: number;
  @ApiProperty({ description: '阅卷完成、总分已定的答卷' }) marked: number;
  @ApiProperty({ description: '待评（已分配未提交）的评分数' }) marksPending: number;
  @ApiProperty({ description: '已提交的评分数' }) marksSubmitted: number;
  @ApiProperty({ description: '需要三评的题' }) thirdMarks: number;
  @ApiProperty({ description: '需要三评但无可分配的考评员（可指定评审委员会主任后再次开始阅卷）' }) thirdMarksUnassigned: number;
}

export class MarkingEvaluatorProgressDto {
  @ApiProperty() profileId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() pending: number;
  @ApiProperty() submitted: number;
}

/** 阅卷进度 of a campaign's online exams, per session and per evaluator. */
export class MarkingProgressDto {
  @ApiProperty() campaignId: string;
  @ApiProperty({ type: [MarkingSessionProgressDto] }) sessions: MarkingSessionProgressDto[];
  @ApiProperty({ type: [MarkingEvaluatorProgressDto] }) evaluators: MarkingEvaluatorProgressDto[];
}

export class OpenMarkingResponseDto {
  @ApiProperty() sessionId: string;
  @ApiProperty({ description: '本次开始阅卷的答卷数' }) opened: number;
  @ApiProperty({ description: '无需阅卷（简答题均未作答）直接定分的答卷数' }) scoredWithoutMarking: number;
  @ApiProperty({ description: '本次分配的三评' }) thirdMarksAssigned: number;
}
