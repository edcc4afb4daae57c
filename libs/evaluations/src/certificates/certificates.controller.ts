import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { attachmentDisposition } from './batch-pdf';
import { CertificateDocumentsService } from './certificate-documents.service';
import { CERTIFICATES } from './certificate-scope';
import { CertificatesService } from './certificates.service';
import {
  CertificateBatchPdfQueryDto,
  CertificateCredentialResponseDto,
  CertificateExportQueryDto,
  CertificateQueryDto,
  CertificateResponseDto,
  RevokeCertificateDto,
} from './dto/certificate.dto';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ_SCOPE = 'HR: certificates its evaluation body issued; bureau: those of bodies in its region; worker: own';
const REVOKE_SCOPE = 'HR of the issuing body, or a bureau whose region covers it';

@ApiTags('职业技能等级证书 / Certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly documents: CertificateDocumentsService,
  ) {}

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '证书列表 / List certificates', { scope: READ_SCOPE, policy: CERTIFICATES })
  @ApiPageResponse(CertificateResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: CertificateQueryDto) {
    return this.certificates.list(principal, query);
  }

  @Get('export')
  @Access(['hr_admin'], '导出证书数据（全国联网查询上传格式，XLSX，含完整证件号码，记入审计） / Export certificates for the national query upload (XLSX, full ID numbers, audited)', { scope: 'HR of the evaluation body, its own certificates', policy: CERTIFICATES })
  @ApiProduces(XLSX_MIME)
  @ApiUnprocessableEntityResponse({ description: '422 EXPORT_TOO_LARGE: 超过一万张，请缩小范围 / more than 10,000 certificates selected' })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: CertificateExportQueryDto): Promise<StreamableFile> {
    const { xlsx, filename } = await this.documents.export(principal, query);
    return new StreamableFile(xlsx, { type: XLSX_MIME, disposition: `attachment; filename="${filename}"` });
  }

  @Get('batch-pdf')
  @Access(
    ['bureau_officer', 'hr_admin'],
    '批量下载认定计划的证书（一个 PDF，每张证书一页，按证书编号排序，记入审计） / Download all valid certificates of a campaign as one PDF, a page each by number (audited)',
    { scope: 'HR: campaigns of its evaluation body; bureau: those of bodies in its region (ID numbers masked)', policy: CERTIFICATES },
  )
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificates, A4 PDF, one page each; streamed as drawn', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: '404: 认定计划不存在或无权查看 / no such campaign in your scope' })
  @ApiConflictResponse({ description: '409 NO_CERTIFICATES: 该认定计划没有已颁发的有效证书 / none issued; 409 BATCH_TOO_LARGE: 超过 2000 张，请按等级分批下载 / more than 2,000, filter by rank' })
  async batchPdf(@CurrentPrincipal() principal: Principal, @Query() query: CertificateBatchPdfQueryDto): Promise<StreamableFile> {
    const { stream, filename, campaignNumber } = await this.documents.batchPdf(principal, query);
    return new StreamableFile(stream, { type: 'application/pdf', disposition: attachmentDisposition(filename, `certificates-${campaignNumber}.pdf`) });
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '证书详情 / Get a certificate', { scope: READ_SCOPE, policy: CERTIFICATES })
  @ApiOkResponse({ type: CertificateResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.certificates.get(principal, id);
  }

  @Get(':id/pdf')
  @Access(['bureau_officer', 'hr_admin', 'worker'], '下载证书 PDF（A4，含二维码，记入审计） / Download the certificate as PDF (A4, QR code; audited)', { scope: READ_SCOPE, policy: CERTIFICATES })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate, A4 PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    const { pdf, certificateNumber } = await this.documents.pdf(principal, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${certificateNumber}.pdf"` });
  }

  @Get(':id/credential')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'worker'], '可验证凭证（Open Badges 3.0，JWT） / The certificate as a signed verifiable credential (Open Badges 3.0, JWT)', { scope: READ_SCOPE, policy: CERTIFICATES })
  @ApiOkResponse({ type: CertificateCredentialResponseDto })
  credential(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.certificates.credential(principal, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Access(['bureau_officer', 'hr_admin'], '撤销证书（须说明理由） / Revoke a certificate, with a reason', { scope: REVOKE_SCOPE, policy: CERTIFICATES })
  @ApiOkResponse({ type: CertificateResponseDto })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: RevokeCertificateDto) {
    return this.certificates.revoke(principal, id, dto);
  }
}
