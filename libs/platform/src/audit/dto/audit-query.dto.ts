import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/pagination';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '实体类型 / Entity type, e.g. person' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entityId?: string;

  @ApiPropertyOptional({ description: '操作 / Action, e.g. worker.create' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'From (inclusive), ISO 8601' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ description: 'To (exclusive), ISO 8601' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

/** One audit event as the list returns it (the chain's hashes stay inside). */
export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorUsername: string | null;
  @ApiProperty({ example: 'appointment.confirm' }) action: string;
  @ApiProperty({ example: 'appointment' }) entityType: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ nullable: true, description: 'The state before (JSON)' }) before: unknown;
  @ApiProperty({ nullable: true, description: 'The state after (JSON)' }) after: unknown;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}
