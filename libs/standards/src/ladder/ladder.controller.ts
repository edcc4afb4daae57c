import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@skill-ladder/platform';
import { LadderRankDto, LadderService } from './ladder.service';

@ApiTags('职业目录 / Occupations')
@Controller('ladder')
export class LadderController {
  constructor(private readonly ladder: LadderService) {}

  @Get()
  @Access(['authenticated'], '新八级工等级序列 / The eight-rank ladder (人社部发〔2022〕14号)')
  @ApiOkResponse({ type: [LadderRankDto] })
  list(): Promise<LadderRankDto[]> {
    return this.ladder.list();
  }
}
