import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
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
import { trim } from '@skill-ladder/platform';
import { HELD_RANKS, HeldRank, POST_GRADE_LABELS, POST_GRADES, PostGrade } from '../../common/labels';
import { TierQuotaDto } from './quota-status.dto';
import type { Treatment } from '../treatment';
import { Rank, RANKS, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

export class RubricCriterionDto {
  @ApiProperty({ example: 'innovation' })
  @MaxLength(40)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: '要素代码为小写字母、数字和下划线 / lower-case code' })
  code: string;

  @ApiProperty({ example: '技术创新能力' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  label: string;

  @ApiProperty({ example: 35, description: 'Whole percent; a rubric’s weights add up to 100, education at most 10' })
  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;
}

export const QUOTA_KINDS = ['none', 'percent', 'fixed'] as const;

export class QuotaDto {
  @ApiProperty({ enum: QUOTA_KINDS, description: 'none; percent of the enterprise’s holders of baseRank (rounded down); fixed number' })
  @IsIn(QUOTA_KINDS)
  kind: (typeof QUOTA_KINDS)[number];

  @ApiPropertyOptional({ example: 5, description: 'percent: e.g. 特级技师 ≤ 5% of 高级技师' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ enum: HELD_RANKS, example: 'L1', description: 'percent: the rank whose holders at the enterprise form the base' })
  @IsOptional()
  @IsIn(HELD_RANKS)
  baseRank?: HeldRank;

  @ApiPropertyOptional({ example: 2, description: 'fixed: the number of places' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  fixed?: number;
}

class TierPolicyFieldsDto {
  @ApiPropertyOptional({ enum: POST_GRADES, description: Object.entries(POST_GRADE_LABELS).map(([k, v]) => `${k} ${v}`).join(', ') })
  @IsOptional()
  @IsIn(POST_GRADES)
  postGrade?: PostGrade | null;

  @ApiPropertyOptional({ enum: TITLE_GRADES, description: '比照职称待遇, e.g. senior 正高级' })
  @IsOptional()
  @IsIn(TITLE_GRADES)
  titleGrade?: TitleGrade | null;

  @ApiPropertyOptional({ example: 3000, description: '月度津贴 (CNY)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000000)
  monthlyAllowance?: number;

  @ApiPropertyOptional({ example: 36, description: '聘期 in months; required for appointment tiers (特级技师, 首席技师, the enterprise’s own), not allowed otherwise' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number;

  @ApiPropertyOptional({ type: QuotaDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuotaDto)
  quota?: QuotaDto;

  @ApiPropertyOptional({ description: '须报人社局确认; always true for 特级技师 and 首席技师' })
  @IsOptional()
  @IsBoolean()
  bureauConfirmation?: boolean;

  @ApiPropertyOptional({ type: [RubricCriterionDto], description: '评审要素与权重; defaults to innovation 35, problem solving 35, contribution 30, education 0' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric?: RubricCriterionDto[];

  @ApiPropertyOptional({ example: 60, description: 'Weighted total a review must reach' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  passMark?: number;

  @ApiPropertyOptional({ example: 3, description: 'Smallest review committee (always odd)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(25)
  minReviewers?: number;
}

export class CreateTierPolicyDto extends TierPolicyFieldsDto {
  @ApiPropertyOptional({ enum: RANKS, description: 'A national rank (e.g. special 特级技师); omit when enterpriseTierId is given' })
  @IsOptional()
  @IsIn(RANKS)
  nationalRank?: Rank;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of the enterprise’s own tiers (技能专家 …); omit when nationalRank is given' })
  @IsOptional()
  @IsUUID()
  enterpriseTierId?: string;
}

export class UpdateTierPolicyDto extends TierPolicyFieldsDto {
  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';

  @ApiProperty({ description: '变更原因 / reason (audit)' })
  @Transform(trim)
  @IsString({ message: '请填写变更原因 / a reason is required' })
  @Length(1, 500)
  reason: string;
}

export class TierPolicyResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty({ example: '特级技师' }) tierName: string;
  @ApiProperty({ example: '技能专家（相当于特级技师）' }) tierLabel: string;
  @ApiProperty({ enum: RANKS }) nationalRank: Rank;
  @ApiProperty() nationalRankLabel: string;
  @ApiProperty({ nullable: true, type: String }) enterpriseTierId: string | null;
  @ApiProperty({ description: 'An appointment tier (评聘, with a term)' }) appointable: boolean;
  @ApiProperty() treatment: Treatment;
  @ApiProperty({ nullable: true, type: Number }) termMonths: number | null;
  @ApiProperty({ type: TierQuotaDto }) quota: TierQuotaDto;
  @ApiProperty() bureauConfirmation: boolean;
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty() passMark: number;
  @ApiProperty() minReviewers: number;
  @ApiProperty() status: string;
  @ApiProperty() updatedAt: string;
}
