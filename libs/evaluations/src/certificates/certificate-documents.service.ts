import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import {
  APP_CONFIG,
  AuditService,
  Clock,
  ConflictError,
  namedQuery,
  PiiCipher,
  Principal,
  requireOrganization,
  UnprocessableError,
  ValidationFailedError,
} from '@skill-ladder/platform';
import { PersonPhotoReader } from '@skill-ladder/workforce';
import { CampaignsService } from '../campaigns/campaigns.service';
import { BATCH_PDF_READ_SIZE, batchPdfFilename, MAX_BATCH_PDF_CERTIFICATES } from './batch-pdf';
import { writeCertificateExport } from './certificate-export';
import { CERTIFICATE_TITLE, CertificateStatus, ID_TYPE_LABELS, verificationUrl, workTypeLabel } from './certificate-fields';
import { CertificatePdfInput, renderCertificatePdf, streamCertificatesPdf } from './certificate-pdf';
import { CertificateRow, certificateRows, findVisibleCertificate } from './certificate-rows';
import { printsFullIdNumber, visibleCertificatesWhere } from './certificate-scope';
import { CertificateBatchPdfQueryDto, CertificateExportQueryDto } from './dto/certificate.dto';

/** 一次导出的上限: a larger selection is exported by period, occupation or level, in several files. */
export const MAX_EXPORT_ROWS = 10_000;

/**
 * The certificates as documents: the printable PDF, a campaign's certificates as one PDF, and the
 * export for the national query system. Each download is audited; full ID numbers only where
 * `printsFullIdNumber` (or the body's own export) allows.
 */
@Injectable()
export class CertificateDocumentsService {
  private readonly publicBaseUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: PiiCipher,
    private readonly photos: PersonPhotoReader,
    private readonly campaigns: CampaignsService,
  ) {
    this.publicBaseUrl = config.PUBLIC_BASE_URL;
  }

  /**
   * The printable certificate. Its holder and the issuing body's HR get it with the full ID
   * number, as printed on paper; a bureau reading across its region gets the number masked.
   * Every download is audited.
   */
  async pdf(principal: Principal, id: string): Promise<{ pdf: Buffer; certificateNumber: string }> {
    const row = await this.dataSource.transaction(async (em) => {
      const found = await findVisibleCertificate(em, principal, id);
      await this.audit.record(em, principal, {
        action: 'certificate.pdf_download',
        entityType: 'certificate',
        entityId: id,
        organizationId: found.organization_id,
      });
      return found;
    });
    const photo = (await this.photos.jpegsOf([row.person_id])).get(row.person_id) ?? null;
    const pdf = await renderCertificatePdf(this.pdfInput(principal, row, photo));
    return { pdf, certificateNumber: row.certificate_number };
  }

  /**
   * The valid certificates issued in a campaign, one page each by certificate number, as one PDF
   * for printing (HR of the issuing body; the bureau over it, with ID numbers masked as on the
   * single PDF). The campaign and the certificates are scoped as for one certificate: a campaign
   * the caller cannot see is 404. Which certificates go in is fixed (and audited, once) before
   * the first byte; the pages are then drawn as the client reads, from the database 50 at a time.
   * 409 NO_CERTIFICATES when none is issued, BATCH_TOO_LARGE above 2,000 (download by level).
   */
  async batchPdf(principal: Principal, q: CertificateBatchPdfQueryDto): Promise<{ stream: Readable; filename: string; campaignNumber: number; count: number }> {
    const { campaign, certificates } = await this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, q.campaignId);
      const scope = visibleCertificatesWhere(principal);
      // Only the ids (and the body's name, the same on each): one more than the cap, so a larger campaign is refused unread.
      const found = await namedQuery<{ id: string; body_name: string }>(
        em,
        `SELECT c.id, c.body_name FROM certificates c
          WHERE c.campaign_id = :campaignId AND c.status = 'valid'${q.rank ? ' AND c.rank = :rank' : ''} AND ${scope.sql}
          ORDER BY c.certificate_number LIMIT ${MAX_BATCH_PDF_CERTIFICATES + 1}`,
        { campaignId: campaign.id, ...(q.rank ? { rank: q.rank } : {}), ...scope.params },
      );
      if (found.length === 0) {
        throw new ConflictError(
          'NO_CERTIFICATES',
          q.rank
            ? `该认定计划在此等级没有已颁发的有效证书 / no valid certificate of level ${q.rank} was issued in this campaign`
            : '该认定计划没有已颁发的有效证书 / no valid certificate was issued in this campaign',
        );
      }
      if (found.length > MAX_BATCH_PDF_CERTIFICATES) {
        throw new ConflictError(
          'BATCH_TOO_LARGE',
          `证书超过 ${MAX_BATCH_PDF_CERTIFICATES} 张，无法一次下载，请按等级分批下载 / more than ${MAX_BATCH_PDF_CERTIFICATES} certificates: download them level by level`,
        );
      }
      await this.audit.record(em, principal, {
        action: 'certificate.batch_pdf_download',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: { campaignId: campaign.id, ...(q.rank ? { rank: q.rank } : {}), count: found.length },
      });
      return { campaign, certificates: found };
    });
    const stream = streamCertificatesPdf(this.batchPages(principal, certificates.map((c) => c.id)), {
      title: `${CERTIFICATE_TITLE} · ${campaign.name}`,
      author: certificates[0].body_name,
      createdAt: this.clock.now(),
    });
    return { stream, filename: batchPdfFilename(campaign, q.rank), campaignNumber: campaign.number, count: certificates.length };
  }

  /** The batch's pages in the order of `ids`, read `BATCH_PDF_READ_SIZE` certificates and their photos at a time, as the stream pulls. */
  private async *batchPages(principal: Principal, ids: readonly string[]): AsyncGenerator<CertificatePdfInput> {
    for (let from = 0; from < ids.length; from += BATCH_PDF_READ_SIZE) {
      // Revoked since the batch was fixed: left out rather than printed.
      const rows = await certificateRows(this.dataSource.manager, `c.id = ANY(:ids) AND c.status = 'valid'`, { ids: ids.slice(from, from + BATCH_PDF_READ_SIZE) }, {
        orderBy: 'c.certificate_number',
      });
      const photos = await this.photos.jpegsOf(rows.map((r) => r.person_id));
      for (const row of rows) yield this.pdfInput(principal, row, photos.get(row.person_id) ?? null);
    }
  }

  /** What a certificate's page prints, for this reader: the ID number in full or masked (`printsFullIdNumber`). */
  private pdfInput(principal: Principal, row: CertificateRow, photo: Buffer | null): CertificatePdfInput {
    return {
      certificateNumber: row.certificate_number,
      holderName: row.holder_name,
      idTypeLabel: ID_TYPE_LABELS[row.id_type],
      idNumber: printsFullIdNumber(principal, row) ? this.cipher.decrypt(row.id_number_cipher) : row.id_number_masked,
      occupationName: row.occupation_name,
      workType: row.work_type,
      levelLabel: row.level_label,
      bodyName: row.body_name,
      issuedOn: row.issued_on,
      verificationUrl: verificationUrl(this.publicBaseUrl, row.certificate_number, row.holder_name),
      photo,
    };
  }

  /**
   * The body's certificates issued in a period, for upload to the national query system
   * (全国联网查询). The upload needs full ID numbers, so only the body's HR may export, and
   * every export is audited.
   */
  async export(principal: Principal, q: CertificateExportQueryDto): Promise<{ xlsx: Buffer; filename: string }> {
    if (q.from > q.to) {
      throw new ValidationFailedError([{ field: 'to', code: 'beforeFrom', message: '截止日期早于起始日期 / the period ends before it starts' }]);
    }
    const organizationId = requireOrganization(principal);
    const status: CertificateStatus = q.status ?? 'valid';
    const scope = visibleCertificatesWhere(principal);
    const where = [scope.sql, 'c.status = :status AND c.issued_on BETWEEN :from AND :to'];
    const filters: Record<string, string> = {};
    if (q.occupationCode) {
      where.push('c.occupation_code = :occupationCode');
      filters.occupationCode = q.occupationCode;
    }
    if (q.rank) {
      where.push('c.rank = :rank');
      filters.rank = q.rank;
    }
    const rows = await this.dataSource.transaction(async (em) => {
      // One more than the cap is read, so a larger selection is refused without loading it all.
      const found = await certificateRows(em, where.join(' AND '), { ...scope.params, status, from: q.from, to: q.to, ...filters }, {
        orderBy: 'c.issued_on, c.certificate_number',
        limit: MAX_EXPORT_ROWS + 1,
      });
      if (found.length > MAX_EXPORT_ROWS) {
        throw new UnprocessableError(
          'EXPORT_TOO_LARGE',
          `超过 ${MAX_EXPORT_ROWS} 张证书，请缩短发证日期范围或按职业、等级分批导出 / more than ${MAX_EXPORT_ROWS} certificates: narrow the period or export by occupation or level`,
        );
      }
      await this.audit.record(em, principal, {
        action: 'certificate.export',
        entityType: 'certificate',
        entityId: null,
        organizationId,
        after: { from: q.from, to: q.to, status, ...filters, count: found.length },
      });
      return found;
    });
    const xlsx = await writeCertificateExport(
      rows.map((r) => ({
        holderName: r.holder_name,
        idTypeLabel: ID_TYPE_LABELS[r.id_type],
        idNumber: this.cipher.decrypt(r.id_number_cipher),
        occupationCode: r.occupation_code,
        occupationName: r.occupation_name,
        workType: workTypeLabel(r.work_type),
        levelLabel: r.level_label,
        certificateNumber: r.certificate_number,
        issuedOn: r.issued_on,
        bodyName: r.body_name,
      })),
    );
    return { xlsx, filename: `certificates-${status}-${q.from}-${q.to}${q.rank ? `-${q.rank}` : ''}.xlsx` };
  }
}
