import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Page, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { CorrectMarkDto, MarkDetailDto, MarkingProgressDto, MarkSummaryDto, MyMarksQueryDto, OpenMarkingResponseDto, SubmitMarkDto } from './dto/short-answer-marking.dto';
import { ShortAnswerMarkingService } from './short-answer-marking.service';

const MINE = 'an evaluator: the marks assigned to them only (another evaluator’s mark is 404); never the candidate’s name, ID or ticket';
const HR = 'HR of the evaluation body running the campaign';

/** 简答题阅卷 for the evaluator: my pending marks, one answer to mark (blind), and my mark. */
@ApiTags('机考阅卷 / Short-answer marking')
@Controller('me/short-answer-marks')
export class MyShortAnswerMarksController {
  constructor(private readonly marking: ShortAnswerMarkingService) {}

  @Get()
  @ApiPageResponse(MarkSummaryDto)
  @Access(['evaluator'], '我的待阅简答题（按答卷密号，不显示考生） / My pending short-answer marks, by anonymous code', MINE)
  list(@CurrentPrincipal() principal: Principal, @Query() q: MyMarksQueryDto): Promise<Page<MarkSummaryDto>> {
    return this.marking.myPending(principal, q);
  }

  @Get(':id')
  @ApiOkResponse({ type: MarkDetailDto })
  @Access(['evaluator'], '阅一道简答题：题干、参考答案（评分要点）、满分和考生作答 / One short answer to mark: stem, reference, points and the candidate’s text', MINE)
  read(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<MarkDetailDto> {
    return this.marking.read(principal, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkDetailDto })
  @ApiConflictResponse({ description: '409 MARK_ALREADY_SUBMITTED: 本题已给分（请改分）; 409 ATTEMPT_NOT_AWAITING_MARKING: 该答卷不在阅卷中' })
  @Access(['evaluator'], '给分（0至满分，0.5分为单位；提交后只能改分，记入审计） / Submit my mark: 0 to the item’s points in steps of 0.5, once (audited)', MINE)
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: SubmitMarkDto): Promise<MarkDetailDto> {
    return this.marking.submit(principal, id, dto);
  }

  @Post(':id/correct')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkDetailDto })
  @ApiConflictResponse({ description: '409 MARK_TOTAL_RECORDED: 答卷总分已计入理论知识成绩; 409 MARK_NOT_SUBMITTED: 尚未给分; 409 CAMPAIGN_NOT_MARKING' })
  @Access(
    ['evaluator'],
    '改分：更正我已给的分（须说明理由，审计记录原分和新分；答卷总分计入理论成绩后不能再改） / Correct a mark I gave, with a reason (old and new points audited)',
    MINE,
  )
  correct(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CorrectMarkDto): Promise<MarkDetailDto> {
    return this.marking.correct(principal, id, dto);
  }
}

/** 简答题阅卷 for HR: open marking of a session, and follow it across the campaign. */
@ApiTags('机考阅卷 / Short-answer marking')
@Controller('campaigns/:campaignId')
export class ShortAnswerMarkingController {
  constructor(private readonly marking: ShortAnswerMarkingService) {}

  @Post('exam-sessions/:sessionId/online-exam/marking')
  @HttpCode(200)
  @ApiOkResponse({ type: OpenMarkingResponseDto })
  @ApiConflictResponse({ description: '409 MARKERS_INSUFFICIENT: 考生的理论知识考评组回避后不足两名考评员; 409 CAMPAIGN_NOT_MARKING' })
  @Access(
    ['hr_admin'],
    '开始阅卷：为待阅答卷编密号，分配理论知识考评组中无需回避的两名考评员（可重复调用，补分配新交的答卷和三评） / Open marking: anonymous codes and two non-recused theory evaluators per attempt',
    HR,
  )
  open(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Param('sessionId', ParseIdPipe) sessionId: string): Promise<OpenMarkingResponseDto> {
    return this.marking.open(principal, campaignId, sessionId);
  }

  @Get('short-answer-marking')
  @ApiOkResponse({ type: MarkingProgressDto })
  @Access(['hr_admin'], '简答题阅卷进度（各考场、各考评员） / Short-answer marking progress per session and evaluator', HR)
  progress(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string): Promise<MarkingProgressDto> {
    return this.marking.progress(principal, campaignId);
  }
}
