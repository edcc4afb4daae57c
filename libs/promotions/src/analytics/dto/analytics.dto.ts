import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRegionCode } from '@skill-ladder/platform';

export class RegionAnalyticsQueryDto {
  @ApiPropertyOptional({ example: '141100', description: 'A region inside the bureau’s own; defaults to it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}
