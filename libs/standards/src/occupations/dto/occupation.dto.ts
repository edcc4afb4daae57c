import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@skill-ladder/platform';
import { OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, toBoolean, trim } from '../../common/validators';
import type { Occupation } from '../../entities/occupation.entity';

export const OCCUPATION_STATUSES = ['active', 'withdrawn'] as const;

export class CreateOccupationDto {
  @ApiProperty({ example: '6-18-02-04', description: '职业编码（国家职业分类大典） / occupation code' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: '焊工' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  nameZh: string;

  @ApiPropertyOptional({ example: 'Welder' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  nameEn?: string;

  @ApiPropertyOptional({ type: [String], example: ['电焊工'], description: '工种 / work types' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  workTypes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['6-18-01-02'], description: '相关职业编码 / related occupations' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(10, { each: true })
  @Matches(OCCUPATION_CODE, { each: true, message: OCCUPATION_CODE_MESSAGE })
  relatedCodes?: string[];

  @ApiPropertyOptional({ example: '国家职业分类大典（2022年版）', description: '来源 / where the entry comes from' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  sourceNote?: string;
}

export class UpdateOccupationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  nameZh?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  nameEn?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  workTypes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(10, { each: true })
  @Matches(OCCUPATION_CODE, { each: true, message: OCCUPATION_CODE_MESSAGE })
  relatedCodes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  sourceNote?: string;

  @ApiPropertyOptional({ enum: OCCUPATION_STATUSES, description: 'withdrawn: no new standards for it' })
  @IsOptional()
  @IsIn(OCCUPATION_STATUSES)
  status?: (typeof OCCUPATION_STATUSES)[number];
}

export class OccupationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '编码前缀或名称包含 / code prefix or name contains', example: '6-18' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ enum: OCCUPATION_STATUSES })
  @IsOptional()
  @IsIn(OCCUPATION_STATUSES)
  status?: (typeof OCCUPATION_STATUSES)[number];
}

export class OccupationImportQueryDto {
  @ApiPropertyOptional({ description: '只校验不写入 / validate only', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dryRun?: boolean;
}

export class OccupationResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() nameZh: string;
  @ApiProperty({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ description: 'zh-CN first, e.g. 6-18-02-04 焊工 / Welder' }) label: string;
  @ApiProperty({ type: [String] }) workTypes: string[];
  @ApiProperty({ type: [String] }) relatedCodes: string[];
  @ApiProperty({ nullable: true, type: String }) sourceNote: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The bureau that added it; null: national catalogue' }) organizationId: string | null;
  @ApiProperty({ enum: OCCUPATION_STATUSES }) status: string;
  @ApiProperty() updatedAt: string;

  static from(o: Occupation): OccupationResponseDto {
    return {
      id: o.id,
      code: o.code,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      label: `${o.code} ${o.nameZh}${o.nameEn ? ` / ${o.nameEn}` : ''}`,
      workTypes: o.workTypes,
      relatedCodes: o.relatedCodes,
      sourceNote: o.sourceNote,
      organizationId: o.organizationId,
      status: o.status,
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}

export class OccupationImportReportDto {
  @ApiProperty() rows: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ description: 'false for a dry run' }) applied: boolean;
}
