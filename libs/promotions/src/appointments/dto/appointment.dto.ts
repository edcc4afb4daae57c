import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsBusinessDate, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, PageQueryDto, trim } from '@skill-ladder/platform';
import { EligibilityReportDto } from '@skill-ladder/standards';
import type { EligibilityReport, RubricCriterion } from '@skill-ladder/standards';
import type { QuotaStatus } from '../../policy/policy-rules';
import { QuotaStatusDto } from '../../policy/dto/quota-status.dto';
import type { Treatment } from '../../policy/treatment';
import { APPOINTMENT_STATUSES, AppointmentAction, AppointmentStatus } from '../appointment-workflow';
import type { CriterionResult } from '../review-score';
import { type Rank } from '@skill-ladder/vocabulary';

export class NominateDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The worker; a worker applying for themself may omit it, HR must give it' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ format: 'uuid', description: 'The tier policy (特级技师, 首席技师 or one of the enterprise’s own tiers) of the enterprise' })
  @IsUUID()
  policyId: string;

  @ApiPropertyOptional({ example: '6-18-02-04', description: 'Defaults to the occupation of the worker’s employment at the enterprise' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ description: '推荐理由 / why' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ReviewerSheetDto {
  @ApiProperty({ example: '评委1', description: '评审专家 (a name or a seat)' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  reviewer: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { innovation: 90, problem_solving: 85, contribution: 88, education: 60 },
    description: 'A 0–100 score per criterion of the policy’s rubric',
  })
  @IsObject()
  scores: Record<string, number>;
}

export class ReviewDto {
  @ApiProperty({ type: [ReviewerSheetDto], description: 'One sheet per member of an odd committee' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => ReviewerSheetDto)
  sheets: ReviewerSheetDto[];

  @ApiPropertyOptional({ description: '评审意见 / comment' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class OpenPublicityDto {
  @ApiPropertyOptional({ example: '2026-10-08', description: 'Publication day; defaults to today' })
  @IsOptional()
  @IsBusinessDate()
  publishedOn?: string;

  @ApiPropertyOptional({ example: 5, description: 'Working days of the window; defaults to the national 5' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays?: number;
}

export class AppointDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day of the term; defaults to today, never in the past' })
  @IsOptional()
  @IsBusinessDate()
  startsOn?: string;
}

export class AppointmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  policyId?: string;
}

export interface AppointmentReviewView {
  id: string;
  kind: 'appointment' | 'renewal';
  reviewedOn: string;
  criteria: RubricCriterion[];
  results: CriterionResult[];
  committeeSize: number;
  total: number;
  passMark: number;
  passed: boolean;
  comment: string | null;
}

/** A criterion's weighted mean in a review. */
export class CriterionResultDto implements CriterionResult {
  @ApiProperty({ example: 'innovation' }) code: string;
  @ApiProperty({ example: '技术创新能力' }) label: string;
  @ApiProperty({ example: 35 }) weight: number;
  @ApiProperty({ description: 'Mean of the members’ scores' }) mean: number;
}

export class AppointmentReviewDto implements Omit<AppointmentReviewView, 'criteria'> {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['appointment', 'renewal'] }) kind: 'appointment' | 'renewal';
  @ApiProperty() reviewedOn: string;
  @ApiProperty({ type: [CriterionResultDto] }) results: CriterionResultDto[];
  @ApiProperty() committeeSize: number;
  @ApiProperty() total: number;
  @ApiProperty() passMark: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class AppointmentPublicityDto {
  @ApiProperty() noticeId: string;
  @ApiProperty({ nullable: true, type: String, description: 'Last working day of the window' }) endsOn: string | null;
}

export class AppointmentBureauDto {
  @ApiProperty({ description: 'The confirming bureau' }) id: string;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class AppointmentResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() policyId: string;
  @ApiProperty({ example: '特级技师' }) tierName: string;
  @ApiProperty() nationalRank: Rank;
  @ApiProperty() nationalRankLabel: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status: AppointmentStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() allowedActions: AppointmentAction[];
  @ApiProperty({ enum: ['hr', 'self'] }) nominatedVia: 'hr' | 'self';
  @ApiProperty({ nullable: true, type: String }) nominationNote: string | null;
  @ApiProperty({ type: EligibilityReportDto }) eligibility: EligibilityReport;
  @ApiProperty({ nullable: true, type: Number }) reviewScore: number | null;
  @ApiProperty({ type: [AppointmentReviewDto] }) reviews: AppointmentReviewView[];
  @ApiProperty({ type: AppointmentPublicityDto, nullable: true }) publicity: AppointmentPublicityDto | null;
  @ApiProperty({ type: AppointmentBureauDto, nullable: true }) bureau: AppointmentBureauDto | null;
  @ApiProperty({ nullable: true, type: String }) appointedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) termStartsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) termEndsOn: string | null;
  @ApiProperty() renewals: number;
  @ApiProperty({ nullable: true }) treatment: Treatment | null;
  @ApiProperty({ nullable: true, type: String }) credentialId: string | null;
  @ApiProperty({ nullable: true, type: String }) endedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) endReason: string | null;
  @ApiProperty({ type: QuotaStatusDto, nullable: true, description: 'The policy’s places, for HR and the bureau' }) quota: QuotaStatus | null;
}
