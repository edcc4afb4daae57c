import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { ApplyFilingDto, ApproveFilingDto, FilingQueryDto, FilingReasonDto, FilingResponseDto } from './dto/evaluation-body.dto';
import { EvaluationBodiesService } from './evaluation-bodies.service';

const READ_SCOPE = 'bureau: filings of enterprises in its region; HR: its own enterprise’s filings';
const DECIDE_SCOPE = 'the bureau the filing was made to';

@ApiTags('评价机构备案 / Evaluation bodies')
@Controller('evaluation-bodies')
export class EvaluationBodiesController {
  constructor(private readonly bodies: EvaluationBodiesService) {}

  @Post()
  @Access(['hr_admin'], '申请评价机构备案（职业 × 等级） / Apply to be filed as an evaluation body for occupations × levels', 'enterprise HR, for its own enterprise, to a bureau whose region covers it')
  @ApiCreatedResponse({ type: FilingResponseDto })
  apply(@CurrentPrincipal() principal: Principal, @Body() dto: ApplyFilingDto) {
    return this.bodies.apply(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '评价机构备案列表 / List evaluation-body filings', READ_SCOPE)
  @ApiPageResponse(FilingResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: FilingQueryDto) {
    return this.bodies.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '评价机构备案详情 / Get an evaluation-body filing', READ_SCOPE)
  @ApiOkResponse({ type: FilingResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.bodies.get(principal, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access(['bureau_officer'], '准予备案并分配机构代码、站点序列码 / Approve a filing and assign the institution code and station serial', DECIDE_SCOPE)
  @ApiOkResponse({ type: FilingResponseDto })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ApproveFilingDto) {
    return this.bodies.decide(principal, id, 'approve', dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access(['bureau_officer'], '不予备案（须说明理由） / Reject a filing, with a reason', DECIDE_SCOPE)
  @ApiOkResponse({ type: FilingResponseDto })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: FilingReasonDto) {
    return this.bodies.decide(principal, id, 'reject', dto);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Access(['bureau_officer'], '暂停评价资格（须说明理由） / Suspend an approved filing, with a reason', DECIDE_SCOPE)
  @ApiOkResponse({ type: FilingResponseDto })
  suspend(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: FilingReasonDto) {
    return this.bodies.decide(principal, id, 'suspend', dto);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Access(['bureau_officer'], '恢复评价资格（须说明理由） / Reinstate a suspended filing, with a reason', DECIDE_SCOPE)
  @ApiOkResponse({ type: FilingResponseDto })
  reinstate(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: FilingReasonDto) {
    return this.bodies.decide(principal, id, 'reinstate', dto);
  }
}
