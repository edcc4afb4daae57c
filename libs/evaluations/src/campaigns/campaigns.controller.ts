import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { CampaignsService } from './campaigns.service';
import { CampaignNoteDto, CampaignQueryDto, CampaignReasonDto, CampaignResponseDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { CAMPAIGN_FILING_BUREAU, CAMPAIGNS } from './campaign-scope';

const READ_SCOPE = 'bureau: filed campaigns of bodies in its region; HR: its own enterprise’s; worker: open campaigns where they work, and those they applied to';
const OWN_HR = 'HR of the evaluation body running the campaign';
const FILING_BUREAU = 'the bureau the campaign was filed with';
const ILLEGAL = '非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION';

@ApiTags('认定计划 / Campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Access(['hr_admin'], '创建认定计划 / Create a certification campaign', 'HR of an evaluation body, within its approved filing scope')
  @ApiOkResponse({ type: CampaignResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateCampaignDto) {
    return this.campaigns.create(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '认定计划列表 / List campaigns', { scope: READ_SCOPE, policy: CAMPAIGNS })
  @ApiPageResponse(CampaignResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: CampaignQueryDto) {
    return this.campaigns.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '认定计划详情 / Get a campaign', { scope: READ_SCOPE, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.campaigns.get(principal, id);
  }

  @Patch(':id')
  @Access(['hr_admin'], '修改草稿或被退回的认定计划 / Change a draft or returned campaign', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateCampaignDto) {
    return this.campaigns.update(principal, id, dto);
  }

  @Post(':id/file')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['hr_admin'], '向人社局报备认定计划 / File the campaign with the bureau', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  file(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignNoteDto) {
    return this.campaigns.act(principal, id, 'file', dto.note);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['bureau_officer'], '人社局确认认定计划备案 / Acknowledge a filed campaign', { scope: FILING_BUREAU, policy: CAMPAIGN_FILING_BUREAU })
  @ApiOkResponse({ type: CampaignResponseDto })
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignNoteDto) {
    return this.campaigns.act(principal, id, 'acknowledge', dto.note);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['bureau_officer'], '退回认定计划（须说明理由） / Return a filed campaign, with a reason', { scope: FILING_BUREAU, policy: CAMPAIGN_FILING_BUREAU })
  @ApiOkResponse({ type: CampaignResponseDto })
  returnCampaign(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignReasonDto) {
    return this.campaigns.act(principal, id, 'return', dto.reason);
  }

  @Post(':id/open-registration')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['hr_admin'], '手动开始报名（通常按日期自动开始） / Open registration by hand (it also opens on its date)', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  openRegistration(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignNoteDto) {
    return this.campaigns.act(principal, id, 'open_registration', dto.note);
  }

  @Post(':id/close-registration')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['hr_admin'], '手动截止报名（通常按日期自动截止） / Close registration by hand (it also closes after its date)', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  closeRegistration(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignNoteDto) {
    return this.campaigns.act(principal, id, 'close_registration', dto.note);
  }

  @Post(':id/start-assessment')
  @HttpCode(200)
  @ApiConflictResponse({ description: `${ILLEGAL}; 409 APPLICATIONS_PENDING while applications await a decision` })
  @Access(['hr_admin'], '开始考核 / Start the assessment', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  startAssessment(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignNoteDto) {
    return this.campaigns.act(principal, id, 'start_assessment', dto.note);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiConflictResponse({ description: ILLEGAL })
  @Access(['hr_admin'], '取消认定计划（考核开始前，须说明理由） / Cancel a campaign before assessment, with a reason', { scope: OWN_HR, policy: CAMPAIGNS })
  @ApiOkResponse({ type: CampaignResponseDto })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CampaignReasonDto) {
    return this.campaigns.act(principal, id, 'cancel', dto.reason);
  }
}
