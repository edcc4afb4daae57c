import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, DomainError, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { ApplicationFilesService, EVIDENCE_TYPES } from './application-files.service';
import { ApplicationImportService } from './application-import.service';
import { ApplicationsService, XLSX_MIME } from './applications.service';
import {
  ApplicationFileDto,
  ApplicationImportReportDto,
  ApplicationQueryDto,
  ApplicationReasonDto,
  ApplicationResponseDto,
  ApproveApplicationDto,
  CreateApplicationDto,
  ExceptionalApprovalDto,
  FileUploadQueryDto,
  WithdrawApplicationDto,
} from './dto/application.dto';
import { APPLICATION_CHANGES, APPLICATION_DECISIONS, APPLICATIONS } from '../campaigns/campaign-scope';

const BODY_HR = 'HR of the evaluation body running the campaign';
const READ_SCOPE = 'HR of the body; HR of the employer of record (a dispatch agency, read only); the bureau of the region; the applicant';

/** Registration into one campaign: apply, register, import, list. */
@ApiTags('报名 / Applications')
@Controller('campaigns/:campaignId/applications')
export class CampaignApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly imports: ApplicationImportService,
  ) {}

  @Post()
  @Access(
    ['hr_admin', 'worker'],
    '报名（职工本人）或单位代报 / Apply (a worker, for themself) or register a worker (HR)',
    'worker: open campaigns of the organization where they work; HR: workers working at its enterprise',
  )
  @ApiOkResponse({ type: ApplicationResponseDto })
  apply(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: CreateApplicationDto) {
    return this.applications.apply(principal, campaignId, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '认定计划的报名列表 / List the applications of a campaign', 'HR of the body; the bureau of the region')
  @ApiPageResponse(ApplicationResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Query() query: ApplicationQueryDto) {
    return this.applications.list(principal, query, campaignId);
  }

  @Get('template')
  @Access(['hr_admin'], '下载批量报名模板（XLSX） / Download the XLSX template for bulk registration', BODY_HR)
  @ApiProduces(XLSX_MIME)
  async template(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string): Promise<StreamableFile> {
    const { buffer, filename } = await this.imports.template(principal, campaignId);
    return new StreamableFile(buffer, { type: XLSX_MIME, disposition: `attachment; filename="${filename}"` });
  }

  @Post('import')
  @HttpCode(200)
  @Access(['hr_admin'], '批量报名（XLSX，全部正确才保存，逐行报错） / Register many from XLSX: every row or none, bad rows reported', BODY_HR)
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ApplicationImportReportDto })
  import(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() body: unknown) {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的内容类型 / Unsupported media type', `Send the workbook as the request body with content-type ${XLSX_MIME}`);
    }
    return this.imports.importSheet(principal, campaignId, body);
  }
}

/** One application: read, decide, withdraw, evidence files. */
@ApiTags('报名 / Applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly files: ApplicationFilesService,
  ) {}

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '报名列表 / List applications', { scope: READ_SCOPE, policy: APPLICATIONS })
  @ApiPageResponse(ApplicationResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ApplicationQueryDto) {
    return this.applications.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '报名详情（含申报条件审核） / Get an application with its eligibility report', { scope: READ_SCOPE, policy: APPLICATIONS })
  @ApiOkResponse({ type: ApplicationResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.applications.get(principal, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access(['hr_admin'], '审核通过并发放准考证号 / Approve an eligible application and issue the admission ticket number', { scope: BODY_HR, policy: APPLICATION_DECISIONS })
  @ApiOkResponse({ type: ApplicationResponseDto })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ApproveApplicationDto) {
    return this.applications.approve(principal, id, dto);
  }

  @Post(':id/approve-exceptional')
  @HttpCode(200)
  @Access(['hr_admin'], '破格通过（须指明破格路径并说明理由） / Admit an ineligible applicant through an exceptional (破格) route, with a reason', { scope: BODY_HR, policy: APPLICATION_DECISIONS })
  @ApiOkResponse({ type: ApplicationResponseDto })
  approveExceptional(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ExceptionalApprovalDto) {
    return this.applications.approveExceptional(principal, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access(['hr_admin'], '审核不通过（须说明理由） / Reject an application, with a reason', { scope: BODY_HR, policy: APPLICATION_DECISIONS })
  @ApiOkResponse({ type: ApplicationResponseDto })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ApplicationReasonDto) {
    return this.applications.reject(principal, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access(['hr_admin', 'worker'], '撤回报名（报名截止前，释放名额） / Withdraw an application before registration closes, freeing the seat', { scope: `the applicant; ${BODY_HR}`, policy: APPLICATION_CHANGES })
  @ApiOkResponse({ type: ApplicationResponseDto })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: WithdrawApplicationDto) {
    return this.applications.withdraw(principal, id, dto);
  }

  @Post(':id/files')
  @Access(['hr_admin', 'worker'], '上传证明材料（PDF/JPEG/PNG，按内容校验类型） / Upload an evidence file (PDF, JPEG or PNG, checked by content)', { scope: `the applicant; ${BODY_HR}`, policy: APPLICATION_CHANGES })
  @ApiConsumes(...EVIDENCE_TYPES, 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ApplicationFileDto })
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Query() query: FileUploadQueryDto,
  ) {
    return this.files.upload(principal, id, body, contentType, query.filename);
  }

  @Get(':id/files')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '证明材料列表 / List the evidence files of an application', { scope: READ_SCOPE, policy: APPLICATIONS })
  @ApiOkResponse({ type: [ApplicationFileDto] })
  listFiles(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.files.list(principal, id);
  }

  @Get(':id/files/:fileId')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '下载证明材料 / Download an evidence file', { scope: READ_SCOPE, policy: APPLICATIONS })
  @ApiProduces(...EVIDENCE_TYPES)
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('fileId', ParseIdPipe) fileId: string,
  ): Promise<StreamableFile> {
    const file = await this.files.download(principal, id, fileId);
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return new StreamableFile(file.data, {
      type: file.contentType,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    });
  }
}
