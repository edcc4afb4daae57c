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
