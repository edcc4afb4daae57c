import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@skill-ladder/platform';
import { OCCUPATION_CODE, OCCUPATION_MESSAGE } from '../../bodies/dto/evaluation-body.dto';
import { EVALUATION_RANKS, EvaluationRank } from '../../draw/ranks';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD';
const dateOnly = { strict: true };
const REASON_MESSAGE = '请填写理由 / a reason is required';

export const EVALUATOR_STATUSES = ['active', 'inactive'] as const;
export type EvaluatorStatus = (typeof EVALUATOR_STATUSES)[number];
export const EVALUATOR_STATUS_LABELS: Readonly<Record<EvaluatorStatus, string>> = { active: '在册 / Active', inactive: '停用 / Inactive' };

export class RegisterEvaluatorDto {
  @ApiProperty({ format: 'uuid', description: 'A user of your organization holding the evaluator role (考评员)' })
  @IsUUID()
  userId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The evaluator’s own worker record, so their relations count for recusal (回避)' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ example: ['6-18-02-04'], description: '可考评的职业 / occupations they may assess' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(10, { each: true })
  @Matches(OCCUPATION_CODE, { each: true, message: OCCUPATION_MESSAGE })
  occupations: string[];

  @ApiProperty({ enum: EVALUATION_RANKS, example: 'L1', description: '可考评的最高等级 / highest level they may assess' })
  @IsIn(EVALUATION_RANKS)
  highestRank: EvaluationRank;

  @ApiProperty({ example: 'KPY-1411-2024-0007', description: '考评员资格证书编号' })
  @Transform(trim)
  @IsString()
  @Length(4, 64)
  @Matches(/^[0-9A-Za-z-]+$/, { message: '证书编号只能包含字母、数字和连字符 / letters, digits and hyphens only' })
  qualificationCertificateNumber: string;

  @ApiProperty({ example: '2024-07-01' })
  @IsDateString(dateOnly, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  validFrom: string;

  @ApiProperty({ example: '2029-06-30' })
  @IsDateString(dateOnly, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  validUntil: string;
}

export class UpdateEvaluatorDto {
  @ApiPropertyOptional({ example: ['6-18-02-04', '6-18-02-05'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(10, { each: true })
  @Matches(OCCUPATION_CODE, { each: true, message: OCCUPATION_MESSAGE })
  occupations?: string[];

  @ApiPropertyOptional({ enum: EVALUATION_RANKS })
  @IsOptional()
  @IsIn(EVALUATION_RANKS)
  highestRank?: EvaluationRank;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(4, 64)
  @Matches(/^[0-9A-Za-z-]+$/, { message: '证书编号只能包含字母、数字和连字符 / letters, digits and hyphens only' })
  qualificationCertificateNumber?: string;

  @ApiPropertyOptional({ example: '2024-07-01' })
  @IsOptional()
  @IsDateString(dateOnly, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2029-06-30' })
  @IsOptional()
  @IsDateString(dateOnly, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  validUntil?: string;

  @ApiPropertyOptional({ enum: EVALUATOR_STATUSES, description: 'inactive: no longer drawn' })
  @IsOptional()
  @IsIn(EVALUATOR_STATUSES)
  status?: EvaluatorStatus;

  @ApiProperty({ description: '变更原因（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 500, { message: REASON_MESSAGE })
  reason: string;
}

export class EvaluatorSharingDto {
  @ApiProperty({ description: 'true: every enterprise in your region may draw this evaluator; false: only the home enterprise' })
  @IsBoolean()
  sharedWithRegion: boolean;

  @ApiProperty({ example: '全市焊工考评员共享' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 500, { message: REASON_MESSAGE })
  reason: string;
}

export class EvaluatorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ enum: EVALUATOR_STATUSES })
  @IsOptional()
  @IsIn(EVALUATOR_STATUSES)
  status?: EvaluatorStatus;

  @ApiPropertyOptional({ enum: EVALUATION_RANKS, description: '可考评的最高等级 / highest level they may assess' })
  @IsOptional()
  @IsIn(EVALUATION_RANKS)
  highestRank?: EvaluationRank;

  @ApiPropertyOptional({ format: 'uuid', description: 'Evaluators whose home is this organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class DeclareConflictDto {
  @ApiProperty({ format: 'uuid', description: 'The worker this evaluator must never assess' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: '曾为同一班组，存在利害关系' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 500, { message: REASON_MESSAGE })
  reason: string;
}

export class RemoveConflictDto {
  @ApiProperty({ example: '申报有误' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 500, { message: REASON_MESSAGE })
  reason: string;
}

export class EvaluatorResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) personId: string | null;
  @ApiProperty({ description: 'Home organization' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ type: [String] }) occupations: string[];
  @ApiProperty({ enum: EVALUATION_RANKS }) highestRank: EvaluationRank;
  @ApiProperty() highestRankLabel: string;
  @ApiProperty() qualificationCertificateNumber: string;
  @ApiProperty() validFrom: string;
  @ApiProperty() validUntil: string;
  @ApiProperty({ description: 'Qualification valid today (China date)' }) validToday: boolean;
  @ApiProperty({ enum: EVALUATOR_STATUSES }) status: EvaluatorStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() sharedWithRegion: boolean;
  @ApiProperty({ nullable: true, type: String }) sharedByBureauId: string | null;
  @ApiProperty() createdAt: string;
}

export class EvaluatorConflictResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() evaluatorProfileId: string;
  @ApiProperty() personId: string;
  @ApiProperty({ description: '须回避的职工姓名 / the worker’s name' }) personName: string;
  @ApiProperty({ description: 'The organization that declared it' }) organizationId: string;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: string;
}
