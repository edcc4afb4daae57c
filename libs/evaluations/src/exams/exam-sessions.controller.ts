import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { CancelExamSessionDto, ExamSessionDto, ExamSessionResponseDto, MyExamSeatDto, SeatingRequestDto, SeatingResponseDto, SeatPlanDto, TicketQueryDto } from './dto/exam-session.dto';
import { ExamDocumentsService } from './exam-documents.service';
import { ExamSeatingService } from './exam-seating.service';
import { ExamSessionsService } from './exam-sessions.service';

const BODY_HR = 'HR of the evaluation body running the campaign';
const READ_SCOPE = 'HR of the body; the bureau of the region; the platform';
const PDF_RESPONSE = { content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } } };
const NOT_SEATED = { description: '409 NOT_SEATED: 尚未编排考场 / no seat assigned yet' };
const ONLINE_STARTED = { description: '409 ONLINE_EXAM_STARTED：已有考生开始机考，座位数、等级和编排不能再改，考场不能取消 / candidates have started the online exam' };
const ONLINE_WINDOW = {
  description:
    '409 ONLINE_EXAM_STARTED：已有考生开始机考，座位数和等级不能再改；409 SESSION_START_FIXED：开始时间不能再改；409 SESSION_END_NOT_SHORTENED：结束时间只能延后（答题中的考生随之延后） / after the first start only the end may move, and only later',
};

function pdfFile(pdf: Buffer, filename: string): StreamableFile {
  return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
}

/** 考场编排: exam sessions of a campaign, their invigilators and the seating of candidates. */
@ApiTags('考场编排 / Exam sessions')
@Controller('campaigns/:campaignId')
export class ExamSessionsController {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly seating: ExamSeatingService,
    private readonly documents: ExamDocumentsService,
  ) {}

  @Post('exam-sessions')
  @ApiCreatedResponse({ type: ExamSessionResponseDto })
  @Access(['hr_admin'], '新增考场（考点、考场、座位数、时间、监考） / Add an exam session: place, room, seats, times, invigilators', BODY_HR)
  create(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: ExamSessionDto): Promise<ExamSessionResponseDto> {
    return this.sessions.create(principal, campaignId, dto);
  }

  @Get('exam-sessions')
  @ApiOkResponse({ type: [ExamSessionResponseDto] })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '认定计划的考场 / The exam sessions of a campaign', READ_SCOPE)
  list(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string): Promise<ExamSessionResponseDto[]> {
    return this.sessions.list(principal, campaignId);
  }

  @Put('exam-sessions/:id')
  @ApiOkResponse({ type: ExamSessionResponseDto })
  @ApiConflictResponse(ONLINE_WINDOW)
  @Access(['hr_admin'], '修改考场（机考开考后只能延后结束时间） / Change an exam session (the seated candidates must still fit; once an online exam started, only a later end)', BODY_HR)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ExamSessionDto,
  ): Promise<ExamSessionResponseDto> {
    return this.sessions.update(principal, campaignId, id, dto);
  }

  @Post('exam-sessions/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ExamSessionResponseDto })
  @ApiConflictResponse(ONLINE_STARTED)
  @Access(['hr_admin'], '取消考场（释放座位，须重新编排） / Cancel an exam session with a reason; its seats are freed', BODY_HR)
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CancelExamSessionDto,
  ): Promise<ExamSessionResponseDto> {
    return this.sessions.cancel(principal, campaignId, id, dto.reason);
  }

  @Get('exam-sessions/:id/seats')
  @ApiOkResponse({ type: SeatPlanDto })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '考场座位表 / The seat plan of an exam session', READ_SCOPE)
  seats(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Param('id', ParseIdPipe) id: string): Promise<SeatPlanDto> {
    return this.sessions.seatPlan(principal, campaignId, id);
  }

  @Get('exam-sessions/:id/check-in-list')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '签到表（A4 PDF，按座位号） / The check-in list of a room, A4 PDF', ...PDF_RESPONSE })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '考场签到表（PDF） / The check-in list of a room as PDF', READ_SCOPE)
  async checkInList(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    const { pdf, filename } = await this.documents.checkInList(principal, campaignId, id);
    return pdfFile(pdf, filename);
  }

  @Get('admission-tickets')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '准考证（一人一页的PDF） / Admission tickets, one page per candidate', ...PDF_RESPONSE })
  @ApiConflictResponse(NOT_SEATED)
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '批量打印准考证（可按考场或考核项目） / Admission tickets of the seated candidates as one PDF', READ_SCOPE)
  async tickets(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Query() query: TicketQueryDto): Promise<StreamableFile> {
    const { pdf, filename } = await this.documents.ticketsOfCampaign(principal, campaignId, query);
    return pdfFile(pdf, filename);
  }

  @Post('seating')
  @HttpCode(200)
  @ApiOkResponse({ type: SeatingResponseDto })
  @ApiConflictResponse(ONLINE_STARTED)
  @Access(['hr_admin'], '编排考场：为某考核项目的考生分配考场和座位（同单位考生尽量不相邻，记录随机种子） / Seat the candidates of a component', BODY_HR)
  seat(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() dto: SeatingRequestDto): Promise<SeatingResponseDto> {
    return this.seating.seat(principal, campaignId, dto.component);
  }
}

/** The seats of one application: the worker sees their own. */
@ApiTags('考场编排 / Exam sessions')
@Controller('applications/:applicationId')
export class ApplicationSeatsController {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly documents: ExamDocumentsService,
  ) {}

  @Get('exam-seats')
  @ApiOkResponse({ type: [MyExamSeatDto] })
  @Access(['worker', 'hr_admin', 'bureau_officer', 'platform_admin'], '考生的考场和座位 / Where and when the candidate sits each component', 'The worker: their own applications; HR and the bureau as for applications')
  seats(@CurrentPrincipal() principal: Principal, @Param('applicationId', ParseIdPipe) applicationId: string): Promise<MyExamSeatDto[]> {
    return this.sessions.seatsOfApplication(principal, applicationId);
  }

  @Get('admission-ticket')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '准考证（PDF） / The admission ticket, PDF', ...PDF_RESPONSE })
  @ApiConflictResponse(NOT_SEATED)
  @Access(['worker', 'hr_admin', 'bureau_officer', 'platform_admin'], '下载准考证 / Download the candidate’s admission ticket', 'The worker: their own applications; HR and the bureau as for applications')
  async ticket(@CurrentPrincipal() principal: Principal, @Param('applicationId', ParseIdPipe) applicationId: string): Promise<StreamableFile> {
    const { pdf, filename } = await this.documents.ticketOfApplication(principal, applicationId);
    return pdfFile(pdf, filename);
  }
}
