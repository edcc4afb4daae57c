import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsRegionCode, PageQueryDto } from '@skill-ladder/platform';
import { IsBusinessDate, trim } from '../../common/validators';
import { TITLE_SERIES_LABELS } from '../../eligibility';
import type { TitleMapping } from '../../entities/title-mapping.entity';
import { MAPPING_DIRECTIONS, MappingDirection } from '../title-options';
import { Rank, RANK_INFO, RANKS, TITLE_GRADE_INFO, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

const SERIES = /^[a-z][a-z_]{1,39}$/;
const SERIES_MESSAGE = '职称系列代码，如 engineering / title series code such as engineering';

export const DIRECTION_LABELS: Readonly<Record<MappingDirection, string>> = Object.freeze({
  skill_to_title: '技能等级 → 职称 / Skill level to title',
  title_to_skill: '职称 → 技能等级 / Title to skill level',
});

export class CreateTitleMappingDto {
  @ApiProperty({ enum: MAPPING_DIRECTIONS })
  @IsIn(MAPPING_DIRECTIONS)
  direction: MappingDirection;

  @ApiProperty({ enum: RANKS, description: 'skill_to_title: the level held; title_to_skill: the level one may apply for' })
  @IsIn(RANKS)
  rank: Rank;

  @ApiPropertyOptional({ example: 'engineering', description: 'Required for skill_to_title; for title_to_skill omit to accept any series' })
  @ValidateIf((o: CreateTitleMappingDto) => o.direction === 'skill_to_title' || o.titleSeries !== undefined)
  @MaxLength(40)
  @Matches(SERIES, { message: SERIES_MESSAGE })
  titleSeries?: string;

  @ApiProperty({ enum: TITLE_GRADES })
  @IsIn(TITLE_GRADES)
  titleGrade: TitleGrade;

  @ApiProperty({ example: '工程师' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  titleName: string;

  @ApiProperty({ example: 3, description: 'Years the level (or title) must have been held' })
  @IsInt()
  @Min(0)
  @Max(30)
  years: number;

  @ApiProperty({ example: '2027-01-01' })
  @IsBusinessDate()
  effectiveFrom: string;

  @ApiPropertyOptional({ example: '2029-12-31', description: 'Last day in force; open-ended when omitted' })
  @IsOptional()
  @IsBusinessDate()
  effectiveTo?: string;

  @ApiPropertyOptional({ example: '吕人社发〔2026〕1号', description: '文件依据 / the document it rests on' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  basis?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class UpdateTitleMappingDto {
  @ApiPropertyOptional({ description: 'Only before the rule takes effect' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  titleName?: string;

  @ApiPropertyOptional({ description: 'Only before the rule takes effect' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  years?: number;

  @ApiPropertyOptional({ description: 'Only before the rule takes effect' })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string;

  @ApiPropertyOptional({ description: 'Ends the rule (last day in force); not before today once it is in force' })
  @IsOptional()
  @IsBusinessDate()
  effectiveTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  basis?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;

  @ApiPropertyOptional({ description: '变更原因 / reason (audit)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class TitleMappingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MAPPING_DIRECTIONS })
  @IsOptional()
  @IsIn(MAPPING_DIRECTIONS)
  direction?: MappingDirection;

  @ApiPropertyOptional({ example: '141102', description: 'Rules that apply in this region: national ones and those of bureaus covering it' })
  @IsOptional()
  @IsRegionCode()
  appliesIn?: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Only rules in force on this date' })
  @IsOptional()
  @IsBusinessDate()
  activeOn?: string;
}

export class TitleOptionsQueryDto {
  @ApiPropertyOptional({ example: '2026-09-30', description: 'Defaults to today (China)' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class TitleMappingResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'national: the default; regional: a bureau’s rule' }) scope: 'national' | 'regional';
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ enum: MAPPING_DIRECTIONS }) direction: MappingDirection;
  @ApiProperty() directionLabel: string;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ nullable: true, type: String }) titleSeries: string | null;
  @ApiProperty() titleSeriesLabel: string;
  @ApiProperty({ enum: TITLE_GRADES }) titleGrade: TitleGrade;
  @ApiProperty() titleGradeLabel: string;
  @ApiProperty() titleName: string;
  @ApiProperty() years: number;
  @ApiProperty() effectiveFrom: string;
  @ApiProperty({ nullable: true, type: String }) effectiveTo: string | null;
  @ApiProperty({ nullable: true, type: String }) basis: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;

  static from(m: TitleMapping): TitleMappingResponseDto {
    return {
      id: m.id,
      scope: m.regionCode === null ? 'national' : 'regional',
      organizationId: m.organizationId,
      regionCode: m.regionCode,
      direction: m.direction,
      directionLabel: DIRECTION_LABELS[m.direction],
      rank: m.rank,
      rankLabel: RANK_INFO[m.rank].labelZh,
      titleSeries: m.titleSeries,
      titleSeriesLabel: m.titleSeries === null ? '任意系列 / Any series' : (TITLE_SERIES_LABELS[m.titleSeries] ?? m.titleSeries),
      titleGrade: m.titleGrade,
      titleGradeLabel: TITLE_GRADE_INFO[m.titleGrade].labelZh,
      titleName: m.titleName,
      years: m.years,
      effectiveFrom: m.effectiveFrom,
      effectiveTo: m.effectiveTo,
      basis: m.basis,
      note: m.note,
    };
  }
}
