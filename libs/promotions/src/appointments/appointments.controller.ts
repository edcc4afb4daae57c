import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, CASE_WITHDRAWAL, CASES } from '../common/case-scope';
import { NoteDto, ReasonDto } from '../common/dto';
import { AppointmentPublicityService } from './appointment-publicity.service';
import { AppointmentsService } from './appointments.service';
import { AppointDto, AppointmentQueryDto, AppointmentResponseDto, NominateDto, OpenPublicityDto, ReviewDto } from './dto/appointment.dto';

const READ_SCOPE = 'bureau: enterprises in its region; HR: its enterprise; worker: own';
const HR_STEP = 'HR of the appointing enterprise';
const BUREAU_STEP = 'the bureau competent for the enterprise (fixed when publicity closes)';

@ApiTags('特级技师、首席技师及企业等级评聘 / Appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly publicity: AppointmentPublicityService,
  ) {}

  @Post()
  @Access(['hr_admin', 'worker'], '推荐或自荐评聘（附申报条件审核） / Nominate, or apply, for an appointment tier; the eligibility report is kept', 'HR: a worker working at its enterprise; worker: themself, at the enterprise where they work')
  @ApiOkResponse({ type: AppointmentResponseDto })
  nominate(@CurrentPrincipal() principal: Principal, @Body() dto: NominateDto) {
    return this.appointments.nominate(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '评聘列表 / List appointment cases', { scope: READ_SCOPE, policy: CASES })
  @ApiPageResponse(AppointmentResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: AppointmentQueryDto) {
    return this.appointments.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '评聘详情（条件审核、评审、公示、确认、聘期、待遇） / An appointment case', { scope: READ_SCOPE, policy: CASES })
  @ApiOkResponse({ type: AppointmentResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.appointments.get(principal, id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Access(['hr_admin'], '不予推荐（须说明理由） / Decline a nomination, with a reason', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  decline(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.appointments.decline(principal, id, dto);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Access(['hr_admin'], '录入评审委员会评分（加权要素） / Record the review committee’s weighted scores', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  review(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReviewDto) {
    return this.appointments.review(principal, id, dto);
  }

  @Post(':id/publicity')
  @HttpCode(200)
  @Access(['hr_admin'], '发布评聘公示（工作日） / Open the publicity notice, in working days', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  openPublicity(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: OpenPublicityDto) {
    return this.publicity.openPublicity(principal, id, dto);
  }

  @Post(':id/publicity/close')
  @HttpCode(200)
  @Access(['hr_admin'], '公示期满结束公示（异议须已处理）并报人社局确认 / Close the publicity once over and objections resolved; goes to the bureau where required', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  closePublicity(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto) {
    return this.publicity.closePublicity(principal, id, dto);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Access(['bureau_officer'], '人社局确认评聘结果 / The bureau confirms', { scope: BUREAU_STEP, policy: CASE_DECIDING_BUREAU })
  @ApiOkResponse({ type: AppointmentResponseDto })
  confirm(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto) {
    return this.appointments.confirm(principal, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access(['bureau_officer'], '人社局不予确认（须说明理由） / The bureau rejects, with a reason', { scope: BUREAU_STEP, policy: CASE_DECIDING_BUREAU })
  @ApiOkResponse({ type: AppointmentResponseDto })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.appointments.reject(principal, id, dto);
  }

  @Post(':id/appoint')
  @HttpCode(200)
  @Access(['hr_admin'], '聘任（占用名额，记录待遇与聘期） / Appoint for the term, within the quota, recording the treatment', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  appoint(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AppointDto) {
    return this.appointments.appoint(principal, id, dto);
  }

  @Post(':id/renew')
  @HttpCode(200)
  @Access(['hr_admin'], '续聘评审（聘期届满前6个月起） / Renew after a review, from 6 months before the term ends', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  renew(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReviewDto) {
    return this.appointments.renew(principal, id, dto);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Access(['hr_admin'], '解聘（须说明理由） / Revoke an appointment, with a reason', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  @ApiOkResponse({ type: AppointmentResponseDto })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.appointments.revoke(principal, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access(['hr_admin', 'worker'], '撤回评聘（聘任前，须说明理由） / Withdraw a case before appointment, with a reason', { scope: `${HR_STEP}; the worker, own case`, policy: CASE_WITHDRAWAL })
  @ApiOkResponse({ type: AppointmentResponseDto })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.appointments.withdraw(principal, id, dto);
  }
}
