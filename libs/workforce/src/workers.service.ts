import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UsersService } from '@skill-ladder/identity';
import {
  AuditActor,
  AuditService,
  ConflictError,
  maskResidentId,
  PiiCipher,
  Principal,
  requireOrganization,
  UnprocessableError,
  ValidationFailedError,
  uniqueViolation,
  validateResidentId,
  updateReturning,
} from '@skill-ladder/platform';
import { CreateWorkerAccountDto, CreateWorkerDto, EmploymentInputDto, UpdateWorkerDto, WorkerFilterDto, WorkerQueryDto } from './dto/worker.dto';
import { EmploymentsService } from './employments.service';
import { insertEmployment } from './employment-rows';
import { insertPerson, updatePerson } from './person-rows';
import { countWorkers, listWorkers, WorkerCount, WorkerPage } from './worker-list';
import { WorkerRecordLoader } from './worker-record.loader';
import { CredentialRecord, TitleRecord, WorkerRecord } from './worker-record';
import { visibleWorkersWhere } from './workforce-scope';

/** Rows per INSERT when credentials are recorded in bulk. */
const CREDENTIAL_INSERT_BATCH = 1000;

/** One worker of a batch registration: the `POST /workers` body; a dispatched worker names the agency as employer. */
export type BulkWorkerRow = Omit<CreateWorkerDto, 'employment'> & {
  employment: Omit<EmploymentInputDto, 'employerOrganizationId' | 'workOrganizationId'> & { employerOrganizationId?: string };
};

/**
 * The person record (人员档案): registering workers (one at a time or in bulk), the list, the
 * record and its changes, the ID number, the worker's own login; and what other libs write into a
 * record inside their own transactions (credentials and titles issued on this platform).
 * Employments are `EmploymentsService`'s, the other facts HR records `WorkerFactsService`'s.
 */
@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly employments: EmploymentsService,
    private readonly records: WorkerRecordLoader,
  ) {}

  /**
   * HR registers a worker with their first employment. A person already known to the platform
   * (same ID number) gets the new employment instead of a second record, provided the name
   * matches; a mismatch is refused without saying what is on file.
   */
  async create(principal: Principal, dto: CreateWorkerDto): Promise<{ worker: WorkerRecord; linkedExisting: boolean }> {
    const id = validateResidentId(dto.idNumber);
    if (!id.valid) throw new UnprocessableError('INVALID_ID_NUMBER', 'The ID number is not valid');
    const index = this.cipher.blindIndex(dto.idNumber);
    try {
      return await this.dataSource.transaction(async (em) => {
        const employment = await this.employments.resolve(em, principal, dto.employment);
        const [existing] = await em.query('SELECT id, full_name FROM persons WHERE id_number_index = $1 FOR UPDATE', [index]);
        if (existing) {
          if (existing.full_name !== dto.fullName) {
            throw new ConflictError('IDENTITY_MISMATCH', 'A person with this ID number is registered under another name; check both and contact the bureau if needed');
          }
          await this.employments.assertNoneOpen(em, existing.id, employment);
          const saved = await insertEmployment(em, { ...employment, personId: existing.id });
          await this.audit.record(em, principal, {
            action: 'worker.employment_add',
            entityType: 'person',
            entityId: existing.id,
            organizationId: requireOrganization(principal),
            after: saved,
          });
          return { worker: await this.records.load(em, existing.id), linkedExisting: true };
        }
        const personId = await insertPerson(em, {
          organizationId: requireOrganization(principal),
          fullName: dto.fullName,
          idNumberCipher: this.cipher.encrypt(dto.idNumber),
          idNumberIndex: index,
          idNumberMasked: maskResidentId(dto.idNumber),
          birthDate: id.birthDate,
          sex: id.sex,
          phone: dto.phone ?? null,
          education: dto.education ?? null,
          graduatedOn: dto.graduatedOn ?? null,
          apprenticeshipCompletedOn: dto.apprenticeshipCompletedOn ?? null,
        });
        await insertEmployment(em, { ...employment, personId });
        const record = await this.records.load(em, personId);
        await this.audit.record(em, principal, {
          action: 'worker.create',
          entityType: 'person',
          entityId: personId,
          organizationId: requireOrganization(principal),
          after: record,
        });
        return { worker: record, linkedExisting: false };
      });
    } catch (error) {
      // Two registrations of the same person racing: the unique blind index decides.
      if (uniqueViolation(error) === 'persons_id_number_index_key') {
        throw new ConflictError('WORKER_ALREADY_REGISTERED', 'This person was registered at the same moment; reload and try again');
      }
      throw error;
    }
  }

  list(principal: Principal, q: WorkerQueryDto): Promise<WorkerPage> {
    return listWorkers(this.dataSource, principal, q);
  }

  count(principal: Principal, q: WorkerFilterDto): Promise<WorkerCount> {
    return countWorkers(this.dataSource, principal, q);
  }

  /** One worker's full record, if the principal may see it; otherwise 404. */
  async getRecord(principal: Principal, personId: string, em: EntityManager = this.dataSource.manager): Promise<WorkerRecord> {
    return this.records.load(em, personId, visibleWorkersWhere(principal, 'p'));
  }

  async update(principal: Principal, personId: string, dto: UpdateWorkerDto): Promise<WorkerRecord> {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      const before = await this.records.load(em, personId);
      const { reason, ...fields } = dto;
      // A name can be changed, never erased (the optional fields may be cleared with null).
      if (fields.fullName === null) {
        throw new ValidationFailedError([{ field: 'fullName', code: 'isNotEmpty', message: '姓名不能为空 / the name cannot be empty' }], 'The name cannot be empty');
      }
      // Only the fields sent; an update naming none changes nothing and leaves no audit event.
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (Object.keys(changes).length === 0) return before;
      await updatePerson(em, personId, changes);
      const after = await this.records.load(em, personId);
      await this.audit.record(em, principal, {
        action: 'worker.update',
        entityType: 'person',
        entityId: personId,
        organizationId: requireOrganization(principal),
        before: pick(before, Object.keys(changes)),
        after: pick(after, Object.keys(changes)),
        reason,
      });
      return after;
    });
  }

  /** The full ID number, for HR of the worker's organizations and the worker; every reveal is audited. */
  async revealIdNumber(principal: Principal, personId: string): Promise<{ idNumber: string }> {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, false, true);
      const [row] = await em.query('SELECT id_number_cipher FROM persons WHERE id = $1', [personId]);
      await this.audit.record(em, principal, {
        action: 'worker.id_number_reveal',
        entityType: 'person',
        entityId: personId,
        organizationId: principal.organizationId,
      });
      return { idNumber: this.cipher.decrypt(row.id_number_cipher) };
    });
  }

  /** Opens a worker's own login, bound to the worker record. */
  async createAccount(principal: Principal, personId: string, dto: CreateWorkerAccountDto) {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      if (await this.users.personHasAccount(em, personId)) throw new ConflictError('WORKER_ACCOUNT_EXISTS', 'This worker already has an account');
      const [person] = await em.query('SELECT full_name FROM persons WHERE id = $1', [personId]);
      return this.users.createAccount(em, principal, {
        username: dto.username,
        password: dto.password,
        displayName: person.full_name,
        organizationId: requireOrganization(principal),
        roles: ['worker'],
        personId,
      });
    });
  }

  /**
   * Records a credential issued by this platform (certificates, appointments) inside the
   * issuer's transaction. Used by the evaluations and promotions modules.
   */
  async recordIssuedCredential(
    em: EntityManager,
    actor: AuditActor,
    organizationId: string,
    personId: string,
    credential: Omit<CredentialRecord, 'id' | 'status'>,
  ): Promise<string> {
    const [id] = await this.recordIssuedCredentials(em, actor, organizationId, [{ personId, credential }]);
    return id;
  }

  /**
   * `recordIssuedCredential` for many workers at once (a campaign's finalization): one INSERT and
   * one batch of audit events per 1,000, the ids returned in the order given.
   */
  async recordIssuedCredentials(
    em: EntityManager,
    actor: AuditActor,
    organizationId: string,
    items: readonly { personId: string; credential: Omit<CredentialRecord, 'id' | 'status'> }[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < items.length; i += CREDENTIAL_INSERT_BATCH) {
      const batch = items.slice(i, i + CREDENTIAL_INSERT_BATCH);
      const column = <T>(pick: (c: Omit<CredentialRecord, 'id' | 'status'>) => T) => batch.map((b) => pick(b.credential));
      const batchIds = batch.map(() => randomUUID());
      await em.query(
        `INSERT INTO person_credentials (id, person_id, organization_id, occupation_code, work_type, rank, certificate_number, issued_on, issuer_name, source)
         SELECT id, person_id, $3, occupation_code, work_type, rank, certificate_number, issued_on, issuer_name, source
           FROM unnest($1::uuid[], $2::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[])
             AS c(id, person_id, occupation_code, work_type, rank, certificate_number, issued_on, issuer_name, source)`,
        [batchIds, batch.map((b) => b.personId), organizationId, column((c) => c.occupationCode), column((c) => c.workType), column((c) => c.rank),
          column((c) => c.certificateNumber), column((c) => c.issuedOn), column((c) => c.issuerName), column((c) => c.source)],
      );
      await this.audit.recordMany(
        em,
        actor,
        batch.map((b, k) => ({
          action: 'worker.credential_issue',
          entityType: 'person',
          entityId: b.personId,
          organizationId,
          after: { credentialId: batchIds[k], ...b.credential },
        })),
      );
      ids.push(...batchIds);
    }
    return ids;
  }

  /**
   * Marks a credential this platform issued as revoked, inside the revoking transaction (a
   * revoked certificate, an ended appointment). Refuses one that is not valid or not issued here.
   */
  async revokeIssuedCredential(em: EntityManager, actor: AuditActor, organizationId: string, credentialId: string, reason: string): Promise<void> {
    await this.closeIssuedCredential(em, actor, organizationId, credentialId, 'revoked', reason, "source <> 'external'");
  }

  /**
   * Marks an appointed tier (特级技师, 首席技师) as ended when its term runs out without renewal:
   * it stays in the worker's history but no longer counts as held.
   */
  async endAppointedCredential(em: EntityManager, actor: AuditActor, organizationId: string, credentialId: string, reason: string): Promise<void> {
    await this.closeIssuedCredential(em, actor, organizationId, credentialId, 'ended', reason, "source = 'appointed'");
  }

  private async closeIssuedCredential(
    em: EntityManager,
    actor: AuditActor,
    organizationId: string,
    credentialId: string,
    status: 'revoked' | 'ended',
    reason: string,
    sourceCondition: string,
  ): Promise<void> {
    const [row] = await updateReturning<{ person_id: string; certificate_number: string | null }>(
      em,
      `UPDATE person_credentials SET status = $2 WHERE id = $1 AND ${sourceCondition} AND status = 'valid'
       RETURNING person_id, certificate_number`,
      [credentialId, status],
    );
    if (!row) throw new ConflictError('CREDENTIAL_NOT_CLOSABLE', `The credential is not a valid one issued on this platform that can be ${status}`);
    await this.audit.record(em, actor, {
      action: status === 'revoked' ? 'worker.credential_revoke' : 'worker.credential_end',
      entityType: 'person',
      entityId: row.person_id,
      organizationId,
      before: { credentialId, certificateNumber: row.certificate_number, status: 'valid' },
      after: { credentialId, certificateNumber: row.certificate_number, status },
      reason,
    });
  }

  /**
   * Records a professional title recognized on this platform (比照认定, source 'recognized')
   * inside the recognizing transaction. Used by the promotions module.
   */
  async recordRecognizedTitle(
    em: EntityManager,
    actor: AuditActor,
    organizationId: string,
    personId: string,
    title: Omit<TitleRecord, 'id' | 'source'>,
  ): Promise<string> {
    const [row] = await em.query(
      `INSERT INTO person_titles (person_id, organization_id, series, grade, title_name, obtained_on, source)
       VALUES ($1, $2, $3, $4, $5, $6, 'recognized') RETURNING id`,
      [personId, organizationId, title.series, title.grade, title.titleName, title.obtainedOn],
    );
    await this.audit.record(em, actor, {
      action: 'worker.title_recognize',
      entityType: 'person',
      entityId: personId,
      organizationId,
      after: { titleId: row.id, ...title, source: 'recognized' },
    });
    return row.id;
  }

  /**
   * Registers many new workers at once for the principal's organization (regular staff,
   * or dispatched workers of a named agency) with multi-row inserts: one audit event per batch.
   * Rows whose ID number is already registered are skipped and counted. For imports and seeding;
   * `audit` names the batch's audit event and adds to what it records.
   */
  async bulkRegister(
    em: EntityManager,
    principal: Principal,
    rows: BulkWorkerRow[],
    audit: { action: string; after?: Record<string, unknown> } = { action: 'worker.bulk_register' },
  ): Promise<{ created: number; skipped: number; ids: string[] }> {
    const org = requireOrganization(principal);
    const persons: unknown[][] = [];
    for (const row of rows) {
      const id = validateResidentId(row.idNumber);
      if (!id.valid) throw new UnprocessableError('INVALID_ID_NUMBER', 'A row has an invalid ID number');
      persons.push([org, row.fullName, this.cipher.encrypt(row.idNumber), this.cipher.blindIndex(row.idNumber), maskResidentId(row.idNumber),
        id.birthDate, id.sex, row.phone ?? null, row.education ?? null, row.graduatedOn ?? null, row.apprenticeshipCompletedOn ?? null]);
    }
    const inserted: { id: string; id_number_index: Buffer }[] = await em.query(
      `INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex, phone, education, graduated_on, apprenticeship_completed_on)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::bytea[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::date[], $11::date[])
       ON CONFLICT (id_number_index) DO NOTHING
       RETURNING id, id_number_index`,
      Array.from({ length: 11 }, (_, col) => persons.map((p) => p[col])),
    );
    const rowByIndex = new Map(persons.map((p, i) => [(p[3] as Buffer).toString('hex'), rows[i]]));
    const employments = inserted.map(({ id, id_number_index }) => {
      const e = (rowByIndex.get(id_number_index.toString('hex')) as (typeof rows)[number]).employment;
      return [id, e.employerOrganizationId ?? org, org, e.employmentType, e.occupationCode ?? null, e.occupationStartedOn ?? null, e.hiredOn, e.jobTitle ?? null];
    });
    if (employments.length > 0) {
      await em.query(
        `INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, occupation_code, occupation_started_on, hired_on, job_title)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[])`,
        Array.from({ length: 8 }, (_, col) => employments.map((e) => e[col])),
      );
      await this.audit.record(em, principal, {
        action: audit.action,
        entityType: 'person',
        entityId: null,
        organizationId: org,
        after: { ...audit.after, created: inserted.length, skipped: rows.length - inserted.length },
      });
    }
    return { created: inserted.length, skipped: rows.length - inserted.length, ids: inserted.map((r) => r.id) };
  }

  /**
   * Every recorded relation touching any of `personIds` (both directions), for recusal checks
   * (回避) by the evaluations module. Not scoped: callers decide what they may reveal.
   */
  async relationsTouching(em: EntityManager, personIds: string[]): Promise<{ personId: string; relatedPersonId: string; kind: 'relative' | 'supervisor' | 'master' }[]> {
    if (personIds.length === 0) return [];
    const rows = await em.query(
      `SELECT person_id, related_person_id, kind FROM person_relations WHERE person_id = ANY($1::uuid[]) OR related_person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return rows.map((r: { person_id: string; related_person_id: string; kind: 'relative' | 'supervisor' | 'master' }) => ({
      personId: r.person_id,
      relatedPersonId: r.related_person_id,
      kind: r.kind,
    }));
  }
}

function pick(record: WorkerRecord, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (record as unknown as Record<string, unknown>)[k]]));
}
