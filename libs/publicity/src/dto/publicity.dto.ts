import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, trim } from '@skill-ladder/platform';
import {
  ENTRY_STATUSES,
  EntryStatus,
  NOTICE_PHASES,
  NoticePhase,
  OBJECTION_OUTCOMES,
  OBJECTION_STATUSES,
  ObjectionOutcome,
  ObjectionStatus,
} from '../publicity-rules';

export class PublicityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_PHASES, description: '按今日所处阶段筛选 / where the notice stands today' })
  @IsOptional()
  @IsIn(NOTICE_PHASES)
  phase?: NoticePhase;

  @ApiPropertyOptional({ example: 'campaign_results' })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: '公示类型格式有误 / subject type must be lower_snake_case' })
  subjectType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The subject (campaign, appointment …) the notice publicizes' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Notices of this publishing organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class FileObjectionDto {
  @ApiProperty({ example: '该同志实操考核时未到场，成绩与事实不符', description: '异议理由（实名提出）/ reason, filed under your name' })
  @Transform(trim)
  @IsString({ message: '请填写异议理由 / a reason is required' })
  @Length(1, 2000, { message: '请填写异议理由（不超过2000字） / a reason is required (at most 2000 characters)' })
  reason: string;

  @ApiPropertyOptional({ format: 'uuid', description: '异议针对的公示人员 / the entry (person) the objection is about' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: OBJECTION_OUTCOMES, description: 'upheld: the entry must be corrected or withdrawn; dismissed: it stands' })
  @IsIn(OBJECTION_OUTCOMES, { message: '处理结果应为 upheld 或 dismissed / outcome must be upheld or dismissed' })
  outcome: ObjectionOutcome;

  @ApiProperty({ example: '经核查考场签到及监控记录，异议不成立', description: '处理意见（记入审计）/ resolution, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: '请填写处理意见 / a resolution is required' })
  @Length(1, 2000, { message: '请填写处理意见（不超过2000字） / a resolution is required (at most 2000 characters)' })
  resolution: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Upholding an objection that names no entry: the entry it concerns. Not allowed otherwise.',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class PublicityEntryDto {
  @ApiProperty() personId: string;
  @ApiProperty({ description: '公示内容（姓名、脱敏身份证号、职业、等级、结果等），由发起模块决定 / exactly what is publicized', type: 'object', additionalProperties: true })
  payload: Record<string, unknown>;
  @ApiProperty({ enum: ENTRY_STATUSES }) status: EntryStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '1, then +1 on each correction' }) revision: number;
  @ApiProperty({ nullable: true, type: String }) withdrawnReason: string | null;
}

export class PublicityNoticeSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ example: 'campaign_results' }) subjectType: string;
  @ApiProperty() subjectId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: NOTICE_PHASES }) phase: NoticePhase;
  @ApiProperty() phaseLabel: string;
  @ApiProperty() publishedOn: string;
  @ApiProperty({ description: '公示期工作日数 / length in working days' }) workingDays: number;
  @ApiProperty({ description: '第几轮公示（更正后重新公示）/ publication round' }) round: number;
  @ApiProperty({ description: 'First working day of the current window' }) startsOn: string;
  @ApiProperty({ description: 'Last working day of the current window; objections are taken through this day' }) endsOn: string;
  @ApiProperty({ description: 'Counted partly in a year without an official schedule' }) provisional: boolean;
  @ApiProperty({ description: 'Entries shown to the reader' }) entryCount: number;
  @ApiProperty({ nullable: true, type: String }) finalizedAt: string | null;
}

export class PublicityNoticeDto extends PublicityNoticeSummaryDto {
  @ApiProperty({ type: [PublicityEntryDto], description: 'Workers do not see withdrawn entries' }) entries: PublicityEntryDto[];
}

export class ObjectionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() noticeId: string;
  @ApiProperty() organizationId: string;
  @ApiProperty({ nullable: true, type: String, description: 'The entry named by the objector' }) personId: string | null;
  @ApiProperty() filedBy: string;
  @ApiProperty() filedByName: string;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'The publication round it was filed in' }) round: number;
  @ApiProperty() filedAt: string;
  @ApiProperty({ enum: OBJECTION_STATUSES }) status: ObjectionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: String, description: 'The entry an upheld objection requires corrected or withdrawn' }) upheldPersonId: string | null;
  @ApiProperty({ nullable: true, type: String }) resolution: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt: string | null;
}
