import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, CASE_WITHDRAWAL, CASES } from '../common/case-scope';
import { NoteDto, ReasonDto } from '../common/dto';
import { ApplyTitleRecognitionDto, TitleRecognitionQueryDto, TitleRecognitionResponseDto } from './dto/title-recognition.dto';
import { TitleRecognitionsService } from './title-recognitions.service';

const READ_SCOPE = 'bureau: enterprises in its region; HR: its enterprise; worker: own';
const HR_STEP = 'HR of the enterprise where the worker works';
const BUREAU_STEP = 'the bureau competent for the enterprise (fixed on endorsement)';

@ApiTags('技能人才职称比照认定 / Title recognition')
@Controller('title-recognitions')
export class TitleRecognitionsController {
  constructor(private readonly recognitions: TitleRecognitionsService) {}

  @Post()
  @Access(['worker', 'hr_admin'], '申请比照认定职称 / Apply for the title a skill level opens', 'worker: for themself; HR: for a worker of its organization')
  @ApiOkResponse({ type: TitleRecognitionResponseDto })
  apply(@CurrentPrincipal() principal: Principal, @Body() dto: ApplyTitleRecognitionDto) {
    return this.recognitions.apply(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '比照认定申请列表 / List title-recognition applications', { scope: READ_SCOPE, policy: CASES })
  @ApiPageResponse(TitleRecognitionResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: TitleRecognitionQueryDto) {
    return this.recognitions.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '比照认定申请详情 / A title-recognition application', { scope: READ_SCOPE, policy: CASES })
  @ApiOkResponse({ type: TitleRecognitionResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.recognitions.get(principal, id);
  }

  @Post(':id/endorse')
  @HttpCode(200)
  @Access(['hr_admin'], '单位推荐 / Endorse an application to the bureau', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  endorse(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto) {
    return this.recognitions.endorse(principal, id, dto);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Access(['hr_admin'], '单位不予推荐（须说明理由） / Decline to endorse, with a reason', { scope: HR_STEP, policy: CASE_ENTERPRISE_HR })
  decline(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.recognitions.decline(principal, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access(['bureau_officer'], '认定职称（记入职工档案） / Recognize the title; it joins the worker’s record', { scope: BUREAU_STEP, policy: CASE_DECIDING_BUREAU })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto) {
    return this.recognitions.approve(principal, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access(['bureau_officer'], '不予认定（须说明理由） / Reject, with a reason', { scope: BUREAU_STEP, policy: CASE_DECIDING_BUREAU })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.recognitions.reject(principal, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access(['worker', 'hr_admin'], '撤回申请（须说明理由） / Withdraw an undecided application, with a reason', { scope: `the worker; ${HR_STEP}`, policy: CASE_WITHDRAWAL })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ReasonDto) {
    return this.recognitions.withdraw(principal, id, dto);
  }
}
