import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { analyticsWorkbook } from './analytics-workbook';
import { AnalyticsService } from './analytics.service';
import { AnalyticsExportQueryDto, RegionAnalyticsExportQueryDto, RegionAnalyticsQueryDto } from './dto/analytics.dto';
import { AnalyticsReportDto } from './dto/analytics-report.dto';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ENTERPRISE_SCOPE = 'HR: its own enterprise; bureau: enterprises in its region';
const REGION_SCOPE = 'bureau: its region or a region inside it; platform: any region';

@ApiTags('统计分析 / Analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('enterprises/:organizationId')
  @Access(
    ['platform_admin', 'bureau_officer', 'hr_admin'],
    '企业技能人才统计：等级、职业、用工形式、高技能人才占比、晋级储备、派遣工持证率、评聘名额 / Enterprise workforce analytics',
    ENTERPRISE_SCOPE,
  )
  @ApiOkResponse({ type: AnalyticsReportDto })
  enterprise(@CurrentPrincipal() principal: Principal, @Param('organizationId', ParseIdPipe) organizationId: string): Promise<AnalyticsReportDto> {
    return this.analytics.enterprise(principal, organizationId);
  }

  @Get('enterprises/:organizationId/export')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '导出企业技能人才统计（XLSX） / Export enterprise analytics as XLSX', ENTERPRISE_SCOPE)
  @ApiProduces(XLSX_MIME)
  async exportEnterprise(
    @CurrentPrincipal() principal: Principal,
    @Param('organizationId', ParseIdPipe) organizationId: string,
    @Query() query: AnalyticsExportQueryDto,
  ) {
    const report = await this.analytics.enterprise(principal, organizationId);
    return new StreamableFile(await analyticsWorkbook(report, query.section), {
      type: XLSX_MIME,
      disposition: `attachment; filename="analytics-enterprise-${report.asOf}${query.section ? `-${query.section}` : ''}.xlsx"`,
    });
  }

  @Get('region')
  @Access(['platform_admin', 'bureau_officer'], '辖区技能人才统计（跨企业） / Regional workforce analytics across enterprises', REGION_SCOPE)
  @ApiOkResponse({ type: AnalyticsReportDto })
  region(@CurrentPrincipal() principal: Principal, @Query() query: RegionAnalyticsQueryDto): Promise<AnalyticsReportDto> {
    return this.analytics.region(principal, query.regionCode);
  }

  @Get('region/export')
  @Access(['platform_admin', 'bureau_officer'], '导出辖区技能人才统计（XLSX） / Export regional analytics as XLSX', REGION_SCOPE)
  @ApiProduces(XLSX_MIME)
  async exportRegion(@CurrentPrincipal() principal: Principal, @Query() query: RegionAnalyticsExportQueryDto) {
    const report = await this.analytics.region(principal, query.regionCode);
    return new StreamableFile(await analyticsWorkbook(report, query.section), {
      type: XLSX_MIME,
      disposition: `attachment; filename="analytics-region-${report.scope.regionCode}-${report.asOf}${query.section ? `-${query.section}` : ''}.xlsx"`,
    });
  }
}
