import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import {
  APP_CONFIG,
  AuditActor,
  AuditService,
  Clock,
  ConflictError,
  namedQuery,
  NotFoundError,
  Page,
  Principal,
  UnprocessableError,
  uniqueViolation,
} from '@skill-ladder/platform';
import { OccupationsService } from '@skill-ladder/standards';
import { CertificateHolder, WorkersReader, WorkersService } from '@skill-ladder/workforce';
import { EvaluationBodiesService } from '../bodies/evaluation-bodies.service';
import { formatCertificateNumber } from '../rules/certificate-number';
import { BodySigningKeysService } from './body-signing-keys.service';
import { issuerUrl, jwksUrl, levelLabel, serialKeyFor, statusListUrl, verificationUrl } from './certificate-fields';
import { CertificateRow, certificateRows, findVisibleCertificate, toCertificateResponse } from './certificate-rows';
import { visibleCertificatesWhere } from './certificate-scope';
import { CertificateCredentialResponseDto, CertificateQueryDto, CertificateResponseDto, RevokeCertificateDto } from './dto/certificate.dto';
import { IssueCertificateInput, issueInputProblems } from './issue-input';
import { buildCertificateCredential, signCredential } from './verifiable-credential';
import type { ErrorCode } from '@skill-ladder/platform';

export { printsFullIdNumber } from './certificate-scope';

/** Certificates per INSERT (and per audit batch) when many are issued at once. */
const CERTIFICATE_INSERT_BATCH = 1000;

/** The employer letter of 人社鉴发〔2019〕2号: evaluation bodies here are enterprises (用人单位). */
const EMPLOYER_BODY = 'Y';

/** Constraint names the database answers with when a certificate would be issued twice. */
const DUPLICATE_CONSTRAINTS: Record<string, [code: ErrorCode, detail: string]> = {
  certificates_application_uq: ['CERTIFICATE_ALREADY_ISSUED', 'A certificate was already issued for this application'],
  certificates_competition_result_uq: ['CERTIFICATE_ALREADY_ISSUED', 'A certificate was already issued for this competition result'],
  certificates_held_uq: ['CERTIFICATE_ALREADY_HELD', 'The person already holds a valid certificate for this occupation, work type and level'],
};

/**
 * 职业技能等级证书. Other modules issue through `issue` inside their own transaction (campaign
 * finalization, competition results); holders, HR and the bureau list, read and revoke here
 * (documents: `CertificateDocumentsService`; public checks: `PublicCertificatesService`).
 */
@Injectable()
export class CertificatesService {
  private readonly publicBaseUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly bodies: EvaluationBodiesService,
    private readonly workers: WorkersService,
    private readonly workersReader: WorkersReader,
    private readonly occupations: OccupationsService,
    private readonly keys: BodySigningKeysService,
  ) {
    this.publicBaseUrl = config.PUBLIC_BASE_URL;
  }

  /**
   * Issues one certificate inside the caller's transaction; also records the credential on the
   * worker. The serial is taken under the counter row's lock, held until the caller commits, so
   * numbers are never duplicated, and a rolled-back issuance gives its serial back (no gap).
   * Refuses with 409 a second certificate for the same application or competition result
   * (CERTIFICATE_ALREADY_ISSUED) or for a level the person validly holds (CERTIFICATE_ALREADY_HELD).
   *
   * Locks, in this order, until the caller commits: the body's filings (shared, as
   * `assertInScope`), the body's audit chain, the serial counter. A caller that writes audit
   * events of the body before issuing should call `assertInScope` first, so its transaction
   * takes them in the same order and cannot deadlock with a bureau deciding on the filing.
   */
  async issue(em: EntityManager, actor: AuditActor, input: IssueCertificateInput): Promise<{ id: string; certificateNumber: string }> {
    const [issued] = await this.issueMany(em, actor, [input]);
    return issued;
  }

  /**
   * `issue` for many certificates of one body and occupation (a campaign's finalization), with
   * the same rules, locks and refusals, answered in the order given. Serials and status-list
   * positions are taken as ranges under the same counter locks, so they are consecutive in that
   * order; persons, filings and duplicates are read once for the batch, and certificates,
   * credentials and audit events are written with multi-row INSERTs of 1,000. Any refusal
   * refuses the whole batch (the caller's transaction rolls back, serials included).
   */
  async issueMany(em: EntityManager, actor: AuditActor, inputs: readonly IssueCertificateInput[]): Promise<{ id: string; certificateNumber: string }[]> {
    if (inputs.length === 0) return [];
    const today = this.clock.today();
    for (const input of inputs) {
      const problems = issueInputProblems(input, today);
      if (problems.length > 0) throw new UnprocessableError('CERTIFICATE_INPUT_INVALID', 'The certificate cannot be issued as asked', problems);
    }
    const { bodyOrganizationId: organizationId, occupationCode } = inputs[0];
    if (inputs.some((i) => i.bodyOrganizationId !== organizationId || i.occupationCode !== occupationCode)) {
      throw new RangeError('issueMany issues for one body and one occupation at a time');
    }
    const workTypes = inputs.map((i) => i.workType?.trim() || null);
    const body = await this.bodies.assertInScope(em, organizationId, occupationCode, [...new Set(inputs.map((i) => i.rank))]);
    const persons = await this.workersReader.certificateHolders(inputs.map((i) => i.personId), em);
    if (inputs.some((i) => !persons.has(i.personId))) throw new NotFoundError('Worker');
    const occupation = await this.occupations.findByCode(em, occupationCode);
    if (!occupation) {
      throw new UnprocessableError('UNKNOWN_OCCUPATION', `Occupation ${occupationCode} is not in the catalogue`, [
        { field: 'occupationCode', code: 'unknown', message: '职业目录中没有该职业 / unknown occupation' },
      ]);
    }
    const unknownWorkType = workTypes.find((w) => w && occupation.workTypes.length > 0 && !occupation.workTypes.includes(w));
    if (unknownWorkType) {
      throw new UnprocessableError('UNKNOWN_WORK_TYPE', `${occupation.nameZh} has no work type ${unknownWorkType}`, [
        { field: 'workType', code: 'unknown', message: `该职业的工种为：${occupation.workTypes.join('、')} / not a work type of this occupation` },
      ]);
    }
    await this.audit.lockChain(em, organizationId);
    await this.assertNotIssued(em, inputs, workTypes);

    const key = await this.keys.ensureKey(em, organizationId);
    const serialKeys = inputs.map((i) => serialKeyFor(i.issuedOn, i.rank));
    const serials = await this.takeSerials(em, organizationId, serialKeys);
    const firstStatusIndex = await this.takeStatusListIndexes(em, organizationId, inputs.length);
    const now = this.clock.now();
    const issued = await Promise.all(
      inputs.map(async (input, k) => {
        const person = persons.get(input.personId) as CertificateHolder;
        const { year, levelDigit } = serialKeys[k];
        const certificateNumber = formatCertificateNumber({
          bodyType: EMPLOYER_BODY,
          institutionCode: body.institutionCode,
          provinceCode: body.provinceCode,
          stationSerial: body.stationSerial,
          year,
          levelDigit,
          serial: serials[k],
        });
        const id = randomUUID();
        const statusListIndex = firstStatusIndex + k;
        const credential = buildCertificateCredential({
          certificateId: id,
          certificateNumber,
          issuerId: issuerUrl(this.publicBaseUrl, organizationId),
          issuerName: body.bodyName,
          holderName: person.fullName,
          occupationCode,
          occupationName: occupation.nameZh,
          workType: workTypes[k],
          rank: input.rank,
          levelLabel: levelLabel(input.rank),
          issuedOn: input.issuedOn,
          verificationUrl: verificationUrl(this.publicBaseUrl, certificateNumber),
          statusList: { url: statusListUrl(this.publicBaseUrl, organizationId), index: statusListIndex },
        });
        return { id, certificateNumber, statusListIndex, jwt: await signCredential(credential, key, now) };
      }),
    );
    const credentialIds = await this.workers.recordIssuedCredentials(
      em,
      actor,
      organizationId,
      inputs.map((input, k) => ({
        personId: input.personId,
        credential: {
          occupationCode,
          workType: workTypes[k],
          rank: input.rank,
          certificateNumber: issued[k].certificateNumber,
          issuedOn: input.issuedOn,
          issuerName: body.bodyName,
          source: 'issued' as const,
        },
      })),
    );
    for (let from = 0; from < inputs.length; from += CERTIFICATE_INSERT_BATCH) {
      const ks = inputs.slice(from, from + CERTIFICATE_INSERT_BATCH).map((_, j) => from + j);
      const column = <T>(pick: (k: number) => T) => ks.map(pick);
      try {
        await em.query(
          `INSERT INTO certificates (id, certificate_number, organization_id, person_id, credential_id, holder_name, id_type, id_number_cipher,
             id_number_masked, occupation_code, occupation_name, work_type, rank, level_label, body_name, issued_on, serial_year, level_digit,
             serial, route, campaign_id, application_id, competition_result_id, signing_kid, credential_jwt, issued_by, status_list_index)
           SELECT c.id, c.certificate_number, $3, c.person_id, c.credential_id, c.holder_name, 'resident_id', c.id_number_cipher,
                  c.id_number_masked, $4, $5, c.work_type, c.rank, c.level_label, $6, c.issued_on, c.serial_year, c.level_digit,
                  c.serial, c.route, c.campaign_id, c.application_id, c.competition_result_id, $7, c.credential_jwt, $8, c.status_list_index
             FROM unnest($1::uuid[], $2::text[], $9::uuid[], $10::uuid[], $11::text[], $12::text[], $13::text[], $14::date[], $15::int[],
                         $16::int[], $17::int[], $18::text[], $19::uuid[], $20::uuid[], $21::uuid[], $22::text[], $23::int[],
                         $24::text[], $25::bytea[], $26::text[])
               AS c(id, certificate_number, person_id, credential_id, work_type, rank, level_label, issued_on, serial_year,
                    level_digit, serial, route, campaign_id, application_id, competition_result_id, credential_jwt, status_list_index,
                    holder_name, id_number_cipher, id_number_masked)`,
          [
            column((k) => issued[k].id),
            column((k) => issued[k].certificateNumber),
            organizationId,
            occupationCode,
            occupation.nameZh,
            body.bodyName,
            key.kid,
            actor.userId,
            column((k) => inputs[k].personId),
            column((k) => credentialIds[k]),
            column((k) => workTypes[k]),
            column((k) => inputs[k].rank),
            column((k) => levelLabel(inputs[k].rank)),
            column((k) => inputs[k].issuedOn),
            column((k) => serialKeys[k].year),
            column((k) => serialKeys[k].levelDigit),
            column((k) => serials[k]),
            column((k) => inputs[k].route),
            column((k) => inputs[k].campaignId ?? null),
            column((k) => inputs[k].applicationId ?? null),
            column((k) => inputs[k].competitionResultId ?? null),
            column((k) => issued[k].jwt),
            column((k) => issued[k].statusListIndex),
            column((k) => (persons.get(inputs[k].personId) as CertificateHolder).fullName),
            column((k) => (persons.get(inputs[k].personId) as CertificateHolder).idNumberCipher),
            column((k) => (persons.get(inputs[k].personId) as CertificateHolder).idNumberMasked),
          ],
        );
      } catch (error) {
        // Two issuances of the same thing racing: the second waited on the serial lock, then meets the first here.
        const duplicate = DUPLICATE_CONSTRAINTS[uniqueViolation(error) ?? ''];
        if (duplicate) throw new ConflictError(...duplicate);
        throw error;
      }
      const rows = new Map((await certificateRows(em, 'c.id = ANY(:ids)', { ids: column((k) => issued[k].id) })).map((r) => [r.id, r]));
      await this.audit.recordMany(
        em,
        actor,
        ks.map((k) => ({
          action: 'certificate.issue',
          entityType: 'certificate',
          entityId: issued[k].id,
          organizationId,
          after: toCertificateResponse(rows.get(issued[k].id) as CertificateRow, this.publicBaseUrl),
        })),
      );
    }
    return issued.map(({ id, certificateNumber }) => ({ id, certificateNumber }));
  }

  async list(principal: Principal, q: CertificateQueryDto): Promise<Page<CertificateResponseDto>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const filters: [keyof CertificateQueryDto, string][] = [
      ['status', 'c.status = :status'],
      ['occupationCode', 'c.occupation_code = :occupationCode'],
      ['rank', 'c.rank = :rank'],
      ['personId', 'c.person_id = :personId'],
      ['certificateNumber', 'c.certificate_number = :certificateNumber'],
      ['issuedFrom', 'c.issued_on >= :issuedFrom'],
      ['issuedTo', 'c.issued_on <= :issuedTo'],
    ];
    for (const [key, sql] of filters) {
      if (q[key] !== undefined) {
        where.push(sql);
        params[key] = q[key];
      }
    }
    const scope = visibleCertificatesWhere(principal);
    const condition = [scope.sql, ...where].join(' AND ');
    const [{ count }] = await namedQuery<{ count: number }>(
      this.dataSource,
      `SELECT count(*)::int AS count FROM certificates c WHERE ${condition}`,
      { ...params, ...scope.params },
    );
    const rows = await certificateRows(this.dataSource.manager, condition, { ...params, ...scope.params }, {
      orderBy: 'c.issued_on DESC, c.certificate_number DESC',
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map((r) => toCertificateResponse(r, this.publicBaseUrl)), total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<CertificateResponseDto> {
    return toCertificateResponse(await findVisibleCertificate(this.dataSource.manager, principal, id), this.publicBaseUrl);
  }

  /** The signed Open Badges 3.0 credential as issued, with its decoded claims. */
  async credential(principal: Principal, id: string): Promise<CertificateCredentialResponseDto> {
    const row = await findVisibleCertificate(this.dataSource.manager, principal, id);
    return {
      jwt: row.credential_jwt,
      header: decodeProtectedHeader(row.credential_jwt) as Record<string, unknown>,
      credential: decodeJwt(row.credential_jwt),
      jwksUrl: jwksUrl(this.publicBaseUrl, row.organization_id),
      status: row.status,
    };
  }

  /**
   * HR of the issuing body or a bureau covering it revokes, with a reason. The worker's
   * credential is revoked with it, and public verification answers "revoked" from then on.
   */
  async revoke(principal: Principal, id: string, dto: RevokeCertificateDto): Promise<CertificateResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const row = await findVisibleCertificate(em, principal, id, true);
      if (row.status !== 'valid') {
        throw new ConflictError('INVALID_TRANSITION', 'This certificate is already revoked; a revocation is final');
      }
      const before = toCertificateResponse(row, this.publicBaseUrl);
      await em.query(
        `UPDATE certificates SET status = 'revoked', revocation_reason = $2, revoked_by = $3, revoked_at = $4, updated_at = $4 WHERE id = $1`,
        [id, dto.reason, principal.userId, this.clock.now()],
      );
      await this.workers.revokeIssuedCredential(em, principal, row.organization_id, row.credential_id, dto.reason);
      const after = toCertificateResponse((await certificateRows(em, 'c.id = :id', { id }))[0], this.publicBaseUrl);
      await this.audit.record(em, principal, {
        action: 'certificate.revoke',
        entityType: 'certificate',
        entityId: id,
        organizationId: row.organization_id,
        before,
        after,
        reason: dto.reason,
      });
      return after;
    });
  }

  /**
   * The next `count` positions in the body's status list (the first is returned), taken like
   * serials: under the counter row's lock, given back by a rollback.
   */
  private async takeStatusListIndexes(em: EntityManager, organizationId: string, count: number): Promise<number> {
    const [row]: { first: number }[] = await em.query(
      `INSERT INTO evaluation_body_status_lists AS l (organization_id, next_index) VALUES ($1, $2)
       ON CONFLICT (organization_id) DO UPDATE SET next_index = l.next_index + $2, updated_at = now()
       RETURNING next_index - $2 AS first`,
      [organizationId, count],
    );
    return row.first;
  }

  /**
   * The next serial of the body for each year and level asked, in the order asked: each counter
   * row moves once by how many it gives (upserts lock the row until the transaction ends, so
   * concurrent issuers queue and a rollback undoes the increment). Counters are taken in
   * year/level order, so two batches never wait on each other crosswise.
   */
  private async takeSerials(em: EntityManager, organizationId: string, keys: readonly { year: number; levelDigit: number }[]): Promise<number[]> {
    const counts = new Map<string, { year: number; levelDigit: number; count: number; next: number }>();
    for (const { year, levelDigit } of keys) {
      const k = `${year}:${levelDigit}`;
      const entry = counts.get(k) ?? { year, levelDigit, count: 0, next: 0 };
      entry.count += 1;
      counts.set(k, entry);
    }
    for (const entry of [...counts.values()].sort((a, b) => a.year - b.year || a.levelDigit - b.levelDigit)) {
      const [row]: { last_serial: number }[] = await em.query(
        `INSERT INTO certificate_serials AS s (organization_id, year, level_digit, last_serial) SELECT $1, $2, $3, $4 WHERE $4 <= 999999
         ON CONFLICT (organization_id, year, level_digit)
           DO UPDATE SET last_serial = s.last_serial + $4, updated_at = now() WHERE s.last_serial + $4 <= 999999
         RETURNING last_serial`,
        [organizationId, entry.year, entry.levelDigit, entry.count],
      );
      if (!row) {
        throw new ConflictError(
          'CERTIFICATE_SERIALS_EXHAUSTED',
          `All 999999 serials of ${entry.year} at level ${entry.levelDigit} are used for this evaluation body`,
        );
      }
      entry.next = row.last_serial - entry.count + 1;
    }
    return keys.map(({ year, levelDigit }) => (counts.get(`${year}:${levelDigit}`) as { next: number }).next++);
  }

  /** Refuses the batch when any of it was issued already or is validly held (the first found, by application, competition, holding). */
  private async assertNotIssued(em: EntityManager, inputs: readonly IssueCertificateInput[], workTypes: readonly (string | null)[]): Promise<void> {
    const [held] = await em.query(
      `SELECT
         EXISTS (SELECT 1 FROM certificates WHERE application_id = ANY($1::uuid[])) AS application,
         EXISTS (SELECT 1 FROM certificates WHERE competition_result_id = ANY($2::uuid[])) AS competition,
         EXISTS (SELECT 1 FROM certificates c JOIN unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) AS i(person_id, occupation_code, work_type, rank)
                   ON c.person_id = i.person_id AND c.occupation_code = i.occupation_code AND COALESCE(c.work_type, '') = i.work_type
                  AND c.rank = i.rank AND c.status = 'valid') AS held`,
      [
        inputs.map((i) => i.applicationId).filter((id): id is string => !!id),
        inputs.map((i) => i.competitionResultId).filter((id): id is string => !!id),
        inputs.map((i) => i.personId),
        inputs.map((i) => i.occupationCode),
        workTypes.map((w) => w ?? ''),
        inputs.map((i) => i.rank),
      ],
    );
    if (held.application) throw new ConflictError(...DUPLICATE_CONSTRAINTS.certificates_application_uq);
    if (held.competition) throw new ConflictError(...DUPLICATE_CONSTRAINTS.certificates_competition_result_uq);
    if (held.held) throw new ConflictError(...DUPLICATE_CONSTRAINTS.certificates_held_uq);
  }
}
