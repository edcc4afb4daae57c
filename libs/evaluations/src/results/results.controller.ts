import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { BureauReportService } from './bureau-report.service';
import { ApplicationResultDto, BureauReportDto, CampaignResultsDto, CandidateResultDto, CorrectResultDto, FinalizationDto, PublicationDto, PublishResultsDto, VoidResultDto } from './dto/results.dto';
import { ResultCorrectionsService } from './result-corrections.service';
import { ResultsService } from './results.service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BODY_HR = 'HR of the evaluation body running the campaign';
const READERS = ['platform_admin', 'bureau_officer', 'hr_admin'] as const;
const READ_SCOPE = 'HR of the body; the bureau of its region';
const AFTER_OBJECTION = `${BODY_HR}; only after an upheld objection (409 NO_CORRECTION_REQUIRED otherwise)`;

@ApiTags('认定结果 / Results')
@Controller('campaigns/:campaignId')
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly corrections: ResultCorrectionsService,
    private readonly reports: BureauReportService,
  ) {}

  @Get('results')
  @Access(READERS, '认定结果（评分中为预览） / Results, ranked (a preview while scoring)', READ_SCOPE)
  @ApiOkResponse({ type: CampaignResultsDto })
  list(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.results.list(principal, campaignId);
  }

  @Post('publish-results')
  @HttpCode(200)
  @Access(['hr_admin'], '发布认定结果并公示 / Publish the results for publicity (公示)', BODY_HR)
  @ApiOkResponse({ type: PublicationDto })
  @ApiConflictResponse({ description: '409 INVALID_TRANSITION; 409 SCORES_INCOMPLETE while components await scores or moderation' })
  publish(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: PublishResultsDto) {
    return this.results.publish(principal, campaignId, dto);
  }

  @Post('results/:applicationId/correct')
  @HttpCode(200)
  @Access(['hr_admin'], '异议成立后更正成绩并重新公示（须说明理由） / Correct a result after an upheld objection and publicize it again, with a reason', AFTER_OBJECTION)
  @ApiOkResponse({ type: CandidateResultDto })
  correct(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() dto: CorrectResultDto,
  ) {
    return this.corrections.correct(principal, campaignId, applicationId, dto);
  }

  @Post('results/:applicationId/void')
  @HttpCode(200)
  @Access(['hr_admin'], '异议成立后撤销成绩（须说明理由） / Void a result after an upheld objection, with a reason', AFTER_OBJECTION)
  @ApiOkResponse({ type: CandidateResultDto })
  voidResult(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() dto: VoidResultDto,
  ) {
    return this.corrections.voidResult(principal, campaignId, applicationId, dto);
  }

  @Post('finalize')
  @HttpCode(200)
  @Access(['hr_admin'], '结果定稿并发证 / Finalize the results and issue the certificates', BODY_HR)
  @ApiOkResponse({ type: FinalizationDto })
  @ApiConflictResponse({ description: '409 PUBLICITY_WINDOW_OPEN, OBJECTIONS_PENDING, CORRECTIONS_PENDING, PUBLICITY_WINDOW_PROVISIONAL, INVALID_TRANSITION' })
  finalize(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.results.finalize(principal, campaignId);
  }

  @Get('bureau-report')
  @Access(READERS, '结果上报（定稿后10个工作日内） / The results report to the bureau, due 10 working days after finalization', READ_SCOPE)
  @ApiOkResponse({ type: BureauReportDto })
  report(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.reports.get(principal, campaignId);
  }

  @Get('bureau-report/xlsx')
  @Access(READERS, '导出上报结果（XLSX，身份证号脱敏） / Export the report (XLSX, masked ID numbers)', READ_SCOPE)
  @ApiProduces(XLSX_MIME)
  async reportXlsx(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string): Promise<StreamableFile> {
    const { buffer, filename } = await this.reports.xlsx(principal, campaignId);
    return new StreamableFile(buffer, { type: XLSX_MIME, disposition: `attachment; filename="${filename}"` });
  }

  @Post('bureau-report/submit')
  @HttpCode(200)
  @Access(['hr_admin'], '向人社局上报认定结果 / Report the results to the bureau', BODY_HR)
  @ApiOkResponse({ type: BureauReportDto })
  submitReport(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.reports.submit(principal, campaignId);
  }
}

/** 我的成绩: an application's own result, for the applicant. */
@ApiTags('认定结果 / Results')
@Controller('applications')
export class ApplicationResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get(':id/result')
  @Access(
    ['platform_admin', 'bureau_officer', 'hr_admin', 'worker'],
    '报名的认定结果（含各考核项目成绩，公布后可见） / An application’s result with its component scores, once published',
    'the applicant; HR of the body; HR of the employer of record (read only); the bureau of the region',
  )
  @ApiOkResponse({ type: ApplicationResultDto })
  result(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<ApplicationResultDto> {
    return this.results.applicationResult(principal, id);
  }
}
