import { EntityManager } from 'typeorm';
import { namedQuery, NotFoundError, Principal } from '@skill-ladder/platform';
import { NationalRank } from '../draw/ranks';
import { CERTIFICATE_STATUS_LABELS, CertificateRoute, CertificateStatus, ID_TYPE_LABELS, IdType, verificationUrl, workTypeLabel } from './certificate-fields';
import { visibleCertificatesWhere } from './certificate-scope';
import { CertificateResponseDto } from './dto/certificate.dto';

/** A row of `certificates`, as the services of this folder read it (`issued_on` as text). */
export interface CertificateRow {
  id: string;
  certificate_number: string;
  organization_id: string;
  person_id: string;
  credential_id: string;
  holder_name: string;
  id_type: IdType;
  id_number_cipher: Buffer;
  id_number_masked: string;
  occupation_code: string;
  occupation_name: string;
  work_type: string | null;
  rank: NationalRank;
  level_label: string;
  body_name: string;
  issued_on: string;
  route: CertificateRoute;
  campaign_id: string | null;
  application_id: string | null;
  competition_result_id: string | null;
  credential_jwt: string;
  status: CertificateStatus;
  revocation_reason: string | null;
  revoked_by: string | null;
  revoked_at: Date | null;
  created_at: Date;
}

/** Certificates (`certificates c`) matching `where` (named parameters), in the order and page asked. */
export function certificateRows(
  em: EntityManager,
  where: string,
  params: Record<string, unknown>,
  options: { orderBy?: string; limit?: number; offset?: number; lock?: boolean } = {},
): Promise<CertificateRow[]> {
  const page = options.limit === undefined ? '' : ` LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset ?? 0)}`;
  return namedQuery<CertificateRow>(
    em,
    `SELECT c.*, c.issued_on::text AS issued_on FROM certificates c
      WHERE ${where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ''}${page}${options.lock ? ' FOR UPDATE OF c' : ''}`,
    params,
  );
}

/** A certificate the principal may see, or 404. */
export async function findVisibleCertificate(em: EntityManager, principal: Principal, id: string, lock = false): Promise<CertificateRow> {
  const scope = visibleCertificatesWhere(principal);
  const [row] = await certificateRows(em, `c.id = :id AND ${scope.sql}`, { id, ...scope.params }, { lock });
  if (!row) throw new NotFoundError('Certificate');
  return row;
}

export function toCertificateResponse(r: CertificateRow, publicBaseUrl: string): CertificateResponseDto {
  return {
    id: r.id,
    certificateNumber: r.certificate_number,
    status: r.status,
    statusLabel: CERTIFICATE_STATUS_LABELS[r.status],
    bodyOrganizationId: r.organization_id,
    bodyName: r.body_name,
    personId: r.person_id,
    holderName: r.holder_name,
    idType: r.id_type,
    idTypeLabel: ID_TYPE_LABELS[r.id_type],
    idNumberMasked: r.id_number_masked,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name,
    workType: r.work_type,
    workTypeLabel: workTypeLabel(r.work_type),
    rank: r.rank,
    levelLabel: r.level_label,
    issuedOn: r.issued_on,
    route: r.route,
    campaignId: r.campaign_id,
    applicationId: r.application_id,
    competitionResultId: r.competition_result_id,
    revocationReason: r.revocation_reason,
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    verificationUrl: verificationUrl(publicBaseUrl, r.certificate_number),
    createdAt: r.created_at.toISOString(),
  };
}
