import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from '@skill-ladder/platform';
import { ITEM_KINDS, ItemKind } from '../rules/item-kinds';
import { MAX_EXTRA_MINUTES } from '../rules/exam-clock';
import { MAX_BLANK_LENGTH, MAX_SHORT_ANSWER_LENGTH } from '../rules/attempt-rules';
import { OPTION_KEYS } from '../rules/item-content';
import { IdentityStatusDto } from './identity-check.dto';

export const ATTEMPT_STATUSES = ['in_progress', 'scored', 'awaiting_marking'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export const ATTEMPT_STATUS_LABELS: Readonly<Record<AttemptStatus, string>> = {
  in_progress: '答题中 / Answering',
  scored: '已交卷，已评分 / Submitted and scored',
  awaiting_marking: '已交卷，简答题待阅卷 / Submitted; short answers await marking',
};
export const CLOSED_BY = ['candidate', 'deadline', 'collected'] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];
export const CLOSED_BY_LABELS: Readonly<Record<ClosedBy, string>> = {
  candidate: '考生交卷 / Submitted by the candidate',
  deadline: '到时自动交卷 / Submitted at the deadline',
  collected: '监考收卷 / Collected by the invigilator',
};
export const ATTEMPT_EVENT_KINDS = ['page_leave', 'page_return'] as const;
export type AttemptEventKind = (typeof ATTEMPT_EVENT_KINDS)[number];
export const ATTEMPT_EVENT_LABELS: Readonly<Record<AttemptEventKind, string>> = { page_leave: '离开考试页面 / Left the exam page', page_return: '回到考试页面 / Came back' };

export const DEFAULT_LATE_ENTRY_MINUTES = 30;

/** 设为机考: the blueprint the session's papers come from. */
export class OnlineExamSetupDto {
  @ApiProperty({ format: 'uuid', description: '组卷方案（本机构题库，职业和等级与考场相符）' })
  @IsUUID()
  blueprintId: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 120, default: DEFAULT_LATE_ENTRY_MINUTES, description: '开考后多少分钟内仍可入场（迟到限制）' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  lateEntryMinutes?: number;
}

export class OnlineExamSetupResponseDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() blueprintId: string;
  @ApiProperty() blueprintName: string;
  @ApiProperty({ enum: ['fixed', 'per_candidate'] }) mode: 'fixed' | 'per_candidate';
  @ApiProperty({ type: Number, nullable: true, description: '千人千卷的基准随机种子（每个座位的试卷由它抽出，可复现）' }) baseSeed: number | null;
  @ApiProperty() algorithm: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() lateEntryMinutes: number;
  @ApiProperty({ description: '已备好试卷的座位数' }) seatPapers: number;
  @ApiProperty({ description: '不同试卷的套数' }) distinctPapers: number;
}

/** One answer as the page autosaves it: only the field of the item's kind. */
export class SaveAnswerDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2, example: 'B', description: '单选题：选项字母；null 为不选' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2)
  choice?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: OPTION_KEYS.length, example: ['A', 'C'], description: '多选题：所选选项字母' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OPTION_KEYS.length)
  @IsString({ each: true })
  @MaxLength(2, { each: true })
  choices?: string[];

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: '判断题：true 对，false 错，null 不答' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  value?: boolean | null;

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: `填空题：每空的答案（每空不超过${MAX_BLANK_LENGTH}字）` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(MAX_BLANK_LENGTH, { each: true })
  blanks?: string[];

  @ApiPropertyOptional({ maxLength: MAX_SHORT_ANSWER_LENGTH, description: '简答题：作答文字' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SHORT_ANSWER_LENGTH)
  text?: string;
}

export class AttemptEventDto {
  @ApiProperty({ enum: ATTEMPT_EVENT_KINDS, description: '离开或回到考试页面（时间以服务器为准）' })
  @IsIn(ATTEMPT_EVENT_KINDS)
  kind: AttemptEventKind;
}

export class ExtraTimeDto {
  @ApiProperty({ minimum: 1, maximum: MAX_EXTRA_MINUTES, example: 10, description: `延长的分钟数（每名考生合计不超过${MAX_EXTRA_MINUTES}分钟）` })
  @IsInt()
  @Min(1)
  @Max(MAX_EXTRA_MINUTES)
  minutes: number;

  @ApiProperty({ example: '考生电脑故障，更换机位', maxLength: 500, description: '延时理由（记入审计）' })
  @Transform(trim)
  @IsString({ message: '请填写延时理由 / a reason is required' })
  @Length(1, 500, { message: '请填写延时理由（不超过500字） / a reason of 1 to 500 characters is required' })
  reason: string;
}

export class AnswerDto {
  @ApiPropertyOptional({ type: String, nullable: true }) choice?: string | null;
  @ApiPropertyOptional({ type: [String] }) choices?: string[];
  @ApiPropertyOptional({ type: Boolean, nullable: true }) value?: boolean | null;
  @ApiPropertyOptional({ type: [String] }) blanks?: string[];
  @ApiPropertyOptional() text?: string;
}

export class AttemptItemDto {
  @ApiProperty({ description: '题号（从1起）' }) number: number;
  @ApiProperty({ enum: ITEM_KINDS }) kind: ItemKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() points: number;
  @ApiProperty() stem: string;
  @ApiProperty({ type: [String], description: '选项（A、B、C…依次）' }) options: string[];
  @ApiProperty({ description: '填空题的空数；其他题型为0' }) blankCount: number;
}

export class SavedAnswerDto {
  @ApiProperty() number: number;
  @ApiProperty({ type: AnswerDto }) answer: AnswerDto;
  @ApiProperty() savedAt: string;
  @ApiProperty({ description: '保存次数' }) revision: number;
}

/** The candidate's own attempt: the paper without its answers, what they saved, and the server's time. */
export class AttemptResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() sessionId: string;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() seatNo: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status: AttemptStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() startedAt: string;
  @ApiProperty({ description: '服务器截止时间（含延时）' }) deadline: string;
  @ApiProperty({ description: '服务器当前时间' }) serverNow: string;
  @ApiProperty({ description: '剩余秒数（页面倒计时以此为准）' }) secondsLeft: number;
  @ApiProperty() extraMinutes: number;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ enum: CLOSED_BY, nullable: true, type: String }) closedBy: ClosedBy | null;
  @ApiProperty({ type: Number, nullable: true, description: '客观题得分（交卷后）' }) objectiveScore: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '总分（无简答题时交卷后即有）' }) score: number | null;
  @ApiProperty() totalPoints: number;
  @ApiProperty({ type: [AttemptItemDto] }) items: AttemptItemDto[];
  @ApiProperty({ type: [SavedAnswerDto] }) answers: SavedAnswerDto[];
}

export class SavedAnswerResponseDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() number: number;
  @ApiProperty() savedAt: string;
  @ApiProperty() revision: number;
  @ApiProperty() secondsLeft: number;
}

export class AttemptEventResponseDto {
  @ApiProperty() attemptId: string;
  @ApiProperty({ enum: ATTEMPT_EVENT_KINDS }) kind: AttemptEventKind;
  @ApiProperty() occurredAt: string;
}

/** 我的考试: an online exam the worker is seated for. */
export class MyExamDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() place: string;
  @ApiProperty() room: string;
  @ApiProperty() seatNo: number;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() startsAtChina: string;
  @ApiProperty() endsAtChina: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ type: String, nullable: true }) attemptId: string | null;
  @ApiProperty({ enum: ATTEMPT_STATUSES, nullable: true, type: String }) attemptStatus: AttemptStatus | null;
  @ApiProperty({ type: String, nullable: true, description: '现在不能开考的原因（null 为可以开始）' }) startRefusal: string | null;
}

export class RoomCandidateDto {
  @ApiProperty() seatNo: number;
  @ApiProperty() applicationId: string;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) attemptId: string | null;
  @ApiProperty({ type: String, enum: ['not_started', ...ATTEMPT_STATUSES] }) status: 'not_started' | AttemptStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: String, nullable: true }) startedAt: string | null;
  @ApiProperty() answered: number;
  @ApiProperty() itemCount: number;
  @ApiProperty() pageLeaves: number;
  @ApiProperty({ type: String, nullable: true }) lastEventKind: AttemptEventKind | null;
  @ApiProperty({ type: String, nullable: true }) lastEventAt: string | null;
  @ApiProperty() extraMinutes: number;
  @ApiProperty({ type: String, nullable: true }) deadline: string | null;
  @ApiProperty({ type: Number, nullable: true }) secondsLeft: number | null;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ description: '有证件照（照片从本考场的照片地址读取）' }) hasPhoto: boolean;
  @ApiProperty({ type: IdentityStatusDto, description: '核验身份（不影响考生开考）' }) identity: IdentityStatusDto;
}

export class RoomEventDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() seatNo: number;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ATTEMPT_EVENT_KINDS }) kind: AttemptEventKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() occurredAt: string;
}

/** 考场监控: who is in, their progress and page leaves, and the time left, by the server's clock. */
export class RoomViewDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() room: string;
  @ApiProperty() place: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() serverNow: string;
  @ApiProperty({ type: OnlineExamSetupResponseDto }) setup: OnlineExamSetupResponseDto;
  @ApiProperty() seated: number;
  @ApiProperty() started: number;
  @ApiProperty() submitted: number;
  @ApiProperty({ description: '尚未核验身份的考生数' }) identityUnchecked: number;
  @ApiProperty({ description: '人证不符的考生数' }) identityMismatches: number;
  @ApiProperty({ type: [RoomCandidateDto] }) candidates: RoomCandidateDto[];
  @ApiProperty({ type: [RoomEventDto], description: '最近的离开/回到页面事件（最多200条，新的在前）' }) events: RoomEventDto[];
}

export class CollectResponseDto {
  @ApiProperty() sessionId: string;
  @ApiProperty({ description: '本次收卷的答卷数' }) collected: number;
  @ApiProperty({ description: '延时未到、仍在答题的考生数' }) stillAnswering: number;
  @ApiProperty({ description: '未开考的考生数（缺考由人事在评分时标记）' }) notStarted: number;
}

/** 我的监考: an online exam room the evaluator invigilates. */
export class MyInvigilationDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignName: string;
  @ApiProperty() place: string;
  @ApiProperty() room: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() startsAtChina: string;
  @ApiProperty() endsAtChina: string;
  @ApiProperty() seated: number;
  @ApiProperty() started: number;
  @ApiProperty() submitted: number;
}

/** 缺考: the reason kept with each candidate marked absent (a default one when none is given). */
export class MarkNotStartedAbsentDto {
  @ApiPropertyOptional({ example: '机考考场结束时未开考', maxLength: 500, description: '缺考原因（记入审计；不填则为“机考未开考”）' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '缺考原因须为文字 / the reason must be text' })
  @Length(1, 500, { message: '缺考原因为1至500字 / a reason of 1 to 500 characters' })
  reason?: string;
}

/** A candidate who did not start and could not be marked absent, with why. */
export class AbsentSkipDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() ticketNumber: string;
  @ApiProperty({ description: 'noTheory: 无理论成绩项目; carriedOver: 理论成绩已保留; scored: 已有理论成绩; voided: 成绩无效' }) code: string;
  @ApiProperty() message: string;
}

export class MarkNotStartedAbsentResponseDto {
  @ApiProperty() sessionId: string;
  @ApiProperty({ description: '考场中未开考的考生数' }) notStarted: number;
  @ApiProperty({ description: '本次标记为缺考的考生数' }) markedAbsent: number;
  @ApiProperty({ description: '此前已标记缺考的考生数（重复操作不变）' }) alreadyAbsent: number;
  @ApiProperty({ type: [AbsentSkipDto], description: '未能标记缺考的考生及原因' }) skipped: AbsentSkipDto[];
}
