import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CampaignDrawsService } from './campaign-draws.service';
import {
  CAMPAIGN_DRAW_FAILURE_DESCRIPTION,
  CampaignDrawDto,
  CampaignDrawQueryDto,
  CampaignDrawRequestDto,
  CampaignDrawVerificationDto,
  REPLACEMENT_FAILURE_DESCRIPTION,
  ReplaceEvaluatorDto,
} from './dto/campaign-draw.dto';

const BODY_HR = 'HR of the evaluation body running the campaign';
const READ_SCOPE = 'HR of the body; the bureau of the region';

@ApiTags('抽取考评员 / Campaign evaluator draws')
@Controller('campaigns/:campaignId/draws')
export class CampaignDrawsController {
  constructor(private readonly draws: CampaignDrawsService) {}

  @Post()
  @ApiUnprocessableEntityResponse({ description: CAMPAIGN_DRAW_FAILURE_DESCRIPTION })
  @ApiOkResponse({ type: CampaignDrawDto })
  @Access(['hr_admin'], '为某等级某考核项目抽取考评员（系统生成并记录随机种子） / Draw evaluators for a level and component on a server-made seed, recorded', BODY_HR)
  draw(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: CampaignDrawRequestDto) {
    return this.draws.draw(principal, campaignId, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '认定计划的考评员抽取结果 / List the evaluator draws of a campaign', READ_SCOPE)
  @ApiOkResponse({ type: [CampaignDrawDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Query() query: CampaignDrawQueryDto) {
    return this.draws.list(principal, campaignId, query.all ?? false);
  }

  @Get(':drawId')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '考评员抽取详情 / Get an evaluator draw', READ_SCOPE)
  @ApiOkResponse({ type: CampaignDrawDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('drawId', ParseIdPipe) drawId: string,
  ) {
    return this.draws.get(principal, campaignId, drawId);
  }

  @Get(':drawId/verify')
  @Access(
    ['platform_admin', 'bureau_officer', 'hr_admin'],
    '复算核验：按记录的随机种子与输入重新计算抽取结果，不保存 / Replay a saved draw from its recorded seed and inputs and report whether it matches; saves nothing',
    READ_SCOPE,
  )
  @ApiOkResponse({ type: CampaignDrawVerificationDto })
  @ApiConflictResponse({ description: '409 DRAW_INPUTS_NOT_RECORDED: 抽取未记录输入 / the draw was saved without its inputs' })
  verify(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('drawId', ParseIdPipe) drawId: string,
  ) {
    return this.draws.verify(principal, campaignId, drawId);
  }

  @Post(':drawId/replace-evaluator')
  @HttpCode(200)
  @ApiUnprocessableEntityResponse({ description: REPLACEMENT_FAILURE_DESCRIPTION })
  @Access(['hr_admin'], '人工调整考评员（须说明理由） / Replace a drawn evaluator by hand, with a reason', BODY_HR)
  @ApiOkResponse({ type: CampaignDrawDto })
  replace(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('drawId', ParseIdPipe) drawId: string,
    @Body() dto: ReplaceEvaluatorDto,
  ) {
    return this.draws.replace(principal, campaignId, drawId, dto);
  }
}
