import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventView } from '../audit-query.service';

/** One entry of the audit trail as the read API answers it (the hash chain stays inside). */
export class AuditEventDto implements AuditEventView {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorUsername: string | null;
  @ApiProperty({ example: 'user.create' }) action: string;
  @ApiProperty({ example: 'user' }) entityType: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'The record before the change' }) before: unknown;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'The record after the change' }) after: unknown;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty() occurredAt: string;
}

export class AuditChainBreakDto {
  @ApiProperty({ description: 'The event where the chain breaks' }) id: string;
  @ApiProperty({ description: 'The chain: an organization’s, or the platform’s' }) chainKey: string;
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['hash_mismatch', 'prev_hash_mismatch', 'seq_gap'], description: 'hash_mismatch: the event was altered; prev_hash_mismatch or seq_gap: an event was removed or inserted' })
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap';
}

/** 审计链校验: every hash chain recomputed from its genesis (the same check as `npm run audit:verify`). */
export class AuditChainStatusDto {
  @ApiProperty({ description: 'No chain is broken' }) intact: boolean;
  @ApiProperty({ description: 'Chains checked' }) chains: number;
  @ApiProperty({ description: 'Events verified (up to the break, when there is one)' }) events: number;
  @ApiProperty({ type: AuditChainBreakDto, nullable: true }) firstBreak: AuditChainBreakDto | null;
  @ApiProperty({ description: 'When the check ran' }) checkedAt: string;
}
