import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { SaveScoreSheetDto, ScoreSheetDto, ScoreSheetQueryDto } from './dto/scoring.dto';
import { ScoreSheetsService } from './score-sheets.service';

const OWN = 'the evaluator drawn for the candidate and component; any other sheet answers 404';

@ApiTags('评分 / Scoring')
@Controller('score-sheets')
export class ScoreSheetsController {
  constructor(private readonly sheets: ScoreSheetsService) {}

  @Get()
  @Access(['evaluator'], '我的评分表 / My score sheets', 'the evaluator’s own sheets: the candidates and components they were drawn for')
  @ApiOkResponse({ type: [ScoreSheetDto] })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ScoreSheetQueryDto) {
    return this.sheets.list(principal, query);
  }

  @Get(':id')
  @Access(['evaluator'], '评分表详情 / A score sheet', OWN)
  @ApiOkResponse({ type: ScoreSheetDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.sheets.get(principal, id);
  }

  @Put(':id')
  @Access(['evaluator'], '保存评分草稿 / Save a draft', OWN)
  @ApiConflictResponse({ description: '已提交的评分表已锁定：409 SHEET_LOCKED / a submitted sheet is locked' })
  @ApiOkResponse({ type: ScoreSheetDto })
  save(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: SaveScoreSheetDto) {
    return this.sheets.save(principal, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access(['evaluator'], '提交评分（提交后锁定；重复提交结果相同） / Submit and lock; a retried submission answers the same', OWN)
  @ApiConflictResponse({ description: '已提交后内容不同：409 SHEET_LOCKED / different content for a submitted sheet' })
  @ApiOkResponse({ type: ScoreSheetDto })
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: SaveScoreSheetDto) {
    return this.sheets.submit(principal, id, dto);
  }
}
