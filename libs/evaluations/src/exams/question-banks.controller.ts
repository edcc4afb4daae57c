import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, DOCX_MIME, DomainError, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { XLSX_MIME } from '../applications/applications.service';
import {
  CreateQuestionBankDto,
  ItemDraftDto,
  ItemImportReportDto,
  ItemQueryDto,
  ItemStatusDto,
  QuestionBankQueryDto,
  QuestionBankResponseDto,
  QuestionItemResponseDto,
} from './dto/question-bank.dto';
import { QuestionBanksService } from './question-banks.service';

const READ_SCOPE = 'HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all';
const OWN_HR = 'HR of the enterprise that owns the bank';

/** 题库: question banks and their items, written, reviewed and put in use by the evaluation body. */
@ApiTags('题库 / Question banks')
@Controller('question-banks')
export class QuestionBanksController {
  constructor(private readonly banks: QuestionBanksService) {}

  @Post()
  @ApiCreatedResponse({ type: QuestionBankResponseDto })
  @Access(['hr_admin'], '新建题库（本机构备案范围内的职业和等级） / Create a question bank for an occupation and level within the body’s filed scope', 'HR of an enterprise filed as an evaluation body')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateQuestionBankDto): Promise<QuestionBankResponseDto> {
    return this.banks.create(principal, dto);
  }

  @Get()
  @ApiPageResponse(QuestionBankResponseDto)
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '题库列表 / List question banks', READ_SCOPE)
  list(@CurrentPrincipal() principal: Principal, @Query() query: QuestionBankQueryDto) {
    return this.banks.list(principal, query);
  }

  @Get('template')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '试题导入模板（XLSX），含各题型示例和填写说明', schema: { type: 'string', format: 'binary' } })
  @Access(['hr_admin'], '下载试题导入模板（XLSX） / Download the XLSX template for importing items', 'any enterprise HR')
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await this.banks.template(), { type: XLSX_MIME, disposition: 'attachment; filename="question-bank-template.xlsx"' });
  }

  @Get('template/word')
  @ApiProduces(DOCX_MIME)
  @ApiOkResponse({ description: '试题导入模板（Word），表格列与 XLSX 模板相同，含各题型示例和填写说明', schema: { type: 'string', format: 'binary' } })
  @Access(['hr_admin'], '下载试题导入模板（Word） / Download the Word template for importing items', 'any enterprise HR')
  async wordTemplate(): Promise<StreamableFile> {
    return new StreamableFile(await this.banks.wordTemplate(), { type: DOCX_MIME, disposition: 'attachment; filename="question-bank-template.docx"' });
  }

  @Get(':id')
  @ApiOkResponse({ type: QuestionBankResponseDto })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '题库详情（各状态题量） / A question bank, with item counts per status', READ_SCOPE)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<QuestionBankResponseDto> {
    return this.banks.get(principal, id);
  }

  @Get(':id/items')
  @ApiPageResponse(QuestionItemResponseDto)
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '试题列表（含答案） / List a bank’s items, answers included', READ_SCOPE)
  listItems(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Query() query: ItemQueryDto) {
    return this.banks.listItems(principal, id, query);
  }

  @Get(':id/items/export')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '未停用的试题，按导入模板的格式（可修改后再导入）', schema: { type: 'string', format: 'binary' } })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '导出试题（XLSX） / Export the bank’s items that are not retired, in the import layout', READ_SCOPE)
  async export(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    const { buffer, filename } = await this.banks.exportSheet(principal, id);
    return new StreamableFile(buffer, { type: XLSX_MIME, disposition: `attachment; filename="${filename}"` });
  }

  @Post(':id/items/import')
  @HttpCode(200)
  @ApiConsumes(XLSX_MIME, DOCX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'XLSX 表格，或表格列与模板相同的 Word 文档（.docx）；按文件内容识别' })
  @ApiOkResponse({ type: ItemImportReportDto })
  @Access(['hr_admin'], '导入试题（XLSX 或 Word 表格，逐行报错，全部无误才导入） / Import items from XLSX or Word tables: every row checked, saved only when no row has an error', OWN_HR)
  import(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<ItemImportReportDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的内容类型 / Unsupported media type', `Send the workbook (content-type ${XLSX_MIME}) or the Word document (${DOCX_MIME}) as the request body`);
    }
    return this.banks.importSheet(principal, id, body, contentType?.split(';')[0].trim().toLowerCase() === DOCX_MIME);
  }

  @Post(':id/items')
  @ApiCreatedResponse({ type: QuestionItemResponseDto })
  @Access(['hr_admin'], '新增试题（待审核） / Write an item; it waits for review', OWN_HR)
  createItem(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ItemDraftDto): Promise<QuestionItemResponseDto> {
    return this.banks.createItem(principal, id, dto);
  }

  @Get(':id/items/:itemId')
  @ApiOkResponse({ type: QuestionItemResponseDto })
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '试题详情 / An item', READ_SCOPE)
  getItem(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Param('itemId', ParseIdPipe) itemId: string): Promise<QuestionItemResponseDto> {
    return this.banks.getItem(principal, id, itemId);
  }

  @Patch(':id/items/:itemId')
  @ApiOkResponse({ type: QuestionItemResponseDto })
  @Access(['hr_admin'], '修改试题（生成新版本，重新审核） / Change an item: a new version, reviewed again', OWN_HR)
  updateItem(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() dto: ItemDraftDto,
  ): Promise<QuestionItemResponseDto> {
    return this.banks.updateItem(principal, id, itemId, dto);
  }

  @Post(':id/items/:itemId/status')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionItemResponseDto })
  @Access(['hr_admin'], '审核、启用、退回或停用试题 / Review (by another person), activate, return or retire an item', OWN_HR)
  setStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() dto: ItemStatusDto,
  ): Promise<QuestionItemResponseDto> {
    return this.banks.setItemStatus(principal, id, itemId, dto);
  }
}
