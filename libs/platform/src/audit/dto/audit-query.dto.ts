import { ApiPropertyOptional } from '@nestjs/swagger';
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
  @MaxLength(35)
  from?: string;

  @ApiPropertyOptional({ description: 'To (exclusive), ISO 8601' })
  @IsOptional()
  @IsDateString()
  @MaxLength(35)
  to?: string;
}
