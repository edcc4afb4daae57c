import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ZIP_UPLOAD_TYPES } from '@skill-ladder/platform';
import { PhotoImportReportDto } from '../dto/worker-photo.dto';
import { PhotoImportService } from './photo-import.service';

/** 照片批量导入. */
@ApiTags('职工 / Workers')
@Controller('workers/photos/import')
export class PhotoImportController {
  constructor(private readonly imports: PhotoImportService) {}

  @Post()
  @HttpCode(200)
  @Access(
    ['hr_admin'],
    '批量导入证件照（ZIP ≤ 50 MB、≤ 2000 个文件，文件名“姓名-身份证号.jpg”，按身份证号和姓名匹配，逐个文件报告） / Import photos from a ZIP of 姓名-身份证号.jpg files, matched by ID number and name, with a report per file',
    'HR of an organization the workers are currently employed by or work at',
  )
  @ApiConsumes(...ZIP_UPLOAD_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: PhotoImportReportDto })
  import(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.imports.importZip(principal, body);
  }
}
