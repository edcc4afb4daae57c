import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, DomainError, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { OCCUPATION_CHANGES } from '../standards-scope';
import {
  CreateOccupationDto,
  OccupationImportQueryDto,
  OccupationImportReportDto,
  OccupationQueryDto,
  OccupationResponseDto,
  UpdateOccupationDto,
} from './dto/occupation.dto';
import { OccupationsService } from './occupations.service';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAINTAINERS = ['platform_admin', 'bureau_officer'] as const;
const MAINTAIN_SCOPE = 'platform admin: the national catalogue; bureau: the occupations it added';

@ApiTags('职业目录 / Occupations')
@Controller('occupations')
export class OccupationsController {
  constructor(private readonly occupations: OccupationsService) {}

  @Get()
  @Access(['authenticated'], '职业目录 / List or search occupations')
  @ApiPageResponse(OccupationResponseDto)
  list(@Query() query: OccupationQueryDto) {
    return this.occupations.list(query);
  }

  @Get('export')
  @Access(['authenticated'], '导出职业目录（XLSX） / Export the catalogue as XLSX')
  @ApiProduces(XLSX_MIME)
  async export(): Promise<StreamableFile> {
    return new StreamableFile(await this.occupations.exportSheet(), { type: XLSX_MIME, disposition: 'attachment; filename="occupations.xlsx"' });
  }

  @Post('import')
  @HttpCode(200)
  @Access(MAINTAINERS, '导入职业目录（XLSX，逐行报错） / Import occupations from XLSX with a per-row error report', { scope: MAINTAIN_SCOPE, policy: OCCUPATION_CHANGES })
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: OccupationImportReportDto })
  import(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: OccupationImportQueryDto) {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的内容类型 / Unsupported media type', `Send the workbook as the request body with content-type ${XLSX_MIME}`);
    }
    return this.occupations.importSheet(principal, body, query.dryRun ?? false);
  }

  @Get(':id')
  @Access(['authenticated'], '职业详情 / Get an occupation')
  @ApiOkResponse({ type: OccupationResponseDto })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.occupations.get(id);
  }

  @Post()
  @Access(MAINTAINERS, '新增职业 / Add an occupation', MAINTAIN_SCOPE)
  @ApiOkResponse({ type: OccupationResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateOccupationDto) {
    return this.occupations.create(principal, dto);
  }

  @Patch(':id')
  @Access(MAINTAINERS, '修改职业 / Update an occupation', { scope: MAINTAIN_SCOPE, policy: OCCUPATION_CHANGES })
  @ApiOkResponse({ type: OccupationResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateOccupationDto) {
    return this.occupations.update(principal, id, dto);
  }
}
