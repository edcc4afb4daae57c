import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsBusinessDate, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, PageQueryDto, trim } from '@skill-ladder/platform';
import { EMPLOYMENT_TYPES, EmploymentType } from '@skill-ladder/workforce';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { CAMPAIGN_STATUSES, CAMPAIGN_ACTIONS, CampaignAction, CampaignStatus } from '../campaign-workflow';

const RANK_MESSAGE = `等级应为 ${NATIONAL_RANKS.join('、')} 之一 / level must be one of ${NATIONAL_RANKS.join(', ')}`;
const REASON_MESSAGE = '请填写理由 / a reason is required';

export class CampaignLevelInputDto {
  @ApiProperty({ enum: NATIONAL_RANKS, example: 'L4' })
  @IsIn(NATIONAL_RANKS, { message: RANK_MESSAGE })
  rank: NationalRank;

  @ApiProperty({ example: 50, description: '名额 / seats for this level' })
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity: number;
}

export class CreateCampaignDto {
  @ApiProperty({ example: '2026年第四季度焊工职业技能等级认定' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: '6-18-02-04', description: '职业编码 (国家职业分类大典)' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode: string;

  @ApiProperty({ format: 'uuid', description: '所依据的标准版本：已发布且在考核开始日有效 / a published standard version in force on the assessment start date' })
  @IsUUID()
  standardVersionId: string;

  @ApiProperty({ type: [CampaignLevelInputDto], description: '认定等级与名额 / levels and their seats' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CampaignLevelInputDto)
  levels: CampaignLevelInputDto[];

  @ApiProperty({ example: '2026-10-08', description: '报名开始日期 (China date)' })
  @IsBusinessDate()
  registrationOpensOn: string;

  @ApiProperty({ example: '2026-10-20', description: '报名截止日期 (inclusive)' })
  @IsBusinessDate()
  registrationClosesOn: string;

  @ApiProperty({ example: '2026-11-03' })
  @IsBusinessDate()
  assessmentStartsOn: string;

  @ApiProperty({ example: '2026-11-05' })
  @IsBusinessDate()
  assessmentEndsOn: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, isArray: true, description: '可报名的用工形式 / employment types admitted; default all five' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EMPLOYMENT_TYPES.length)
  @ArrayUnique()
  @IsIn(EMPLOYMENT_TYPES, { each: true })
  allowedEmploymentTypes?: EmploymentType[];

  @ApiPropertyOptional({ example: 40, description: '考评员工作量上限（跨认定计划，考生人次） / most candidates one evaluator assesses across live campaigns' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  workloadCap?: number;
}

/** A draft or returned campaign may still change; the version pin follows the version chosen. */
export class UpdateCampaignDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  standardVersionId?: string;

  @ApiPropertyOptional({ type: [CampaignLevelInputDto], description: 'Replaces the levels' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CampaignLevelInputDto)
  levels?: CampaignLevelInputDto[];

  @ApiPropertyOptional() @IsOptional() @IsBusinessDate() registrationOpensOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBusinessDate() registrationClosesOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBusinessDate() assessmentStartsOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBusinessDate() assessmentEndsOn?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EMPLOYMENT_TYPES.length)
  @ArrayUnique()
  @IsIn(EMPLOYMENT_TYPES, { each: true })
  allowedEmploymentTypes?: EmploymentType[];

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null removes the cap' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  workloadCap?: number | null;
}

export class CampaignReasonDto {
  @ApiProperty({ example: '考核场地与日期冲突，请调整', description: '理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class CampaignNoteDto {
  @ApiPropertyOptional({ description: '备注（记入审计） / note, kept in the audit trail' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class CampaignQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns of this evaluation body' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class CampaignComponentDto {
  @ApiProperty() kind: string;
  @ApiProperty() label: string;
  @ApiProperty() passMark: number;
  @ApiProperty() weight: number;
  @ApiProperty() minEvaluators: number;
  @ApiProperty() oddEvaluators: boolean;
  @ApiProperty({ nullable: true, type: Number }) candidatesPerEvaluator: number | null;
}

export class CampaignLevelDto {
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty() rankLabel: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: '待审核与已通过的报名 / pending and approved applications' }) seatsTaken: number;
  @ApiProperty() seatsLeft: number;
  @ApiProperty({ type: [CampaignComponentDto], description: '考核项目（来自所依据的标准版本） / assessment components of the pinned version' })
  components: CampaignComponentDto[];
}

export class CampaignStandardDto {
  @ApiProperty() versionId: string;
  @ApiProperty() standardId: string;
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty() source: string;
}

export class CampaignResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '计划编号 / campaign number' }) number: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The evaluation body running it' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty({ type: CampaignStandardDto }) standard: CampaignStandardDto;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: String, description: '退回或取消的理由' }) statusReason: string | null;
  @ApiProperty({ nullable: true, type: String }) bureauId: string | null;
  @ApiProperty({ nullable: true, type: String }) bureauName: string | null;
  @ApiProperty() registrationOpensOn: string;
  @ApiProperty() registrationClosesOn: string;
  @ApiProperty() assessmentStartsOn: string;
  @ApiProperty() assessmentEndsOn: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, isArray: true }) allowedEmploymentTypes: EmploymentType[];
  @ApiProperty({ type: [String] }) allowedEmploymentTypeLabels: string[];
  @ApiProperty({ nullable: true, type: Number }) workloadCap: number | null;
  @ApiProperty({ type: [CampaignLevelDto] }) levels: CampaignLevelDto[];
  @ApiProperty({ nullable: true, type: String }) filedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ isArray: true, enum: CAMPAIGN_ACTIONS, description: 'What the caller may do next' }) allowedActions: CampaignAction[];
}
