import { ApiProperty } from '@nestjs/swagger';
import type { QuotaStatus } from '../policy-rules';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

/** 名额: the policy's places and how many are held (by appointed workers). */
export class QuotaStatusDto implements QuotaStatus {
  @ApiProperty({ nullable: true, type: Number, description: 'null: no quota' }) limit: number | null;
  @ApiProperty({ description: 'Places held by appointed workers' }) held: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null: no quota' }) remaining: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Percentage quotas: holders of the base rank' }) baseHolders: number | null;
  @ApiProperty({ example: '限额2人，已聘1人，剩余1人', description: 'zh-CN' }) explanation: string;
}

/** A tier policy's quota rule and, where it applies, its places now. */
export class TierQuotaDto {
  @ApiProperty({ enum: ['none', 'percent', 'fixed'] }) kind: 'none' | 'percent' | 'fixed';
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ enum: RANKS, nullable: true }) baseRank: Rank | null;
  @ApiProperty({ nullable: true, type: String }) baseRankLabel: string | null;
  @ApiProperty({ nullable: true, type: Number }) fixed: number | null;
  @ApiProperty({ type: QuotaStatusDto, nullable: true }) status: QuotaStatusDto | null;
}
