import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, DomainError, ParseIdPipe, Principal } from '@skill-ladder/platform';
import {
  ComponentScoreDto,
  ComponentScoreQueryDto,
  MarkAbsentDto,
  ModerateComponentDto,
  ScoringProgressDto,
  ScoringSettingsDto,
  ScoringSettingsResponseDto,
  StartScoringResponseDto,
  TheoryImportReportDto,
  VoidComponentDto,
} from './dto/scoring.dto';
import { ComponentScoresService } from './component-scores.service';
import { ScoringSettingsService } from './scoring-settings.service';
import { ScoringService } from './scoring.service';
import { COMPONENT_SCORES } from './component-score-scope';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BODY_HR = 'HR of the evaluation body running the campaign';
const READERS = ['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator'] as const;
const READ_SCOPE = 'HR of the body; the bureau of its region; the committee chair named for the campaign';

/** The scoring stage of one campaign, run by HR of the body. */
@ApiTags('评分 / Scoring')
@Controller('campaigns/:campaignId')
export class CampaignScoringController {
  constructor(
    private readonly scoring: ScoringService,
    private readonly scoringSettings: ScoringSettingsService,
    private readonly componentScores: ComponentScoresService,
  ) {}

  @Post('start-scoring')
  @HttpCode(200)
  @Access(['hr_admin'], '开始评分（生成评分表） / Start scoring: a sheet per drawn evaluator and candidate', BODY_HR)
  @ApiOkResponse({ type: StartScoringResponseDto })
  @ApiConflictResponse({ description: '非考核中：409 INVALID_TRANSITION / the campaign is not assessing' })
  start(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.scoring.start(principal, campaignId);
  }

  @Get('scoring-settings')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '评分设置（复核阈值、公示期、评审委员会主任） / Scoring settings', 'HR of the body; the bureau of its region')
  @ApiOkResponse({ type: ScoringSettingsResponseDto })
  settings(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.scoringSettings.getSettings(principal, campaignId);
  }

  @Put('scoring-settings')
  @Access(['hr_admin'], '修改评分设置 / Change the scoring settings', `${BODY_HR}; the threshold before scoring starts, the rest until publication`)
  @ApiOkResponse({ type: ScoringSettingsResponseDto })
  updateSettings(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: ScoringSettingsDto) {
    return this.scoringSettings.updateSettings(principal, campaignId, dto);
  }

  @Get('component-scores')
  @Access(READERS, '各考核项目成绩（含评分表状态） / Component scores with their sheets', { scope: READ_SCOPE, policy: COMPONENT_SCORES })
  @ApiOkResponse({ type: [ComponentScoreDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Query() query: ComponentScoreQueryDto) {
    return this.componentScores.listComponentScores(principal, campaignId, query);
  }

  @Get('scoring-progress')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '评分进度（各等级、考核项目及考评员） / Scoring progress per level, component and evaluator', {
    scope: 'HR of the body; the bureau of its region',
    policy: COMPONENT_SCORES,
  })
  @ApiOkResponse({ type: ScoringProgressDto })
  progress(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.componentScores.progress(principal, campaignId);
  }

  @Post('theory-scores/import')
  @HttpCode(200)
  @Access(['hr_admin'], '导入理论考试成绩（XLSX：准考证号、成绩；逐行报告） / Import theory scores from the exam system (XLSX), with a per-row report', BODY_HR)
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: TheoryImportReportDto })
  importTheory(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() body: unknown) {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的内容类型 / Unsupported media type', `Send the workbook as the request body with content-type ${XLSX_MIME}`);
    }
    return this.scoring.importTheory(principal, campaignId, body);
  }
}

/** One candidate's component: read, moderate (复核), mark absent (缺考) or void (作弊, 违纪). */
@ApiTags('评分 / Scoring')
@Controller('component-scores')
export class ComponentScoresController {
  constructor(private readonly componentScores: ComponentScoresService) {}

  @Get()
  @Access(
    READERS,
    '考核项目成绩列表（跨认定计划，如评审委员会主任的复核任务） / Component scores across campaigns, e.g. a chair’s moderation queue (newest campaigns first, at most 500)',
    { scope: READ_SCOPE, policy: COMPONENT_SCORES },
  )
  @ApiOkResponse({ type: [ComponentScoreDto] })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ComponentScoreQueryDto) {
    return this.componentScores.listComponentScores(principal, query.campaignId ?? null, query);
  }

  @Get(':id')
  @Access(READERS, '考核项目成绩详情 / A component score with its sheets', { scope: READ_SCOPE, policy: COMPONENT_SCORES })
  @ApiOkResponse({ type: ComponentScoreDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.componentScores.getComponentScore(principal, id);
  }

  @Post(':id/moderate')
  @HttpCode(200)
  @Access(
    ['hr_admin', 'evaluator'],
    '复核：确认或改分（须说明理由） / Moderate: confirm or re-score, with a reason',
    {
      scope:
        'HR of the body or the campaign’s committee chair, never one of the evaluators who scored it (403 MODERATOR_IS_EVALUATOR) nor anyone who must recuse from the candidate (403 MODERATOR_CONFLICT)',
      policy: COMPONENT_SCORES,
    },
  )
  @ApiOkResponse({ type: ComponentScoreDto })
  moderate(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ModerateComponentDto) {
    return this.componentScores.moderate(principal, id, dto);
  }

  @Post(':id/absent')
  @HttpCode(200)
  @Access(['hr_admin'], '标记缺考（须说明理由） / Mark the candidate absent, with a reason', { scope: BODY_HR, policy: COMPONENT_SCORES })
  @ApiOkResponse({ type: ComponentScoreDto })
  @ApiConflictResponse({ description: '409 when a sheet was submitted, the score imported or carried over, or the campaign is not scoring' })
  absent(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: MarkAbsentDto) {
    return this.componentScores.markAbsent(principal, id, dto);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Access(['hr_admin'], '成绩无效（作弊、违纪，须说明理由） / Void for cheating or misconduct, with a reason', { scope: BODY_HR, policy: COMPONENT_SCORES })
  @ApiOkResponse({ type: ComponentScoreDto })
  voidComponent(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: VoidComponentDto) {
    return this.componentScores.voidComponent(principal, id, dto);
  }
}
