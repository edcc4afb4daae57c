import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsBusinessDate, IsResidentIdNumber, normalizeResidentId, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, PageQueryDto, toBoolean, trim } from '@skill-ladder/platform';
import {
  AWARD_LEVEL_CODES,
  AwardLevelCode,
  CREDENTIAL_RANKS,
  CredentialRank,
  EDUCATION_CODES,
  EducationCode,
  EMPLOYMENT_TYPES,
  EmploymentType,
  HONOR_KIND_LABELS,
  INNOVATION_KIND_LABELS,
  RELATION_KINDS,
  RelationKind,
  TITLE_GRADES,
  TitleGradeCode,
} from '../worker-record';


export class EmploymentInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: '用人单位 (employer of record). For a dispatched worker registered by the enterprise: the dispatch agency. Defaults to your organization.' })
  @IsOptional()
  @IsUUID()
  employerOrganizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '用工单位 (where the person works). For a dispatched worker registered by the agency: the enterprise. Defaults to your organization.' })
  @IsOptional()
  @IsUUID()
  workOrganizationId?: string;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @ApiPropertyOptional({ example: '6-18-02-04', description: '职业编码 (国家职业分类大典)' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ example: '2015-07-01', description: '从事本职业起始日期' })
  @IsOptional()
  @IsBusinessDate()
  occupationStartedOn?: string;

  @ApiProperty({ example: '2018-03-01' })
  @IsBusinessDate()
  hiredOn: string;

  @ApiPropertyOptional({ example: '焊工班组长' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  jobTitle?: string;
}

export class CreateWorkerDto {
  @ApiProperty({ example: '王建国' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  fullName: string;

  @ApiProperty({ example: '141102199003071236', description: '18位居民身份证号码 (GB 11643); stored encrypted, shown masked' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeResidentId(value) : value))
  @IsResidentIdNumber()
  idNumber: string;

  @ApiPropertyOptional({ example: '13800000000' })
  @IsOptional()
  @MaxLength(11)
  @Matches(/^1[3-9]\d{9}$/, { message: '手机号码格式错误 / phone must be an 11-digit mobile number' })
  phone?: string;

  @ApiPropertyOptional({ enum: EDUCATION_CODES })
  @IsOptional()
  @IsIn(EDUCATION_CODES)
  education?: EducationCode;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBusinessDate()
  graduatedOn?: string;

  @ApiPropertyOptional({ description: '学徒期满日期' })
  @IsOptional()
  @IsBusinessDate()
  apprenticeshipCompletedOn?: string;

  @ApiProperty({ type: EmploymentInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EmploymentInputDto)
  employment: EmploymentInputDto;
}

/** The person's own fields, as at registration, each optional; the ID number never changes. */
export class UpdateWorkerDto extends PartialType(
  PickType(CreateWorkerDto, ['fullName', 'phone', 'education', 'graduatedOn', 'apprenticeshipCompletedOn'] as const),
) {
  @ApiPropertyOptional({ description: '变更原因 / Reason (audit)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class EndEmploymentDto {
  @ApiProperty({ example: '2026-10-31' })
  @IsBusinessDate()
  endedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** The worker list's filters, for a page and for the count alone. */
export class WorkerFilterDto {
  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only workers with an employment at this organization (within your scope)' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: '姓名（前缀匹配） / Name starts with' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name?: string;
}

export class WorkerQueryDto extends IntersectionType(PageQueryDto, WorkerFilterDto) {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      '接着上一页翻：上一页最后一名职工的 id。给出时本页从该职工之后开始（page 只原样返回），翻到很深的页也很快 / ' +
      'The id of the last worker of the previous page, under the same filters: the page starts right after that worker ' +
      '(`page` is only echoed back), so a deep page costs what the first does. Another scope\'s worker answers 404.',
  })
  @IsOptional()
  @IsUUID()
  after?: string;

  @ApiPropertyOptional({
    default: true,
    description:
      '是否同时计数。继续翻页时客户端已有总数，可传 false 省去计数 / With false the page comes without `total` and `totalIsEstimate`: ' +
      'a client paging on under the same filters keeps the count it has (or asks `GET /workers/count`), and the page costs no count.',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  withTotal?: boolean;
}

export class AddCredentialDto {
  @ApiProperty({ example: '6-18-02-04' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode: string;

  @ApiPropertyOptional({ example: '电焊工' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  workType?: string;

  @ApiProperty({ enum: CREDENTIAL_RANKS })
  @IsIn(CREDENTIAL_RANKS)
  rank: CredentialRank;

  @ApiPropertyOptional({ description: 'Certificate number as printed (issued elsewhere)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(6, 40)
  certificateNumber?: string;

  @ApiProperty({ example: '2021-03-15' })
  @IsBusinessDate()
  issuedOn: string;

  @ApiProperty({ example: '山西省职业技能鉴定指导中心' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  issuerName: string;
}

export class AddTitleDto {
  @ApiProperty({ example: 'engineering', description: '职称系列, e.g. engineering 工程' })
  @Transform(trim)
  @IsString()
  @Length(2, 60)
  series: string;

  @ApiProperty({ enum: TITLE_GRADES })
  @IsIn(TITLE_GRADES)
  grade: TitleGradeCode;

  @ApiProperty({ example: '助理工程师' })
  @Transform(trim)
  @IsString()
  @Length(2, 60)
  titleName: string;

  @ApiProperty({ example: '2020-12-01' })
  @IsBusinessDate()
  obtainedOn: string;
}

export class AddHonorDto {
  @ApiProperty({ enum: Object.keys(HONOR_KIND_LABELS), example: 'technical_expert', description: Object.entries(HONOR_KIND_LABELS).map(([k, v]) => `${k} ${v}`).join(', ') })
  @IsIn(Object.keys(HONOR_KIND_LABELS), { message: '荣誉类别不在可选范围内 / unknown honor kind' })
  kind: string;

  @ApiProperty({ enum: AWARD_LEVEL_CODES })
  @IsIn(AWARD_LEVEL_CODES)
  level: AwardLevelCode;

  @ApiProperty({ example: '吕梁市技术能手' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: '2024-05-01' })
  @IsBusinessDate()
  awardedOn: string;
}

export class AddTrainingDto {
  @ApiProperty({ example: '焊接安全与工艺培训' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 40 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(2000)
  hours: number;

  @ApiProperty({ example: '2025-06-30' })
  @IsBusinessDate()
  completedOn: string;
}

export class AddInnovationDto {
  @ApiProperty({ enum: Object.keys(INNOVATION_KIND_LABELS), example: 'patent_utility_model', description: Object.entries(INNOVATION_KIND_LABELS).map(([k, v]) => `${k} ${v}`).join(', ') })
  @IsIn(Object.keys(INNOVATION_KIND_LABELS), { message: '创新成果类别不在可选范围内 / unknown innovation kind' })
  kind: string;

  @ApiProperty({ example: '焊缝自动跟踪装置' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional({ enum: AWARD_LEVEL_CODES, description: 'Level of the award it received, if any' })
  @IsOptional()
  @IsIn(AWARD_LEVEL_CODES)
  level?: AwardLevelCode;

  @ApiProperty({ example: '2023-09-01' })
  @IsBusinessDate()
  achievedOn: string;
}

export class AddRelationDto {
  @ApiProperty({ format: 'uuid', description: 'The other worker (also within your scope)' })
  @IsUUID()
  relatedPersonId: string;

  @ApiProperty({ enum: RELATION_KINDS, description: 'relative 近亲属; supervisor: this worker supervises the other; master: this worker is the other’s 师傅' })
  @IsIn(RELATION_KINDS)
  kind: RelationKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

export class CreateWorkerAccountDto {
  @ApiProperty({ example: 'wang.jianguo' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(64)
  @Matches(/^[a-z0-9][a-z0-9_.-]{2,63}$/, { message: '用户名须为3–64位小写字母、数字或 _ . - / username must be 3–64 lowercase letters, digits, _ . -' })
  username: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: '密码至少12位 / password must be at least 12 characters' })
  @MaxLength(128)
  password: string;
}
