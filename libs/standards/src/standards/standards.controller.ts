import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { STANDARD_OWNER, STANDARD_REVIEWER, STANDARDS } from '../standards-scope';
import { VersionNumberPipe } from '../common/version-number.pipe';
import {
  CommentDto,
  CommentResponseDto,
  CreateStandardDto,
  CreateVersionDto,
  ExportQueryDto,
  ImportedStandardDto,
  ImportStandardDto,
  PublishVersionDto,
  RequestChangesDto,
  RetireVersionDto,
  ReviewStepDto,
  StandardDocumentDto,
  StandardQueryDto,
  StandardResponseDto,
  UpdateVersionDto,
  VersionDetailDto,
  VersionSummaryDto,
} from './dto/standard.dto';
import { StandardAuthoringService } from './standard-authoring.service';
import { StandardReviewService } from './standard-review.service';

const READ_SCOPE = 'national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform';
const WRITERS = ['platform_admin', 'bureau_officer', 'hr_admin'] as const;
const OWNER_SCOPE = 'HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform';
const REVIEWERS = ['platform_admin', 'bureau_officer'] as const;
const REVIEW_SCOPE = 'a bureau officer whose region covers the owning enterprise (never the enterprise itself); national and industry standards: the platform';

@ApiTags('标准与评价规范 / Standards')
@Controller('standards')
export class StandardsController {
  constructor(
    private readonly standards: StandardAuthoringService,
    private readonly review: StandardReviewService,
  ) {}

  @Post()
  @Access(WRITERS, '新建标准或企业评价规范（草稿） / Create a standard with a first draft version', {
    scope: 'HR: for its enterprise; bureau: for an enterprise in its region; platform: national and industry',
    policy: STANDARD_OWNER,
  })
  @ApiOkResponse({ type: StandardResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateStandardDto) {
    return this.standards.create(principal, dto);
  }

  @Get()
  @Access(['authenticated'], '标准列表 / List standards', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiPageResponse(StandardResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: StandardQueryDto) {
    return this.standards.list(principal, query);
  }

  @Post('import')
  @Access(['bureau_officer', 'hr_admin'], '导入标准（JSON，生成草稿） / Import a shared standard as a draft', {
    scope: 'HR: into its enterprise; bureau: into an enterprise in its region',
    policy: STANDARD_OWNER,
  })
  @ApiOkResponse({ type: ImportedStandardDto })
  import(@CurrentPrincipal() principal: Principal, @Body() dto: ImportStandardDto) {
    return this.standards.import(principal, dto);
  }

  @Get(':id')
  @Access(['authenticated'], '标准详情 / Get a standard', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiOkResponse({ type: StandardResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.standards.get(principal, id);
  }

  @Get(':id/export')
  @Access(['authenticated'], '导出标准（JSON） / Export a standard version as JSON', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiOkResponse({ type: StandardDocumentDto })
  export(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Query() query: ExportQueryDto) {
    return this.standards.export(principal, id, query.version);
  }

  @Get(':id/versions')
  @Access(['authenticated'], '版本列表 / List the versions of a standard', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiOkResponse({ type: [VersionSummaryDto] })
  listVersions(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.standards.listVersions(principal, id);
  }

  @Post(':id/versions')
  @Access(WRITERS, '新建版本（复制最新版本为草稿） / Start a new draft version, copied from the latest', { scope: OWNER_SCOPE, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  createVersion(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateVersionDto) {
    return this.standards.createVersion(principal, id, dto);
  }

  @Get(':id/versions/:version')
  @Access(['authenticated'], '版本详情（含各等级定义） / Get a version with its level definitions', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiOkResponse({ type: VersionDetailDto })
  getVersion(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number) {
    return this.standards.getVersion(principal, id, version);
  }

  @Patch(':id/versions/:version')
  @Access(WRITERS, '修改草稿 / Edit a draft (published or pinned versions never change)', { scope: OWNER_SCOPE, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  updateVersion(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('version', VersionNumberPipe) version: number,
    @Body() dto: UpdateVersionDto,
  ) {
    return this.standards.updateVersion(principal, id, version, dto);
  }

  @Post(':id/versions/:version/submit')
  @HttpCode(200)
  @Access(WRITERS, '提交审核 / Submit for review', { scope: OWNER_SCOPE, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: ReviewStepDto) {
    return this.review.submit(principal, id, version, dto);
  }

  @Post(':id/versions/:version/withdraw')
  @HttpCode(200)
  @Access(WRITERS, '撤回审核 / Withdraw from review back to draft', { scope: OWNER_SCOPE, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: ReviewStepDto) {
    return this.review.withdraw(principal, id, version, dto);
  }

  @Post(':id/versions/:version/request-changes')
  @HttpCode(200)
  @Access(REVIEWERS, '退回修改 / Request changes', { scope: REVIEW_SCOPE, policy: STANDARD_REVIEWER })
  @ApiOkResponse({ type: VersionDetailDto })
  requestChanges(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('version', VersionNumberPipe) version: number,
    @Body() dto: RequestChangesDto,
  ) {
    return this.review.requestChanges(principal, id, version, dto);
  }

  @Post(':id/versions/:version/approve')
  @HttpCode(200)
  @Access(REVIEWERS, '审核通过 / Approve', { scope: REVIEW_SCOPE + '; not the one who submitted it', policy: STANDARD_REVIEWER })
  @ApiOkResponse({ type: VersionDetailDto })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: ReviewStepDto) {
    return this.review.approve(principal, id, version, dto);
  }

  @Post(':id/versions/:version/publish')
  @HttpCode(200)
  @Access(WRITERS, '发布（指定生效日期） / Publish with an effective date', { scope: `${OWNER_SCOPE}; or the reviewing bureau`, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  publish(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: PublishVersionDto) {
    return this.review.publish(principal, id, version, dto);
  }

  @Post(':id/versions/:version/retire')
  @HttpCode(200)
  @Access(WRITERS, '废止 / Retire a published version', { scope: `${OWNER_SCOPE}; or the reviewing bureau`, policy: STANDARD_OWNER })
  @ApiOkResponse({ type: VersionDetailDto })
  retire(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: RetireVersionDto) {
    return this.review.retire(principal, id, version, dto);
  }

  @Get(':id/versions/:version/comments')
  @Access(['authenticated'], '审核意见 / The review thread of a version', { scope: READ_SCOPE, policy: STANDARDS })
  @ApiOkResponse({ type: [CommentResponseDto] })
  comments(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number) {
    return this.review.listComments(principal, id, version);
  }

  @Post(':id/versions/:version/comments')
  @Access(WRITERS, '发表意见 / Comment on a version', { scope: 'the owner side and the reviewing bureau', policy: STANDARD_OWNER })
  @ApiOkResponse({ type: CommentResponseDto })
  comment(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('version', VersionNumberPipe) version: number, @Body() dto: CommentDto) {
    return this.review.addComment(principal, id, version, dto);
  }
}
