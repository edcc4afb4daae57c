import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import { AuditService, ConflictError, ForbiddenError, NotFoundError, Principal, requireOrganization, UnprocessableError } from '@skill-ladder/platform';
import { EmploymentInputDto, EndEmploymentDto } from './dto/worker.dto';
import { endEmployment, insertEmployment, lockEmployment, NewEmployment } from './employment-rows';
import { WorkerRecordLoader } from './worker-record.loader';
import { WorkerRecord } from './worker-record';

/**
 * A worker's employments (劳动关系): who employs them and where they work, added and ended by HR.
 * Registering a worker (`WorkersService.create`) resolves its first employment here too.
 */
@Injectable()
export class EmploymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsReader,
    private readonly records: WorkerRecordLoader,
  ) {}

  async add(principal: Principal, personId: string, dto: EmploymentInputDto): Promise<WorkerRecord> {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      const employment = await this.resolve(em, principal, dto);
      await this.assertNoneOpen(em, personId, employment);
      const saved = await insertEmployment(em, { ...employment, personId });
      await this.audit.record(em, principal, {
        action: 'worker.employment_add',
        entityType: 'person',
        entityId: personId,
        organizationId: requireOrganization(principal),
        after: saved,
      });
      return this.records.load(em, personId);
    });
  }

  async end(principal: Principal, personId: string, employmentId: string, dto: EndEmploymentDto): Promise<WorkerRecord> {
    return this.dataSource.transaction(async (em) => {
      await this.records.assertVisible(em, principal, personId, true);
      const org = requireOrganization(principal);
      const employment = await lockEmployment(em, personId, employmentId, org);
      if (!employment) throw new NotFoundError('Employment');
      if (employment.endedOn) throw new ConflictError('EMPLOYMENT_ALREADY_ENDED', 'This employment has already ended');
      if (dto.endedOn < employment.hiredOn) {
        throw new UnprocessableError('END_BEFORE_HIRE', 'The end date lies before the hire date', [
          { field: 'endedOn', code: 'beforeHire', message: '离职日期早于入职日期 / end date is before the hire date' },
        ]);
      }
      await endEmployment(em, employmentId, dto.endedOn);
      await this.audit.record(em, principal, {
        action: 'worker.employment_end',
        entityType: 'person',
        entityId: personId,
        organizationId: org,
        before: employment,
        after: { ...employment, endedOn: dto.endedOn },
        reason: dto.reason,
      });
      return this.records.load(em, personId);
    });
  }

  /**
   * Works out employer of record and work organization from who is registering:
   * an enterprise registers its own staff and the dispatched workers it uses (naming the
   * agency); an agency registers its dispatched workers (naming the enterprise).
   */
  async resolve(em: EntityManager, principal: Principal, dto: EmploymentInputDto): Promise<Omit<NewEmployment, 'personId'>> {
    const own = requireOrganization(principal);
    let employer = dto.employerOrganizationId ?? own;
    let work = dto.workOrganizationId ?? own;
    if (principal.organizationKind === 'dispatch_agency') {
      if (dto.employmentType !== 'dispatched') {
        throw new UnprocessableError('AGENCY_REGISTERS_DISPATCHED_ONLY', 'A dispatch agency registers dispatched workers only', [
          { field: 'employment.employmentType', code: 'dispatchedOnly', message: '劳务派遣单位只能登记劳务派遣工 / agencies register dispatched workers only' },
        ]);
      }
      employer = own;
      if (!dto.workOrganizationId) throw this.missingField('employment.workOrganizationId', '请填写用工单位 / name the enterprise where the worker works');
      await this.assertActiveOrganization(em, work, ['enterprise'], 'employment.workOrganizationId');
    } else if (principal.organizationKind === 'enterprise') {
      work = own;
      if (dto.workOrganizationId && dto.workOrganizationId !== own) {
        throw new ForbiddenError('WORK_ORGANIZATION_RESTRICTED', 'An enterprise registers the workers who work at it');
      }
      if (dto.employmentType === 'dispatched') {
        if (!dto.employerOrganizationId) throw this.missingField('employment.employerOrganizationId', '劳务派遣工须填写派遣单位 / name the dispatch agency');
        await this.assertActiveOrganization(em, employer, ['dispatch_agency'], 'employment.employerOrganizationId');
      } else if (employer !== own) {
        await this.assertActiveOrganization(em, employer, ['enterprise', 'dispatch_agency'], 'employment.employerOrganizationId');
      }
    } else {
      throw new ForbiddenError('WORKER_REGISTRATION_RESTRICTED', 'Workers are registered by enterprises and dispatch agencies');
    }
    return {
      employerOrganizationId: employer,
      workOrganizationId: work,
      employmentType: dto.employmentType,
      occupationCode: dto.occupationCode ?? null,
      occupationStartedOn: dto.occupationStartedOn ?? null,
      hiredOn: dto.hiredOn,
      endedOn: null,
      jobTitle: dto.jobTitle ?? null,
    };
  }

  /** Refuses a second running employment with the same employer and work organization. */
  async assertNoneOpen(em: EntityManager, personId: string, e: { employerOrganizationId: string; workOrganizationId: string }): Promise<void> {
    const [open] = await em.query(
      'SELECT 1 FROM employments WHERE person_id = $1 AND employer_org_id = $2 AND work_org_id = $3 AND ended_on IS NULL',
      [personId, e.employerOrganizationId, e.workOrganizationId],
    );
    if (open) throw new ConflictError('WORKER_ALREADY_REGISTERED', 'This worker is already registered with this employment');
  }

  private async assertActiveOrganization(em: EntityManager, id: string, kinds: string[], field: string): Promise<void> {
    const kind = await this.organizations.activeKind(id, em);
    if (!kind || !kinds.includes(kind)) {
      throw new UnprocessableError('ORGANIZATION_NOT_ELIGIBLE', `The organization in ${field} is unknown or of the wrong kind`, [
        { field, code: 'organizationKind', message: `组织不存在或类型不符（应为 ${kinds.join(' / ')}） / unknown organization or wrong kind` },
      ]);
    }
  }

  private missingField(field: string, message: string): UnprocessableError {
    return new UnprocessableError('EMPLOYMENT_INCOMPLETE', `${field} is required here`, [{ field, code: 'required', message }]);
  }
}
