import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictError, Principal, requireOrganization, UnprocessableError, uniqueViolation } from '@skill-ladder/platform';
import { AddCredentialDto, AddHonorDto, AddInnovationDto, AddRelationDto, AddTitleDto, AddTrainingDto } from './dto/worker.dto';
import { WorkerRecordLoader } from './worker-record.loader';
import { WorkerRecord } from './worker-record';

/** What HR may record about a worker beyond the person itself; each is its own table. */
type FactKind = 'credential' | 'title' | 'honor' | 'training' | 'innovation';

/**
 * HR records what a worker holds and has done: credentials and titles obtained elsewhere,
 * honours, training, innovations, and the relations that feed recusal. Each addition is audited
 * and answered with the whole record.
 */
@Injectable()
export class WorkerFactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly records: WorkerRecordLoader,
  ) {}

  addCredential(principal: Principal, personId: string, dto: AddCredentialDto): Promise<WorkerRecord> {
    return this.addFact(principal, personId, 'credential', async (em, org) => {
      if (dto.certificateNumber) {
        const [dup] = await em.query('SELECT 1 FROM person_credentials WHERE certificate_number = $1', [dto.certificateNumber]);
        if (dup) throw new ConflictError('CERTIFICATE_NUMBER_TAKEN', 'A credential with this certificate number is already recorded');
      }
      return em
        .query(
          `INSERT INTO person_credentials (person_id, organization_id, occupation_code, work_type, rank, certificate_number, issued_on, issuer_name, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'external') RETURNING id`,
          [personId, org, dto.occupationCode, dto.workType ?? null, dto.rank, dto.certificateNumber ?? null, dto.issuedOn, dto.issuerName],
        )
        .catch((error: unknown) => {
          if (uniqueViolation(error) === 'person_credentials_certificate_number_key') {
            throw new ConflictError('CERTIFICATE_NUMBER_TAKEN', 'A credential with this certificate number is already recorded');
          }
          throw error;
        });
    }, dto);
  }

  addTitle(principal: Principal, personId: string, dto: AddTitleDto): Promise<WorkerRecord> {
    return this.addFact(principal, personId, 'title', (em, org) =>
      em.query(
        `INSERT INTO person_titles (person_id, organization_id, series, grade, title_name, obtained_on, source)
         VALUES ($1, $2, $3, $4, $5, $6, 'external') RETURNING id`,
        [personId, org, dto.series, dto.grade, dto.titleName, dto.obtainedOn],
      ), dto);
  }

  addHonor(principal: Principal, personId: string, dto: AddHonorDto): Promise<WorkerRecord> {
    return this.addFact(principal, personId, 'honor', (em, org) =>
      em.query(
        `INSERT INTO person_honors (person_id, organization_id, kind, level, name, awarded_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [personId, org, dto.kind, dto.level, dto.name, dto.awardedOn],
      ), dto);
  }

  addTraining(principal: Principal, personId: string, dto: AddTrainingDto): Promise<WorkerRecord> {
    return this.addFact(principal, personId, 'training', (em, org) =>
      em.query(
        `INSERT INTO person_trainings (person_id, organization_id, name, hours, completed_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [personId, org, dto.name, dto.hours, dto.completedOn],
      ), dto);
  }

  addInnovation(principal: Principal, personId: string, dto: AddInnovationDto): Promise<WorkerRecord> {
    return this.addFact(principal, personId, 'innovation', (em, org) =>
      em.query(
        `INSERT INTO person_innovations (person_id, organization_id, kind, title, level, achieved_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [personId, org, dto.kind, dto.title, dto.level ?? null, dto.achievedOn],
      ), dto);
  }

  /** Relations feed recusal (回避): relatives, supervisor/subordinate and master/apprentice (师徒). */
  async addRelation(principal: Principal, personId: string, dto: AddRelationDto): Promise<WorkerRecord> {
    if (dto.relatedPersonId === personId) {
      throw new UnprocessableError('RELATION_TO_SELF', 'A worker cannot be related to themself', [
        { field: 'relatedPersonId', code: 'self', message: '不能与本人建立关系 / cannot relate a worker to themself' },
      ]);
    }
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      await this.records.assertVisible(em, principal, dto.relatedPersonId);
      const rows = await em.query(
        `INSERT INTO person_relations (organization_id, person_id, related_person_id, kind, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id, related_person_id, kind) DO NOTHING RETURNING id`,
        [requireOrganization(principal), personId, dto.relatedPersonId, dto.kind, dto.note ?? null],
      );
      if (rows.length === 0) throw new ConflictError('RELATION_EXISTS', 'This relation is already recorded');
      await this.audit.record(em, principal, {
        action: 'worker.relation_add',
        entityType: 'person',
        entityId: personId,
        organizationId: requireOrganization(principal),
        after: { relationId: rows[0].id, ...dto },
      });
      return this.records.load(em, personId);
    });
  }

  private async addFact(
    principal: Principal,
    personId: string,
    kind: FactKind,
    insert: (em: EntityManager, organizationId: string) => Promise<{ id: string }[]>,
    input: object,
  ): Promise<WorkerRecord> {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      const org = requireOrganization(principal);
      const [row] = await insert(em, org);
      await this.audit.record(em, principal, {
        action: `worker.${kind}_add`,
        entityType: 'person',
        entityId: personId,
        organizationId: org,
        after: { [`${kind}Id`]: row.id, ...input },
      });
      return this.records.load(em, personId);
    });
  }
}
