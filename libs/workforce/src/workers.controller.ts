import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { UserResponseDto } from '@skill-ladder/identity';
import {
  AddCredentialDto,
  AddHonorDto,
  AddInnovationDto,
  AddRelationDto,
  AddTitleDto,
  AddTrainingDto,
  CreateWorkerAccountDto,
  CreateWorkerDto,
  EmploymentInputDto,
  EndEmploymentDto,
  UpdateWorkerDto,
  WorkerFilterDto,
  WorkerQueryDto,
} from './dto/worker.dto';
import { RevealedIdNumberDto, WorkerCountDto, WorkerPageDto, WorkerRecordDto } from './dto/worker-response.dto';
import { EmploymentsService } from './employments.service';
import { WorkerFactsService } from './worker-facts.service';
import { WorkersService } from './workers.service';
import { WORKERS } from './workforce-scope';

const READERS = ['hr_admin', 'bureau_officer', 'worker'] as const;
const READ_SCOPE = 'HR: workers employed by or working at its organization; bureau: its region; worker: self';
const WRITE_SCOPE = 'HR of an organization the worker is employed by or works at';

@ApiTags('职工 / Workers')
@Controller('workers')
export class WorkersController {
  constructor(
    private readonly workers: WorkersService,
    private readonly employments: EmploymentsService,
    private readonly facts: WorkerFactsService,
  ) {}

  @Post()
  @Access(['hr_admin'], '登记职工（含劳务派遣工） / Register a worker, dispatched workers included', 'enterprise: its staff and the dispatched workers it uses; agency: its dispatched workers')
  @ApiCreatedResponse({ type: WorkerRecordDto, description: 'A new worker registered' })
  @ApiOkResponse({ type: WorkerRecordDto, description: 'The worker was already on record (same ID number): the employment is added to it' })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWorkerDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { worker, linkedExisting } = await this.workers.create(principal, dto);
    reply.status(linkedExisting ? 200 : 201);
    return worker;
  }

  @Get()
  @Access(['hr_admin', 'bureau_officer'], '职工列表 / List workers', { scope: READ_SCOPE, policy: WORKERS })
  @ApiOkResponse({ type: WorkerPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: WorkerQueryDto) {
    return this.workers.list(principal, query);
  }

  @Get('count')
  @Access(['hr_admin', 'bureau_officer'], '职工人数（与列表同样的筛选） / How many workers the list’s filters match', { scope: READ_SCOPE, policy: WORKERS })
  @ApiOkResponse({ type: WorkerCountDto })
  count(@CurrentPrincipal() principal: Principal, @Query() query: WorkerFilterDto) {
    return this.workers.count(principal, query);
  }

  @Get(':id')
  @Access(READERS, '职工档案 / A worker’s record (ID number masked)', { scope: READ_SCOPE, policy: WORKERS })
  @ApiOkResponse({ type: WorkerRecordDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.workers.getRecord(principal, id);
  }

  @Patch(':id')
  @Access(['hr_admin'], '修改职工信息 / Update a worker', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiOkResponse({ type: WorkerRecordDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateWorkerDto) {
    return this.workers.update(principal, id, dto);
  }

  @Post(':id/id-number/reveal')
  @HttpCode(200)
  @Access(['hr_admin', 'worker'], '查看完整身份证号码（留痕） / Reveal the full ID number (audited)', WRITE_SCOPE + '; worker: self')
  @ApiOkResponse({ type: RevealedIdNumberDto })
  reveal(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.workers.revealIdNumber(principal, id);
  }

  @Post(':id/employments')
  @Access(['hr_admin'], '新增用工关系 / Add an employment', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addEmployment(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: EmploymentInputDto) {
    return this.employments.add(principal, id, dto);
  }

  @Post(':id/employments/:employmentId/end')
  @HttpCode(200)
  @Access(['hr_admin'], '结束用工关系 / End an employment', 'HR of the employment’s employer or work organization')
  @ApiOkResponse({ type: WorkerRecordDto })
  endEmployment(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('employmentId', ParseIdPipe) employmentId: string,
    @Body() dto: EndEmploymentDto,
  ) {
    return this.employments.end(principal, id, employmentId, dto);
  }

  @Post(':id/credentials')
  @Access(['hr_admin'], '录入已取得的技能等级证书 / Record a skill credential issued elsewhere', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addCredential(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddCredentialDto) {
    return this.facts.addCredential(principal, id, dto);
  }

  @Post(':id/titles')
  @Access(['hr_admin'], '录入专业技术职称 / Record a professional title', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addTitle(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddTitleDto) {
    return this.facts.addTitle(principal, id, dto);
  }

  @Post(':id/honors')
  @Access(['hr_admin'], '录入荣誉 / Record an honor', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addHonor(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddHonorDto) {
    return this.facts.addHonor(principal, id, dto);
  }

  @Post(':id/trainings')
  @Access(['hr_admin'], '录入培训学时 / Record training', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addTraining(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddTrainingDto) {
    return this.facts.addTraining(principal, id, dto);
  }

  @Post(':id/innovations')
  @Access(['hr_admin'], '录入创新成果 / Record an innovation (patent, 五小成果)', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addInnovation(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddInnovationDto) {
    return this.facts.addInnovation(principal, id, dto);
  }

  @Post(':id/relations')
  @Access(['hr_admin'], '登记亲属、上下级、师徒关系（用于回避） / Record a relation used for recusal', WRITE_SCOPE + '; both workers')
  @ApiCreatedResponse({ type: WorkerRecordDto })
  addRelation(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: AddRelationDto) {
    return this.facts.addRelation(principal, id, dto);
  }

  @Post(':id/account')
  @Access(['hr_admin'], '为职工开通账号 / Open a worker login', { scope: WRITE_SCOPE, policy: WORKERS })
  @ApiCreatedResponse({ type: UserResponseDto })
  createAccount(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateWorkerAccountDto) {
    return this.workers.createAccount(principal, id, dto);
  }
}
