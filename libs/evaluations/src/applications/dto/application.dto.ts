import { EligibilityReportDto } from '@skill-ladder/standards';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQueryDto, toBoolean, trim } from '@skill-ladder/platform';
import { EMPLOYMENT_TYPES, EmploymentType } from '@skill-ladder/workforce';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { APPLICATION_SOURCES, APPLICATION_STATUSES, ApplicationSource, ApplicationStatus } from '../application-rules';

const RANK_MESSAGE = `等级应为 ${NATIONAL_RANKS.join('、')} 之一 / level must be one of ${NATIONAL_RANKS.join(', ')}`;
const REASON_MESSAGE = '请填写理由 / a reason is required';

export class CreateApplicationDto {
  @ApiProperty({ enum: NATIONAL_RANKS, example: 'L4', description: '申报等级 / level applied for' })
  @IsIn(NATIONAL_RANKS, { message: RANK_MESSAGE })
  rank: NationalRank;

  @ApiPropertyOptional({ format: 'uuid', description: 'HR: the worker registered (required); a worker applies for themself and leaves it out' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class ApproveApplicationDto {
  @ApiPropertyOptional({ description: '审核意见 / note' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class ExceptionalApprovalDto {
  @ApiProperty({ example: 'L3-exceptional-breakthrough', description: '破格申报路径：该等级标准中的破格路径代码 / an exceptional (破格) route of the level' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  routeCode: string;

  @ApiProperty({ example: '主持焊接工艺攻关，获市级技术创新一等奖', description: '破格理由（记入审计） / why, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class ApplicationReasonDto {
  @ApiProperty({ example: '申报材料不全', description: '理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class WithdrawApplicationDto {
  @ApiPropertyOptional({ example: '本人放弃报名' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS })
  @IsOptional()
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ description: 'Only eligible (true) or ineligible (false) applications' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  eligible?: boolean;
}

export class FileUploadQueryDto {
  @ApiPropertyOptional({ example: '焊工四级证书.pdf', description: '文件名 / file name shown on download' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\\/:*?"<>|]+$/, { message: '文件名含非法字符 / the file name has characters that are not allowed' })
  @Matches(/^\P{Cc}+$/u, { message: '文件名含控制字符 / the file name has control characters' })
  filename?: string;
}

export class ApplicationFileDto {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg'] }) contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty() createdAt: string;
}

export class ApplicationResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() campaignNumber: number;
  @ApiProperty() campaignName: string;
  @ApiProperty() campaignStatus: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ description: 'The evaluation body (where the worker works, 用工单位)' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() personId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ example: '141102********1234' }) idNumberMasked: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: APPLICATION_SOURCES }) source: ApplicationSource;
  @ApiProperty() sourceLabel: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty() employmentTypeLabel: string;
  @ApiProperty({ description: '用人单位 (employer of record; the agency of a dispatched worker)' }) employerOrganizationId: string;
  @ApiProperty() employerOrganizationName: string;
  @ApiProperty({ description: '申报条件审核结果（报名日） / eligible on the application date' }) eligible: boolean;
  @ApiProperty() eligibilityAsOf: string;
  @ApiProperty({ nullable: true, type: String, description: 'The route met, if any' }) routeCode: string | null;
  @ApiProperty({ type: EligibilityReportDto, description: 'The eligibility report of the standards engine as of the application date' })
  eligibilityReport: EligibilityReportDto;
  @ApiProperty({ description: '破格' }) exceptional: boolean;
  @ApiProperty({ nullable: true, type: String }) exceptionalRouteCode: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: '准考证号' }) ticketNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnAt: string | null;
  @ApiProperty() fileCount: number;
  @ApiProperty() createdAt: string;
}

export class ImportRowErrorDto {
  @ApiProperty({ nullable: true, type: String, enum: ['idNumber', 'fullName', 'rank'] }) field: string | null;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ImportBadRowDto {
  @ApiProperty({ description: 'Spreadsheet row number' }) row: number;
  @ApiProperty({ type: [ImportRowErrorDto] }) errors: ImportRowErrorDto[];
}

export class ImportedRowDto {
  @ApiProperty() row: number;
  @ApiProperty() applicationId: string;
  @ApiProperty({ required: false }) eligible?: boolean;
}

export class ApplicationImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'Applications created by this upload (0 when any row is bad: nothing is saved then)' }) created: number;
  @ApiProperty({ type: [ImportedRowDto] }) applications: ImportedRowDto[];
  @ApiProperty({ type: [ImportedRowDto], description: '已报名（重复上传不重复报名） / rows already registered' }) alreadyRegistered: ImportedRowDto[];
  @ApiProperty({ type: [ImportBadRowDto], description: 'Bad rows with their field errors; any bad row and the upload saves nothing' }) badRows: ImportBadRowDto[];
}
