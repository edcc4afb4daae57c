import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CompetitionsService } from './competitions.service';
import { CompetitionRuleQueryDto, CompetitionRuleResponseDto, CreateCompetitionRuleDto, EndCompetitionRuleDto } from './dto/competition.dto';

@ApiTags('以赛代评规则 / Competition promotion rules')
@Controller('competition-rules')
export class CompetitionRulesController {
  constructor(private readonly competitions: CompetitionsService) {}

  @Post()
  @Access(['bureau_officer'], '制定本地区以赛代评规则 / Set a competition-to-promotion rule for the region', 'a bureau, for its own region')
  @ApiOkResponse({ type: CompetitionRuleResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateCompetitionRuleDto) {
    return this.competitions.createRule(principal, dto);
  }

  @Get()
  @Access(['authenticated'], '以赛代评规则 / Competition promotion rules', 'all rules; appliesIn narrows to one region')
  @ApiPageResponse(CompetitionRuleResponseDto)
  list(@Query() query: CompetitionRuleQueryDto) {
    return this.competitions.listRules(query);
  }

  @Patch(':id')
  @Access(['bureau_officer'], '终止以赛代评规则（须说明理由） / End a rule, with a reason', 'the bureau that set it')
  @ApiOkResponse({ type: CompetitionRuleResponseDto })
  end(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: EndCompetitionRuleDto) {
    return this.competitions.endRule(principal, id, dto);
  }
}
