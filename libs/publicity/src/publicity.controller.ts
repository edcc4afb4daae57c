import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { FileObjectionDto, ObjectionResponseDto, PublicityNoticeDto, PublicityNoticeSummaryDto, PublicityQueryDto } from './dto/publicity.dto';
import { PublicityQueryService } from './publicity-query.service';
import { NOTICES } from './publicity-scope';
import { PublicityService } from './publicity.service';

const READERS = ['platform_admin', 'hr_admin', 'bureau_officer', 'worker'] as const;
const READ_SCOPE =
  'platform: all notices (read only); HR: notices of its organization; bureau: of organizations in its region; worker: published notices of the organization they currently work at (用工单位)';

@ApiTags('公示与异议 / Publicity and objections')
@Controller('publicity')
export class PublicityController {
  constructor(
    private readonly publicity: PublicityService,
    private readonly query: PublicityQueryService,
  ) {}

  @Get()
  @Access(READERS, '公示列表 / List publicity notices', { scope: READ_SCOPE, policy: NOTICES })
  @ApiPageResponse(PublicityNoticeSummaryDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PublicityQueryDto) {
    return this.query.list(principal, query);
  }

  @Get(':id')
  @Access(READERS, '公示详情及名单 / A publicity notice with its entries', { scope: `${READ_SCOPE}; workers do not see withdrawn entries`, policy: NOTICES })
  @ApiOkResponse({ type: PublicityNoticeDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.query.get(principal, id);
  }

  @Post(':id/objections')
  @Access(['worker'], '提出异议（公示期内，实名） / File an objection during the window, under your name', { scope: 'a worker currently working at the publishing organization', policy: NOTICES })
  @ApiCreatedResponse({ type: ObjectionResponseDto })
  fileObjection(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: FileObjectionDto) {
    return this.publicity.fileObjection(principal, id, dto);
  }

  @Get(':id/objections')
  @Access(READERS, '异议列表 / Objections to a notice', { scope: `${READ_SCOPE}; a worker sees only the objections they filed`, policy: NOTICES })
  @ApiOkResponse({ type: [ObjectionResponseDto] })
  listObjections(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.query.listObjections(principal, id);
  }
}
