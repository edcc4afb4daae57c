import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { DRAW_FAILURE_DESCRIPTION, DrawPreviewDto, DrawPreviewResponseDto } from './dto/draw-preview.dto';
import {
  DeclareConflictDto,
  EvaluatorConflictResponseDto,
  EvaluatorQueryDto,
  EvaluatorResponseDto,
  EvaluatorSharingDto,
  RegisterEvaluatorDto,
  RemoveConflictDto,
  UpdateEvaluatorDto,
} from './dto/evaluator.dto';
import { EvaluatorDrawService } from './evaluator-draw.service';
import { EVALUATOR_CONFLICTS, EVALUATOR_HOME_HR, EVALUATORS } from './evaluator-scope';
import { EvaluatorsService } from './evaluators.service';

const READ_SCOPE = 'bureau: evaluators of organizations in its region; HR: its own and those shared with its region';
const HOME_HR = 'HR of the evaluator’s home enterprise';

@ApiTags('考评员 / Evaluators')
@Controller('evaluators')
export class EvaluatorsController {
  constructor(
    private readonly evaluators: EvaluatorsService,
    private readonly draws: EvaluatorDrawService,
  ) {}

  @Post()
  @Access(['hr_admin'], '登记考评员资格 / Register an evaluator profile', 'enterprise HR, for users of its enterprise holding the evaluator role')
  @ApiCreatedResponse({ type: EvaluatorResponseDto })
  register(@CurrentPrincipal() principal: Principal, @Body() dto: RegisterEvaluatorDto) {
    return this.evaluators.register(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '考评员库 / List evaluators', { scope: READ_SCOPE, policy: EVALUATORS })
  @ApiPageResponse(EvaluatorResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: EvaluatorQueryDto) {
    return this.evaluators.list(principal, query);
  }

  @Post('draw-preview')
  @HttpCode(200)
  @ApiUnprocessableEntityResponse({ description: DRAW_FAILURE_DESCRIPTION })
  @Access(['hr_admin'], '试抽考评员（不保存） / Try a draw of evaluators for some candidates, without saving it', 'enterprise HR: its own workers as candidates, its pool and evaluators shared with its region')
  @ApiOkResponse({ type: DrawPreviewResponseDto })
  drawPreview(@CurrentPrincipal() principal: Principal, @Body() dto: DrawPreviewDto) {
    return this.draws.preview(principal, dto);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '考评员详情 / Get an evaluator profile', { scope: READ_SCOPE, policy: EVALUATORS })
  @ApiOkResponse({ type: EvaluatorResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.evaluators.get(principal, id);
  }

  @Patch(':id')
  @Access(['hr_admin'], '修改考评员资格或停用（须说明理由） / Update or deactivate an evaluator profile, with a reason', { scope: HOME_HR, policy: EVALUATOR_HOME_HR })
  @ApiOkResponse({ type: EvaluatorResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateEvaluatorDto) {
    return this.evaluators.update(principal, id, dto);
  }

  @Patch(':id/sharing')
  @Access(['bureau_officer'], '区域内共享考评员 / Share an evaluator with every enterprise of the region, or stop sharing', { scope: 'bureau: evaluators of organizations in its region', policy: EVALUATORS })
  @ApiOkResponse({ type: EvaluatorResponseDto })
  share(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: EvaluatorSharingDto) {
    return this.evaluators.setSharing(principal, id, dto);
  }

  @Get(':id/conflicts')
  @Access(['bureau_officer', 'hr_admin'], '考评员申报回避列表 / List declared conflicts of an evaluator', { scope: 'bureau: all, for evaluators in its region; HR: those its enterprise declared', policy: EVALUATOR_CONFLICTS })
  @ApiOkResponse({ type: [EvaluatorConflictResponseDto] })
  listConflicts(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.evaluators.listConflicts(principal, id);
  }

  @Post(':id/conflicts')
  @Access(['hr_admin'], '申报回避：考评员不得考评该职工 / Declare that an evaluator must never assess a worker', { scope: 'HR that sees the evaluator, for its own workers', policy: EVALUATORS })
  @ApiCreatedResponse({ type: EvaluatorConflictResponseDto })
  declareConflict(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: DeclareConflictDto) {
    return this.evaluators.declareConflict(principal, id, dto);
  }

  @Delete(':id/conflicts/:conflictId')
  @HttpCode(204)
  @Access(['hr_admin'], '撤销申报回避（须说明理由） / Withdraw a declared conflict, with a reason', 'HR of the enterprise that declared it')
  async removeConflict(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('conflictId', ParseIdPipe) conflictId: string,
    @Body() dto: RemoveConflictDto,
  ): Promise<void> {
    await this.evaluators.removeConflict(principal, id, conflictId, dto);
  }
}
