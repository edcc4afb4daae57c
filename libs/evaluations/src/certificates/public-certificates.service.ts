import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG, chinaDate, Clock, NotFoundError } from '@skill-ladder/platform';
import { organizationSql } from '@skill-ladder/identity';
import { CERTIFICATE_STATUS_LABELS, issuerUrl, jwksUrl, statusListUrl, workTypeLabel } from './certificate-fields';
import { CertificateRow } from './certificate-rows';
import { IssuerProfileResponseDto, PublicCertificateResponseDto } from './dto/certificate.dto';
import { BitstringStatusListCredential, buildStatusListCredential } from './status-list';

/** What anyone may read without an account: a certificate by number and name, the issuing body, its revocation list. */
@Injectable()
export class PublicCertificatesService {
  private readonly publicBaseUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.publicBaseUrl = config.PUBLIC_BASE_URL;
  }

  /** Public verification by number and holder name; a wrong name answers as if there were no such certificate. */
  async verify(certificateNumber: string, name: string): Promise<PublicCertificateResponseDto> {
    // The hottest public route: only the columns shown (not the credential JWT or the ID cipher),
    // and no join, since the body's name is kept on the certificate.
    const [row] = (await this.dataSource.query(
      `SELECT certificate_number, status, holder_name, occupation_code, occupation_name, work_type, rank, level_label, body_name,
              issued_on::text AS issued_on, revoked_at
         FROM certificates WHERE certificate_number = $1 AND holder_name = $2`,
      [certificateNumber, name],
    )) as Pick<CertificateRow, 'certificate_number' | 'status' | 'holder_name' | 'occupation_code' | 'occupation_name' | 'work_type' | 'rank' | 'level_label' | 'body_name' | 'issued_on' | 'revoked_at'>[];
    if (!row) throw new NotFoundError('Certificate');
    return {
      certificateNumber: row.certificate_number,
      status: row.status,
      statusLabel: CERTIFICATE_STATUS_LABELS[row.status],
      holderName: row.holder_name,
      occupationCode: row.occupation_code,
      occupationName: row.occupation_name,
      workType: workTypeLabel(row.work_type),
      rank: row.rank,
      levelLabel: row.level_label,
      issuingBody: row.body_name,
      issuedOn: row.issued_on,
      revokedOn: row.revoked_at ? chinaDate(row.revoked_at) : null,
    };
  }

  /** The body as a credential issuer (Open Badges Profile), once it has issued. */
  async issuerProfile(organizationId: string): Promise<IssuerProfileResponseDto> {
    const [row] = await this.dataSource.query(
      `SELECT ${organizationSql.name('k.organization_id')} AS name FROM evaluation_body_signing_keys k WHERE k.organization_id = $1 LIMIT 1`,
      [organizationId],
    );
    if (!row) throw new NotFoundError('Issuer');
    return { id: issuerUrl(this.publicBaseUrl, organizationId), type: ['Profile'], name: row.name, jwksUrl: jwksUrl(this.publicBaseUrl, organizationId) };
  }

  /**
   * The body's revocation status list (W3C Bitstring Status List): the bit of each revoked
   * certificate is set. 404 until the body has issued.
   */
  async statusList(organizationId: string): Promise<BitstringStatusListCredential> {
    const [list]: { next_index: number }[] = await this.dataSource.query('SELECT next_index FROM evaluation_body_status_lists WHERE organization_id = $1', [organizationId]);
    if (!list) throw new NotFoundError('Status list');
    const revoked: { status_list_index: number }[] = await this.dataSource.query(
      `SELECT status_list_index FROM certificates WHERE organization_id = $1 AND status = 'revoked'`,
      [organizationId],
    );
    return buildStatusListCredential({
      url: statusListUrl(this.publicBaseUrl, organizationId),
      issuerId: issuerUrl(this.publicBaseUrl, organizationId),
      validFrom: this.clock.now(),
      revokedIndices: revoked.map((r) => r.status_list_index),
      size: list.next_index,
    });
  }
}
