import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { trim } from '../../common/validators';
import type { EnterpriseTier } from '../../entities/enterprise-tier.entity';
import { Rank, RANK_INFO, RANKS } from '@skill-ladder/vocabulary';

export class CreateEnterpriseTierDto {
  @ApiProperty({ example: '技能专家' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ enum: RANKS, description: 'The national rank this tier is equivalent to (required: no tier without a mapping)' })
  @IsIn(RANKS)
  nationalRank: Rank;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 9, description: 'Orders tiers that split one national rank: higher is senior' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9)
  subOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  description?: string;
}

export class UpdateEnterpriseTierDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional({ enum: RANKS })
  @IsOptional()
  @IsIn(RANKS)
  nationalRank?: Rank;

  @ApiPropertyOptional({ minimum: 0, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9)
  subOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  description?: string;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';

  @ApiPropertyOptional({ description: '变更原因 / reason (audit)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class EnterpriseTierResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RANKS }) nationalRank: Rank;
  @ApiProperty() nationalRankLabel: string;
  @ApiProperty({ nullable: true, type: Number, description: '1–5 for certificate levels' }) certificateLevel: number | null;
  @ApiProperty() subOrder: number;
  @ApiProperty({ description: 'e.g. 技能专家（相当于特级技师）' }) label: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() status: string;

  static from(t: EnterpriseTier): EnterpriseTierResponseDto {
    const info = RANK_INFO[t.nationalRank];
    return {
      id: t.id,
      organizationId: t.organizationId,
      name: t.name,
      nationalRank: t.nationalRank,
      nationalRankLabel: info.labelZh,
      certificateLevel: info.certificateLevel,
      subOrder: t.subOrder,
      label: `${t.name}（相当于${info.labelZh}）`,
      description: t.description,
      status: t.status,
    };
  }
}
