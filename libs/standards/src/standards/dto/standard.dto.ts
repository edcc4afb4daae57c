import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto, toInt } from '@skill-ladder/platform';
import { IsBusinessDate, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, trim } from '../../common/validators';
import { STANDARD_SOURCES, StandardSource } from '../../entities/standard.entity';
import { VERSION_ACTIONS, VERSION_STATUSES, VersionAction, VersionStatus } from '../version-workflow';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

export const STANDARD_SOURCE_LABELS: Readonly<Record<StandardSource, string>> = Object.freeze({
  national: '国家职业技能标准 / National standard',
  industry: '行业企业评价规范 / Industry specification',
  enterprise: '企业评价规范 / Enterprise evaluation specification',
});

const LEVELS_DESCRIPTION =
  'Per level: rank, routes (申报条件, kinds standard | exceptional 破格 | competition 以赛代评), components ' +
  '(theory | practical | comprehensive_review | performance_review | defense, with maxScore, passMark, weight %, ' +
  'minEvaluators, oddEvaluators, candidatesPerEvaluator, optional rubric), carryOverYears. Omit to start from the ' +
  'national standard of the occupation, or the national template.';

export class CreateStandardDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  occupationId: string;

  @ApiPropertyOptional({ example: '井下智能开采员企业评价规范', description: 'Defaults to 「职业名称」企业评价规范' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title?: string;

  @ApiPropertyOptional({ enum: STANDARD_SOURCES, description: 'HR and bureau: enterprise (the default); platform admin: national or industry' })
  @IsOptional()
  @IsIn(STANDARD_SOURCES)
  source?: StandardSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'The owning enterprise; a bureau officer names one in its region, HR owns its own' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: LEVELS_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  levels?: unknown[];

  @ApiPropertyOptional({ example: '2026版' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  label?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class StandardQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  occupationId?: string;

  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ enum: STANDARD_SOURCES })
  @IsOptional()
  @IsIn(STANDARD_SOURCES)
  source?: StandardSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'Owner (within your scope)' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: VERSION_STATUSES, description: 'Standards having a version in this status' })
  @IsOptional()
  @IsIn(VERSION_STATUSES)
  versionStatus?: VersionStatus;
}

export class CreateVersionDto {
  @ApiPropertyOptional({ example: '2027版' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  label?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class UpdateVersionDto extends CreateVersionDto {
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: LEVELS_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  levels?: unknown[];
}

export class ReviewStepDto {
  @ApiPropertyOptional({ description: '意见 / comment recorded in the thread' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  comment?: string;
}

export class RequestChangesDto {
  @ApiProperty({ description: '退回修改意见（必填） / what must change' })
  @IsString()
  @Length(1, 4000)
  comment: string;

  @ApiPropertyOptional({ example: 'levels[2].components[1].passMark' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fieldPath?: string;
}

export class PublishVersionDto extends ReviewStepDto {
  @ApiPropertyOptional({ example: '2026-10-01', description: '生效日期 (China date), today or later; defaults to today' })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string;
}

export class RetireVersionDto {
  @ApiProperty({ description: '废止原因 / reason' })
  @IsString()
  @Length(1, 4000)
  comment: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'First day no longer in force, today or later; defaults to today' })
  @IsOptional()
  @IsBusinessDate()
  retiredOn?: string;
}

export class CommentDto {
  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  body: string;

  @ApiPropertyOptional({ example: 'levels[0].routes[1]' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fieldPath?: string;
}

export class EligibilityRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The worker (person) id' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: RANKS, example: 'L3' })
  @IsIn(RANKS)
  rank: Rank;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Evaluation date (China); defaults to today' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ description: 'Version number; defaults to the one in force, else the latest' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  version?: number;
}

export const STANDARD_DOCUMENT_FORMAT = 'skill-ladder/standard@1';

export class DocumentOccupationDto {
  @ApiProperty({ example: '6-18-02-04' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  code: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameZh?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;
}

export class DocumentStandardDto {
  @ApiProperty()
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional({ enum: STANDARD_SOURCES })
  @IsOptional()
  @IsIn(STANDARD_SOURCES)
  source?: StandardSource;
}

export class DocumentVersionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  version?: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  label?: string | null;

  @ApiPropertyOptional({ enum: VERSION_STATUSES })
  @IsOptional()
  @IsIn(VERSION_STATUSES)
  status?: VersionStatus;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsBusinessDate()
  effectiveTo?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string | null;

  @ApiProperty({ type: 'array', items: { type: 'object' }, description: LEVELS_DESCRIPTION })
  @IsArray()
  @ArrayMaxSize(8)
  levels: unknown[];
}

/** A standard as shared between bureaus and enterprises (GET …/export gives one). */
export class StandardDocumentDto {
  @ApiProperty({ enum: [STANDARD_DOCUMENT_FORMAT] })
  @IsIn([STANDARD_DOCUMENT_FORMAT])
  format: typeof STANDARD_DOCUMENT_FORMAT;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  exportedAt?: string;

  @ApiProperty({ type: DocumentOccupationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentOccupationDto)
  occupation: DocumentOccupationDto;

  @ApiProperty({ type: DocumentStandardDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentStandardDto)
  standard: DocumentStandardDto;

  @ApiProperty({ type: DocumentVersionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentVersionDto)
  version: DocumentVersionDto;
}

export class ImportStandardDto {
  @ApiProperty({ type: StandardDocumentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => StandardDocumentDto)
  document: StandardDocumentDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Bureau officer: the enterprise in its region that will own the copy' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Title of a new standard; defaults to the document’s' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title?: string;
}

export class VersionSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String }) label: string | null;
  @ApiProperty({ enum: VERSION_STATUSES }) status: VersionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: String }) effectiveFrom: string | null;
  @ApiProperty({ nullable: true, type: String }) effectiveTo: string | null;
  @ApiProperty({ description: 'How many campaigns (or other holders) pin it' }) pinnedCount: number;
  @ApiProperty() updatedAt: string;
}

export class VersionDetailDto extends VersionSummaryDto {
  @ApiProperty() standardId: string;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) levels: unknown[];
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) createdFromVersionId: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) retiredAt: string | null;
  @ApiProperty({ description: 'Whether its content may still be edited' }) editable: boolean;
  @ApiProperty({ enum: VERSION_ACTIONS, isArray: true, description: 'What you may do to it now' }) allowedActions: VersionAction[];
}

export class StandardOccupationDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '6-18-02-04' }) code: string;
  @ApiProperty({ example: '焊工' }) nameZh: string;
  @ApiProperty({ nullable: true, type: String }) nameEn: string | null;
}

export class StandardResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STANDARD_SOURCES }) source: StandardSource;
  @ApiProperty() sourceLabel: string;
  @ApiProperty({ type: StandardOccupationDto }) occupation: StandardOccupationDto;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ nullable: true, type: String }) basedOnStandardId: string | null;
  @ApiProperty({ nullable: true, type: VersionSummaryDto, description: 'The published version in force today' }) inForce: VersionSummaryDto | null;
  @ApiProperty({ nullable: true, type: VersionSummaryDto }) latestVersion: VersionSummaryDto | null;
  @ApiProperty() createdAt: string;
}

export class CommentResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, enum: VERSION_ACTIONS }) action: VersionAction | null;
  @ApiProperty({ nullable: true, type: String }) body: string | null;
  @ApiProperty({ nullable: true, type: String }) fieldPath: string | null;
  @ApiProperty() authorName: string;
  @ApiProperty() authorRole: string;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty() createdAt: string;
}

/** 导入标准: the draft version made from the document, with the standard that holds it (new or existing). */
export class ImportedStandardDto extends VersionDetailDto {
  @ApiProperty({ type: StandardResponseDto }) standard: StandardResponseDto;
}
