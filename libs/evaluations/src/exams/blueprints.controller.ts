import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { BlueprintsService } from './blueprints.service';
import { BlueprintDto, BlueprintResponseDto, PaperResponseDto } from './dto/blueprint.dto';

const READ_SCOPE = 'HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all';
const OWN_HR = 'HR of the enterprise that owns the bank';

/** 组卷: blueprints of a bank and the fixed papers assembled from them. */
@ApiTags('题库 / Question banks')
@Controller('question-banks/:bankId/blueprints')
export class BlueprintsController {
  constructor(private readonly blueprints: BlueprintsService) {}

  @Post()
  @ApiCreatedResponse({ type: BlueprintResponseDto })
  @Access(['hr_admin'], '新建组卷方案（合计100分） / Write a blueprint: items per knowledge point, kind and difficulty, 100 points in all', OWN_HR)
  create(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseIdPipe) bankId: string, @Body() dto: BlueprintDto): Promise<BlueprintResponseDto> {
    return this.blueprints.create(principal, bankId, dto);
  }

  @Get()
  @ApiOkResponse({ type: [BlueprintResponseDto] })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '组卷方案列表（含缺题情况） / A bank’s blueprints, each with what the bank is short of', READ_SCOPE)
  list(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseIdPipe) bankId: string): Promise<BlueprintResponseDto[]> {
    return this.blueprints.list(principal, bankId);
  }

  @Get(':id')
  @ApiOkResponse({ type: BlueprintResponseDto })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '组卷方案详情（含缺题情况） / A blueprint, with what the bank is short of', READ_SCOPE)
  get(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseIdPipe) bankId: string, @Param('id', ParseIdPipe) id: string): Promise<BlueprintResponseDto> {
    return this.blueprints.get(principal, bankId, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: BlueprintResponseDto })
  @Access(['hr_admin'], '修改组卷方案（组卷前） / Change a blueprint before papers are assembled from it', OWN_HR)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('bankId', ParseIdPipe) bankId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: BlueprintDto,
  ): Promise<BlueprintResponseDto> {
    return this.blueprints.update(principal, bankId, id, dto);
  }

  @Post(':id/papers')
  @ApiCreatedResponse({ type: [PaperResponseDto] })
  @Access(['hr_admin'], '卷库组卷（A/B卷，记录随机种子） / Assemble the fixed papers A, B… with recorded seeds', OWN_HR)
  assemble(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseIdPipe) bankId: string, @Param('id', ParseIdPipe) id: string): Promise<PaperResponseDto[]> {
    return this.blueprints.assembleFixedPapers(principal, bankId, id);
  }

  @Get(':id/papers')
  @ApiOkResponse({ type: [PaperResponseDto] })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '试卷（含所用试题版本和答案） / The papers, with the item versions they keep and the answers', READ_SCOPE)
  papers(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseIdPipe) bankId: string, @Param('id', ParseIdPipe) id: string): Promise<PaperResponseDto[]> {
    return this.blueprints.listPapers(principal, bankId, id);
  }
}
