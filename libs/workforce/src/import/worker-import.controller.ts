import { Body, Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, DomainError, Principal } from '@skill-ladder/platform';
import { WorkerImportReportDto } from '../dto/worker-import.dto';
import { WorkerImportService, XLSX_MIME } from './worker-import.service';

const SCOPE = 'HR of an enterprise: its own staff and the dispatched workers it uses';

/** 批量导入职工: the XLSX template and the all-or-nothing upload. */
@ApiTags('职工 / Workers')
@Controller('workers/import')
export class WorkerImportController {
  constructor(private readonly imports: WorkerImportService) {}

  @Get('template')
  @Access(['hr_admin'], '下载职工导入模板（XLSX） / Download the XLSX template for importing workers', SCOPE)
  @ApiProduces(XLSX_MIME)
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await this.imports.template(), { type: XLSX_MIME, disposition: 'attachment; filename="workers-import-template.xlsx"' });
  }

  @Post()
  @HttpCode(200)
  @Access(['hr_admin'], '批量导入职工（XLSX，逐行报错，全部有效才保存） / Import workers from XLSX: all rows saved, or none and every bad row reported', SCOPE)
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: WorkerImportReportDto })
  import(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的内容类型 / Unsupported media type', `Send the workbook as the request body with content-type ${XLSX_MIME}`);
    }
    return this.imports.importSheet(principal, body);
  }
}
