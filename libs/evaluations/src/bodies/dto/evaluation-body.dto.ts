import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '@skill-ladder/platform';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { FILING_DECISIONS, FILING_STATUSES, FilingDecision, FilingStatus } from '../filing-status';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
export const OCCUPATION_MESSAGE = '职业编码格式应为 6-18-02-04 / occupation code must look like 6-18-02-04';
const RANK_MESSAGE = `等级应为 ${NATIONAL_RANKS.join('、')} 之一 / level must be one of ${NATIONAL_RANKS.join(', ')}`;

export class FilingScopeItemDto {
  @ApiProperty({ example: '6-18-02-04', description: '职业编码 (国家职业分类大典)' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode: string;

  @ApiProperty({ enum: NATIONAL_RANKS, isArray: true, example: ['L4', 'L3', 'L2'], description: '申请评价的等级 / levels applied for' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(NATIONAL_RANKS, { each: true, message: RANK_MESSAGE })
  ranks: NationalRank[];
}

export class ApplyFilingDto {
  @ApiPropertyOptional({ format: 'uuid', description: '受理的人社局; defaults to the most local active bureau whose region covers the enterprise' })
  @IsOptional()
  @IsUUID()
  bureauId?: string;

  @ApiProperty({ type: [FilingScopeItemDto], description: '备案范围：职业 × 等级 / scope: occupations × levels' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FilingScopeItemDto)
  scope: FilingScopeItemDto[];

  @ApiPropertyOptional({ example: '本企业焊工队伍 320 人，具备实操考核场地' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class ApproveFilingDto {
  @ApiPropertyOptional({ example: '0000', description: '机构代码 (4 digits, 0000 when filed provincially); required on a body’s first approval, then fixed' })
  @IsOptional()
  @MaxLength(4)
  @Matches(/^\d{4}$/, { message: '机构代码应为4位数字 / institution code must be 4 digits' })
  institutionCode?: string;

  @ApiPropertyOptional({ example: '000123', description: '评价机构(站点)序列码 (6 digits); required on a body’s first approval, then fixed' })
  @IsOptional()
  @MaxLength(6)
  @Matches(/^\d{6}$/, { message: '站点序列码应为6位数字 / station serial must be 6 digits' })
  stationSerial?: string;

  @ApiPropertyOptional({ description: '审核意见 / decision note' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class FilingReasonDto {
  @ApiProperty({ example: '考核场地不符合要求', description: '理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: '请填写理由 / a reason is required' })
  @Length(1, 1000, { message: '请填写理由 / a reason is required' })
  reason: string;
}

export class FilingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FILING_STATUSES })
  @IsOptional()
  @IsIn(FILING_STATUSES)
  status?: FilingStatus;

  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Filings of this enterprise' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class FilingScopeResponseDto {
  @ApiProperty() occupationCode: string;
  @ApiProperty({ enum: NATIONAL_RANKS, isArray: true }) ranks: NationalRank[];
  @ApiProperty({ type: [String] }) rankLabels: string[];
}

export class FilingResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The enterprise filed as an evaluation body' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() bureauId: string;
  @ApiProperty() bureauName: string;
  @ApiProperty({ enum: FILING_STATUSES }) status: FilingStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: [FilingScopeResponseDto] }) scope: FilingScopeResponseDto[];
  @ApiProperty({ description: '省级代码' }) provinceCode: string;
  @ApiProperty({ nullable: true, type: String, description: '机构代码' }) institutionCode: string | null;
  @ApiProperty({ nullable: true, type: String, description: '评价机构(站点)序列码' }) stationSerial: string | null;
  @ApiProperty({ nullable: true, type: String }) applicationNote: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote: string | null;
  @ApiProperty() appliedBy: string;
  @ApiProperty() appliedAt: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ enum: FILING_DECISIONS, isArray: true, description: 'What the bureau may decide next' }) allowedDecisions: FilingDecision[];
}
