import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import {
  AttemptEventDto,
  AttemptEventResponseDto,
  AttemptResponseDto,
  CollectResponseDto,
  ExtraTimeDto,
  MarkNotStartedAbsentDto,
  MarkNotStartedAbsentResponseDto,
  MyExamDto,
  MyInvigilationDto,
  OnlineExamSetupDto,
  OnlineExamSetupResponseDto,
  RoomViewDto,
  SaveAnswerDto,
  SavedAnswerResponseDto,
} from './dto/online-exam.dto';
import { IdentityCheckDto } from './dto/identity-check.dto';
import { EXAM_ROOMS } from './exam-room-scope';
import { OnlineExamAbsenceService } from './online-exam-absence.service';
import { OnlineExamIdentityService } from './online-exam-identity.service';
import { OnlineExamRoomService } from './online-exam-room.service';
import { OnlineExamsService } from './online-exams.service';

const SELF = 'the worker: their own seat and attempt only (another candidate’s attempt is 404)';
const ROOM = { scope: 'HR of the evaluation body running the campaign; an evaluator invigilating this session', policy: EXAM_ROOMS };
const CLOSED = { description: '409 EXAM_TIME_OVER: 考试时间已到; 409 ATTEMPT_SUBMITTED: 已交卷' };

/** 机考 for the candidate (their exams, the attempt with its server-timed deadline, autosave, page events, hand-in) and the invigilator's rooms. */
@ApiTags('机考 / Online exams')
@Controller('me')
export class MyExamsController {
  constructor(
    private readonly exams: OnlineExamsService,
    private readonly examRooms: OnlineExamRoomService,
  ) {}

  @Get('exams')
  @ApiOkResponse({ type: [MyExamDto] })
  @Access(['worker'], '我的机考（考场、座位、能否开考） / My online exams: room, seat, and whether I may start now', SELF)
  list(@CurrentPrincipal() principal: Principal): Promise<MyExamDto[]> {
    return this.exams.myExams(principal);
  }

  @Get('exam-rooms')
  @ApiOkResponse({ type: [MyInvigilationDto] })
  @Access(['evaluator'], '我的监考：我监考的机考考场 / The online exam rooms I invigilate', 'an evaluator: the sessions they are an invigilator of')
  rooms(@CurrentPrincipal() principal: Principal): Promise<MyInvigilationDto[]> {
    return this.examRooms.myInvigilations(principal);
  }

  @Post('exams/:sessionId/start')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResponseDto })
  @ApiConflictResponse({ description: '409 SESSION_NOT_STARTED, LATE_ENTRY_CLOSED, SESSION_ENDED, CAMPAIGN_NOT_ASSESSING, PAPER_NOT_READY' })
  @Access(['worker'], '开考（取本座位的试卷，服务器计时；再次调用返回同一答卷） / Start the exam: the paper of my seat, timed by the server', SELF)
  start(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseIdPipe) sessionId: string): Promise<AttemptResponseDto> {
    return this.exams.start(principal, sessionId);
  }

  @Get('exam-attempts/:id')
  @ApiOkResponse({ type: AttemptResponseDto })
  @Access(['worker'], '我的答卷（试题不含答案、已保存的作答、服务器时间和剩余时间） / My attempt: the paper without answers, my saved answers, the server’s time left', SELF)
  read(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<AttemptResponseDto> {
    return this.exams.read(principal, id);
  }

  @Put('exam-attempts/:id/answers/:number')
  @ApiOkResponse({ type: SavedAnswerResponseDto })
  @ApiConflictResponse(CLOSED)
  @Access(['worker'], '自动保存一题的作答（可重复提交，以最后一次为准） / Autosave one item’s answer (idempotent; the last one counts)', SELF)
  save(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('number', new ParseIntPipe({ errorHttpStatusCode: 400 })) number: number,
    @Body() dto: SaveAnswerDto,
  ): Promise<SavedAnswerResponseDto> {
    return this.exams.saveAnswer(principal, id, number, dto);
  }

  @Post('exam-attempts/:id/events')
  @ApiOkResponse({ type: AttemptEventResponseDto })
  @HttpCode(200)
  @ApiConflictResponse(CLOSED)
  @Access(['worker'], '记录离开/回到考试页面（监考可见） / Record leaving or coming back to the exam page (the invigilator sees it)', SELF)
  event(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AttemptEventDto): Promise<AttemptEventResponseDto> {
    return this.exams.recordEvent(principal, id, dto);
  }

  @Post('exam-attempts/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResponseDto })
  @ApiConflictResponse({ description: '409 ATTEMPT_SUBMITTED: 已交卷' })
  @Access(['worker'], '交卷（客观题即时评分） / Hand in: objective items are scored at once', SELF)
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<AttemptResponseDto> {
    return this.exams.submit(principal, id);
  }
}

/** 机考 for HR and invigilators: the session's papers, the live room, extra time and collection. */
@ApiTags('机考 / Online exams')
@Controller('campaigns/:campaignId/exam-sessions/:sessionId/online-exam')
export class OnlineExamRoomController {
  constructor(
    private readonly exams: OnlineExamsService,
    private readonly examRooms: OnlineExamRoomService,
    private readonly absence: OnlineExamAbsenceService,
    private readonly identity: OnlineExamIdentityService,
  ) {}

  @Put()
  @ApiOkResponse({ type: OnlineExamSetupResponseDto })
  @ApiConflictResponse({ description: '409 ONLINE_EXAM_STARTED: 已有考生开考; 409 PAPERS_NOT_ASSEMBLED: 卷库未组卷' })
  @Access(['hr_admin'], '设为机考：选组卷方案，为每个座位备好试卷（卷库A/B交替或千人千卷，记录种子） / Run the session online: the blueprint, and a paper for every seat', 'HR of the evaluation body running the campaign')
  setup(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: OnlineExamSetupDto,
  ): Promise<OnlineExamSetupResponseDto> {
    return this.exams.setup(principal, campaignId, sessionId, dto);
  }

  @Get('room')
  @ApiOkResponse({ type: RoomViewDto })
  @Access(['hr_admin', 'evaluator'], '考场监控：谁已开考、答题进度、离开页面、剩余时间 / The live room: who started, progress, page leaves, time left', ROOM)
  room(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Param('sessionId', ParseIdPipe) sessionId: string): Promise<RoomViewDto> {
    return this.examRooms.room(principal, campaignId, sessionId);
  }

  @Get('room/candidates/:applicationId/photo')
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ description: 'The candidate’s photo, 360×480 JPEG', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } })
  @Access(
    ['hr_admin', 'evaluator'],
    '本考场考生的证件照（供核验身份；无照片或考生不在本考场为404） / The photo of a candidate seated in this room, to check identity (404 without one or for a candidate seated elsewhere)',
    ROOM,
  )
  async photo(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const jpeg = await this.identity.photo(principal, campaignId, sessionId, applicationId);
    // A candidate's face, read for one room: kept by no cache, not even the browser's.
    reply.header('cache-control', 'private, no-store');
    return new StreamableFile(jpeg, { type: 'image/jpeg', disposition: 'inline; filename="photo.jpg"' });
  }

  @Post('room/candidates/:applicationId/identity-check')
  @HttpCode(200)
  @ApiOkResponse({ type: RoomViewDto })
  @ApiConflictResponse({ description: '409 SESSION_ENDED: 考试已结束' })
  @Access(
    ['hr_admin', 'evaluator'],
    '核验身份：记录考生与证件照、身份证相符，或人证不符（须说明）；重复提交不变，记入审计，不影响开考 / Record that the candidate matched the photo and ID card, or a mismatch with a note; repeatable; audited; never holds up the start',
    ROOM,
  )
  checkIdentity(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() dto: IdentityCheckDto,
  ): Promise<RoomViewDto> {
    return this.identity.check(principal, campaignId, sessionId, applicationId, dto);
  }

  @Post('attempts/:attemptId/extra-time')
  @HttpCode(200)
  @ApiOkResponse({ type: RoomViewDto })
  @ApiConflictResponse(CLOSED)
  @Access(['hr_admin', 'evaluator'], '为一名考生延时（须说明理由，合计不超过60分钟，记入审计） / Extra time for one candidate, with a reason (60 minutes at most; audited)', ROOM)
  extraTime(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('attemptId', ParseIdPipe) attemptId: string,
    @Body() dto: ExtraTimeDto,
  ): Promise<RoomViewDto> {
    return this.examRooms.extraTime(principal, campaignId, sessionId, attemptId, dto);
  }

  @Post('collect')
  @HttpCode(200)
  @ApiOkResponse({ type: CollectResponseDto })
  @ApiConflictResponse({ description: '409 SESSION_NOT_ENDED: 考试尚未结束' })
  @Access(['hr_admin', 'evaluator'], '收卷：考试结束后关闭并评分所有已到时的答卷 / Collect: after the end, close and score every attempt whose time is over', ROOM)
  collect(@CurrentPrincipal() principal: Principal, @Param('campaignId', ParseIdPipe) campaignId: string, @Param('sessionId', ParseIdPipe) sessionId: string): Promise<CollectResponseDto> {
    return this.examRooms.collect(principal, campaignId, sessionId);
  }

  @Post('absent')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkNotStartedAbsentResponseDto })
  @ApiConflictResponse({ description: '409 SESSION_NOT_ENDED: 考试尚未结束; 409 CAMPAIGN_NOT_SCORING: 认定计划不在评分阶段' })
  @Access(
    ['hr_admin'],
    '缺考：考试结束后，将未开考的考生一并标记为理论知识缺考（须在评分阶段；可重复调用，记入审计） / Mark every seated candidate who never started absent from theory',
    'HR of the evaluation body running the campaign',
  )
  absent(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', ParseIdPipe) campaignId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: MarkNotStartedAbsentDto,
  ): Promise<MarkNotStartedAbsentResponseDto> {
    return this.absence.markNotStartedAbsent(principal, campaignId, sessionId, dto);
  }
}
