import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { COMPETITIONS } from './competition-scope';
import { CompetitionsService } from './competitions.service';
import { CompetitionQueryDto, CompetitionResponseDto, CreateCompetitionDto, RecordResultsDto } from './dto/competition.dto';

const COMPETITION_SCOPE = 'bureau: competitions registered in its region; HR: its own contests and those of the bureaus covering it; worker: those they placed in';

@ApiTags('职业技能竞赛 / Competitions')
@Controller('competitions')
export class CompetitionsController {
  constructor(private readonly competitions: CompetitionsService) {}

  @Post()
  @Access(['bureau_officer', 'hr_admin'], '登记职业技能竞赛 / Register a graded competition', 'bureau: any tier, in its region; HR: its own enterprise contests')
  @ApiOkResponse({ type: CompetitionResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateCompetitionDto) {
    return this.competitions.create(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '竞赛列表 / List competitions', { scope: COMPETITION_SCOPE, policy: COMPETITIONS })
  @ApiPageResponse(CompetitionResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: CompetitionQueryDto) {
    return this.competitions.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '竞赛详情及名次 / A competition with the results the caller may see', { scope: COMPETITION_SCOPE, policy: COMPETITIONS })
  @ApiOkResponse({ type: CompetitionResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.competitions.get(principal, id);
  }

  @Post(':id/results')
  @HttpCode(200)
  @Access(['bureau_officer', 'hr_admin'], '录入竞赛名次 / Record ranked results', 'the organization that registered the competition; workers it may see')
  @ApiOkResponse({ type: CompetitionResponseDto })
  recordResults(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: RecordResultsDto) {
    return this.competitions.recordResults(principal, id, dto);
  }
}
