import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, CASES } from '../common/case-scope';
import { NoteDto, ReasonDto } from '../common/dto';
import { CompetitionPromotionsService } from './competition-promotions.service';
import { CompetitionPromotionResponseDto, PromotionQueryDto, ProposePromotionDto } from './dto/competition.dto';

const PROMOTION_SCOPE = 'bureau: enterprises in its region; HR: its enterprise; worker: own';
const DECIDING_BUREAU = 'the bureau competent for the enterprise';

@ApiTags('以赛代评晋级 / Competition promotions')
@Controller('competition-promotions')
export class CompetitionPromotionsController {
  constructor(private readonly promotions: CompetitionPromotionsService) {}

  @Post()
  @Access(['hr_admin'], '申报以赛代评晋级 / Propose the promotion a competition result earns', 'HR of the enterprise where the worker works')
  @ApiOkResponse({ type: CompetitionPromotionResponseDto })
  propose(@CurrentPrincipal() principal: Principal, @Body() dto: ProposePromotionDto) {
    return this.promotions.propose(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '以赛代评晋级列表 / List competition promotions', { scope: PROMOTION_SCOPE, policy: CASES })
  @ApiPageResponse(CompetitionPromotionResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PromotionQueryDto) {
    return this.promotions.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '以赛代评晋级详情 / A competition promotion', { scope: PROMOTION_SCOPE, policy: CASES })
  @ApiOkResponse({ type: CompetitionPromotionResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.promotions.get(principal, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access(['bureau_officer'], '核准晋级并由评价机构发证（以赛代评） / Approve; the certificate is issued with route 以赛代评', { scope: DECIDING_BUREAU, policy: CASE_DECIDING_BUREAU })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto) {
    return this.promotions.approve(principal, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access(['bureau_officer'], '不予核准（须说明理由） / Reject, with a reason', { scope: DECIDING_BUREAU, policy: CASE_DECIDING_BUREAU })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.promotions.reject(principal, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access(['hr_admin'], '撤回申报（须说明理由） / Withdraw a proposal, with a reason', { scope: 'HR of the proposing enterprise', policy: CASE_ENTERPRISE_HR })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.promotions.withdraw(principal, id, dto);
  }
}
