import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from '@skill-ladder/platform';
import { COMPONENT_KINDS, ComponentKind } from '@skill-ladder/standards';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';

/** ISO 8601 with an explicit offset (`+08:00` or `Z`), so no instant depends on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = '请填写带时区的时间，如 2026-09-08T09:00+08:00 / an ISO 8601 time with its offset';
export const MAX_INVIGILATORS = 10;
export const MAX_SEATS_PER_SESSION = 500;

export const EXAM_SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type ExamSessionStatus = (typeof EXAM_SESSION_STATUSES)[number];
export const EXAM_SESSION_STATUS_LABELS: Readonly<Record<ExamSessionStatus, string>> = { scheduled: '已安排', cancelled: '已取消' };

export class ExamSessionDto {
  @ApiProperty({ enum: COMPONENT_KINDS, example: 'theory', description: '考核项目（理论知识、操作技能…）' })
  @IsIn(COMPONENT_KINDS)
  component: ComponentKind;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS, nullable: true, type: String, description: '只安排某一等级的考生；不填为本计划所有含该考核项目的等级' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank | null;

  @ApiProperty({ example: '吕梁焦化集团培训中心', maxLength: 200, description: '考点' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  place: string;

  @ApiProperty({ example: '第1考场（3楼301）', maxLength: 50, description: '考场' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  room: string;

  @ApiProperty({ minimum: 1, maximum: MAX_SEATS_PER_SESSION, example: 30, description: '座位数' })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS_PER_SESSION)
  seatCount: number;

  @ApiProperty({ example: '2026-09-08T09:00:00+08:00', maxLength: 35, description: '开始时间（带时区；按北京时间核对考核日期）' })
  @IsString({ message: INSTANT_MESSAGE })
  @MaxLength(35, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  startsAt: string;

  @ApiProperty({ example: '2026-09-08T10:30:00+08:00', maxLength: 35, description: '结束时间（须晚于开始时间）' })
  @IsString({ message: INSTANT_MESSAGE })
  @MaxLength(35, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  endsAt: string;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_INVIGILATORS, description: '监考人员（本机构可用的考评员）' })
  @IsArray()
  @ArrayMaxSize(MAX_INVIGILATORS)
  @ArrayUnique({ message: '监考人员不能重复 / an invigilator is listed twice' })
  @IsUUID('all', { each: true })
  invigilatorIds: string[];
}

export class CancelExamSessionDto {
  @ApiProperty({ example: '考场停电，改期', maxLength: 500, description: '取消理由（记入审计）' })
  @Transform(trim)
  @IsString({ message: '请填写取消理由 / a reason is required' })
  @Length(1, 500, { message: '请填写取消理由（不超过500字） / a reason of 1 to 500 characters is required' })
  reason: string;
}

export class SeatingRequestDto {
  @ApiProperty({ enum: COMPONENT_KINDS, example: 'theory', description: '为哪个考核项目编排考场' })
  @IsIn(COMPONENT_KINDS)
  component: ComponentKind;
}

export class InvigilatorDto {
  @ApiProperty({ format: 'uuid' }) profileId: string;
  @ApiProperty({ maxLength: 100 }) name: string;
  @ApiProperty({ maxLength: 200 }) organizationName: string;
}

export class ExamSessionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty({ maxLength: 50 }) componentLabel: string;
  @ApiProperty({ enum: NATIONAL_RANKS, nullable: true, type: String }) rank: NationalRank | null;
  @ApiProperty({ maxLength: 200 }) place: string;
  @ApiProperty({ maxLength: 50 }) room: string;
  @ApiProperty() seatCount: number;
  @ApiProperty({ description: '已编排的考生数' }) seated: number;
  @ApiProperty({ description: '机考已开考的考生数：大于0时开始时间、座位数和等级不能再改，结束时间只能延后' }) started: number;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: '2026-09-08 09:00', maxLength: 16, description: '开始时间（北京时间）' }) startsAtChina: string;
  @ApiProperty({ example: '2026-09-08 10:30', maxLength: 16, description: '结束时间（北京时间）' }) endsAtChina: string;
  @ApiProperty({ enum: EXAM_SESSION_STATUSES }) status: ExamSessionStatus;
  @ApiProperty({ maxLength: 10 }) statusLabel: string;
  @ApiProperty({ nullable: true, type: String, maxLength: 500 }) cancelReason: string | null;
  @ApiProperty({ type: [InvigilatorDto], maxItems: MAX_INVIGILATORS }) invigilators: InvigilatorDto[];
}

export class SeatDto {
  @ApiProperty({ description: '座位号（从1起）' }) seatNo: number;
  @ApiProperty({ example: '05', maxLength: 3 }) seatLabel: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ maxLength: 12, description: '准考证号' }) ticketNumber: string;
  @ApiProperty({ maxLength: 100 }) fullName: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ maxLength: 200, description: '用人单位（编排时相邻座位尽量不同）' }) employerName: string;
}

export class SeatPlanDto {
  @ApiProperty({ type: ExamSessionResponseDto }) session: ExamSessionResponseDto;
  @ApiProperty({ type: [SeatDto], maxItems: MAX_SEATS_PER_SESSION }) seats: SeatDto[];
  @ApiProperty({ description: '相邻座位同一用人单位的对数' }) adjacentSameEmployer: number;
}

export class SeatingSessionDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ maxLength: 50 }) room: string;
  @ApiProperty() seated: number;
  @ApiProperty() seatCount: number;
}

export class SeatingResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty({ description: '编排随机种子（同一种子与考生、考场可复现）' }) seed: number;
  @ApiProperty({ example: 'seating-v1', maxLength: 20 }) algorithm: string;
  @ApiProperty() candidateCount: number;
  @ApiProperty({ description: '无法避免的相邻同单位座位对数' }) adjacentSameGroup: number;
  @ApiProperty({ type: [SeatingSessionDto], maxItems: 1000 }) sessions: SeatingSessionDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MyExamSeatDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty({ maxLength: 50 }) componentLabel: string;
  @ApiProperty({ maxLength: 12, description: '准考证号' }) ticketNumber: string;
  @ApiProperty({ maxLength: 200 }) place: string;
  @ApiProperty({ maxLength: 50 }) room: string;
  @ApiProperty() seatNo: number;
  @ApiProperty({ maxLength: 3 }) seatLabel: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ maxLength: 16 }) startsAtChina: string;
  @ApiProperty({ maxLength: 16 }) endsAtChina: string;
}

export class TicketQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: '只打印这一考场的准考证' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ enum: COMPONENT_KINDS, description: '只打印这一考核项目的准考证' })
  @IsOptional()
  @IsIn(COMPONENT_KINDS)
  component?: ComponentKind;
}
