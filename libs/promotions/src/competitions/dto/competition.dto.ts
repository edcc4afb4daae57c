import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsBusinessDate, IsRegionCode, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, PageQueryDto, toInt, trim } from '@skill-ladder/platform';
import { COMPETITION_TIERS, CompetitionTier } from '@skill-ladder/standards';
import { CERTIFICATE_RANKS, CertificateRank } from '../../common/labels';
import { PROMOTION_STATUSES, PromotionAction, PromotionStatus } from '../promotion-workflow';

export class CreateCompetitionDto {
  @ApiProperty({ example: '吕梁市第五届职业技能大赛（焊工项目）' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: COMPETITION_TIERS, description: 'national 国家级, provincial 省级, city_class_1 市级一类, city_class_2 市级二类, enterprise 企业级 (HR registers enterprise contests only)' })
  @IsIn(COMPETITION_TIERS)
  tier: CompetitionTier;

  @ApiProperty({ example: '2026-08-20', description: '举办日期; its year is the year of any promotion it gives' })
  @IsBusinessDate()
  heldOn: string;

  @ApiProperty({ example: '吕梁市人力资源和社会保障局、吕梁市总工会' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  organizer: string;
}

export class CompetitionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPETITION_TIERS })
  @IsOptional()
  @IsIn(COMPETITION_TIERS)
  tier?: CompetitionTier;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;
}

export class ResultEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: '6-18-02-04' })
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode: string;

  @ApiProperty({ example: 3, description: '名次, 1 = first' })
  @IsInt()
  @Min(1)
  @Max(100000)
  placing: number;

  @ApiPropertyOptional({ example: 120, description: 'Contestants in the field, for rules by top percent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000000)
  fieldSize?: number;
}

export class RecordResultsDto {
  @ApiProperty({ type: [ResultEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ResultEntryDto)
  results: ResultEntryDto[];
}

export class CreateCompetitionRuleDto {
  @ApiProperty({ enum: COMPETITION_TIERS })
  @IsIn(COMPETITION_TIERS)
  tier: CompetitionTier;

  @ApiPropertyOptional({ example: 10, description: 'Placed within this rank …' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  maxPlacing?: number;

  @ApiPropertyOptional({ example: 30, description: '… or within this top share of the field (either bound suffices; give at least one)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  maxTopPercent?: number;

  @ApiPropertyOptional({ enum: CERTIFICATE_RANKS, description: 'Only for holders of exactly this rank in the occupation (e.g. 技师 → 高级技师)' })
  @IsOptional()
  @IsIn(CERTIFICATE_RANKS)
  requiredRank?: CertificateRank;

  @ApiProperty({ enum: ['target', 'one_up'], description: 'target: straight to targetRank; one_up: one rank above the current one, at most maxRank' })
  @IsIn(['target', 'one_up'])
  mode: 'target' | 'one_up';

  @ApiPropertyOptional({ enum: CERTIFICATE_RANKS, example: 'L2' })
  @IsOptional()
  @IsIn(CERTIFICATE_RANKS)
  targetRank?: CertificateRank;

  @ApiPropertyOptional({ enum: CERTIFICATE_RANKS, default: 'L1', description: 'one_up: the highest rank it gives' })
  @IsOptional()
  @IsIn(CERTIFICATE_RANKS)
  maxRank?: CertificateRank;

  @ApiProperty({ example: '2026-01-01' })
  @IsBusinessDate()
  effectiveFrom: string;

  @ApiPropertyOptional({ example: '2028-12-31' })
  @IsOptional()
  @IsBusinessDate()
  effectiveTo?: string;

  @ApiPropertyOptional({ example: '吕人社发〔2026〕3号' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  basis?: string;
}

export class EndCompetitionRuleDto {
  @ApiProperty({ example: '2026-12-31', description: 'Last day in force (today at the earliest)' })
  @IsBusinessDate()
  effectiveTo: string;

  @ApiProperty({ description: '理由 / reason (audit)' })
  @Transform(trim)
  @IsString({ message: '请填写理由 / a reason is required' })
  @Length(1, 500)
  reason: string;
}

export class CompetitionRuleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '141102', description: 'Rules that apply in this region (its own and those of the bureaus covering it)' })
  @IsOptional()
  @IsRegionCode()
  appliesIn?: string;
}

export class ProposePromotionDto {
  @ApiProperty({ format: 'uuid', description: 'The competition result (名次) the promotion rests on' })
  @IsUUID()
  competitionResultId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class PromotionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROMOTION_STATUSES })
  @IsOptional()
  @IsIn(PROMOTION_STATUSES)
  status?: PromotionStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class CompetitionResultView {
  @ApiProperty() id: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ description: '名次' }) placing: number;
  @ApiProperty({ nullable: true, type: Number }) fieldSize: number | null;
}

export class CompetitionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COMPETITION_TIERS }) tier: CompetitionTier;
  @ApiProperty() tierLabel: string;
  @ApiProperty() heldOn: string;
  @ApiProperty() organizer: string;
  @ApiProperty({ type: [CompetitionResultView], description: 'The results the caller may see' }) results: CompetitionResultView[];
}

export class CompetitionRuleResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ enum: COMPETITION_TIERS }) tier: CompetitionTier;
  @ApiProperty() tierLabel: string;
  @ApiProperty({ nullable: true, type: Number }) maxPlacing: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxTopPercent: number | null;
  @ApiProperty({ nullable: true, type: String }) requiredRank: CertificateRank | null;
  @ApiProperty({ enum: ['target', 'one_up'] }) mode: 'target' | 'one_up';
  @ApiProperty({ nullable: true, type: String }) targetRank: CertificateRank | null;
  @ApiProperty() maxRank: CertificateRank;
  @ApiProperty({ description: 'zh-CN, e.g. 市级一类竞赛前10名 → 二级/技师' }) summary: string;
  @ApiProperty() effectiveFrom: string;
  @ApiProperty({ nullable: true, type: String }) effectiveTo: string | null;
  @ApiProperty({ nullable: true, type: String }) basis: string | null;
}

export class PromotionCompetitionDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COMPETITION_TIERS }) tier: CompetitionTier;
  @ApiProperty() tierLabel: string;
  @ApiProperty() heldOn: string;
}

export class PromotionResultDto {
  @ApiProperty() id: string;
  @ApiProperty() placing: number;
  @ApiProperty({ nullable: true, type: Number }) fieldSize: number | null;
}

export class CompetitionPromotionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ type: PromotionCompetitionDto }) competition: PromotionCompetitionDto;
  @ApiProperty({ type: PromotionResultDto }) result: PromotionResultDto;
  @ApiProperty() ruleId: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ nullable: true, type: String }) fromRank: CertificateRank | null;
  @ApiProperty() fromRankLabel: string;
  @ApiProperty() targetRank: CertificateRank;
  @ApiProperty() targetRankLabel: string;
  @ApiProperty() promotionYear: number;
  @ApiProperty({ enum: PROMOTION_STATUSES }) status: PromotionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() allowedActions: PromotionAction[];
  @ApiProperty() bureauId: string;
  @ApiProperty({ nullable: true, type: String }) proposalNote: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: String }) certificateId: string | null;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) issuedOn: string | null;
}
