import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { VersionNumberPipe } from '../common/version-number.pipe';
import { WorkerEligibilityReportDto } from '../eligibility/dto/eligibility-report.dto';
import { EligibilityRequestDto } from '../standards/dto/standard.dto';
import { WorkerEligibilityService } from './worker-eligibility.service';

@ApiTags('标准与评价规范 / Standards')
@Controller('standards')
export class WorkerEligibilityController {
  constructor(private readonly eligibility: WorkerEligibilityService) {}

  @Post(':id/versions/:version/eligibility')
  @HttpCode(200)
  @Access(
    ['bureau_officer', 'hr_admin', 'worker'],
    '申报条件审核 / Check a worker’s eligibility for a level: every route, every condition, and when it will be met',
    'HR of the worker’s work organization or employer; the bureau of the region; the worker themself',
  )
  @ApiOkResponse({ type: WorkerEligibilityReportDto })
  evaluate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('version', VersionNumberPipe) version: number,
    @Body() dto: EligibilityRequestDto,
  ) {
    return this.eligibility.evaluate(principal, id, version, dto);
  }
}
