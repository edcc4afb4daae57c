import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsRegionCode } from '@skill-ladder/platform';
import { ANALYTICS_SECTIONS, AnalyticsSection } from '../analytics-workbook';

export class RegionAnalyticsQueryDto {
  @ApiPropertyOptional({ example: '141100', description: 'A region inside the bureau’s own; defaults to it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

export class AnalyticsExportQueryDto {
  @ApiPropertyOptional({ enum: ANALYTICS_SECTIONS, description: 'One view only (the sheet of one chart); all views when absent' })
  @IsOptional()
  @IsIn(ANALYTICS_SECTIONS)
  section?: AnalyticsSection;
}

export class RegionAnalyticsExportQueryDto extends RegionAnalyticsQueryDto {
  @ApiPropertyOptional({ enum: ANALYTICS_SECTIONS, description: 'One view only (the sheet of one chart); all views when absent' })
  @IsOptional()
  @IsIn(ANALYTICS_SECTIONS)
  section?: AnalyticsSection;
}
