import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { TitleOptionsQueryDto } from './dto/title-mapping.dto';
import { TitleOptionsReportDto } from './dto/title-options.dto';
import { TitleMappingsService } from './title-mappings.service';

@ApiTags('技能等级与职称贯通 / Title mappings')
@Controller('workers')
export class WorkerTitleOptionsController {
  constructor(private readonly mappings: TitleMappingsService) {}

  @Get(':id/title-options')
  @Access(
    ['bureau_officer', 'hr_admin', 'worker'],
    '可申报的职称 / Titles the worker may apply for now, and when the others open',
    'HR of the worker’s work organization or employer; the bureau of the region; the worker themself',
  )
  @ApiOkResponse({ type: TitleOptionsReportDto })
  titleOptions(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Query() query: TitleOptionsQueryDto): Promise<TitleOptionsReportDto> {
    return this.mappings.titleOptions(principal, id, query.asOf);
  }
}
