import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { organizationSql, OrganizationsReader, userSql, UsersService } from '@skill-ladder/identity';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  readOne,
  regionCovers,
  requireOrganization,
  scopeOf,
  UnprocessableError,
  pageQuery,
} from '@skill-ladder/platform';
import { WorkersReader, WorkersService } from '@skill-ladder/workforce';
import type { PoolEvaluator } from '../draw/draw';
import { EVALUATION_RANK_LABELS, EvaluationRank } from '../draw/ranks';
import type { DeclaredConflict } from '../draw/recusal';
import { coveringRegionCodes } from '../region-cover';
import {
  DeclareConflictDto,
  EVALUATOR_STATUS_LABELS,
  EvaluatorConflictResponseDto,
  EvaluatorQueryDto,
  EvaluatorResponseDto,
  EvaluatorSharingDto,
  EvaluatorStatus,
  RegisterEvaluatorDto,
  RemoveConflictDto,
  UpdateEvaluatorDto,
} from './dto/evaluator.dto';
import type { EvaluatorConflict } from './entities/evaluator-conflict.entity';
import type { EvaluatorProfile } from './entities/evaluator-profile.entity';
import { deleteConflict, insertConflict, insertEvaluatorProfile, updateEvaluatorProfile, visibleConflicts, visibleEvaluatorProfile } from './evaluator-rows';
import { EVALUATOR_CONFLICTS, EVALUATOR_HOME_HR, visibleEvaluatorsWhere } from './evaluator-scope';
import type { ErrorCode } from '@skill-ladder/platform';

/** A drawable evaluator, with what a draw result shows about them. */
export interface PoolMember extends PoolEvaluator {
  displayName: string;
  organizationId: string;
  organizationName: string;
}

const UNIQUE_CONFLICTS: Record<string, [code: ErrorCode, detail: string]> = {
  evaluator_profiles_user_uq: ['EVALUATOR_EXISTS', 'This user already has an evaluator profile'],
  evaluator_profiles_person_uq: ['PERSON_ALREADY_EVALUATOR', 'This worker record is already linked to another evaluator profile'],
  evaluator_profiles_qualification_uq: ['QUALIFICATION_NUMBER_TAKEN', 'Another evaluator profile holds this qualification certificate number'],
  evaluator_conflicts_pair_uq: ['CONFLICT_ALREADY_DECLARED', 'This conflict is already declared'],
};

const PROFILE_FROM = `FROM evaluator_profiles p`;

const PROFILE_COLUMNS = `p.id, p.user_id, ${userSql.displayName('p.user_id')} AS display_name, p.person_id, p.organization_id,
  ${organizationSql.name('p.organization_id')} AS organization_name, p.occupations,
  p.highest_rank, p.qualification_certificate_number, p.valid_from::text AS valid_from, p.valid_until::text AS valid_until, p.status,
  p.shared_with_region, p.shared_by_bureau_id, p.created_at`;

/** The evaluator pool (考评员库): profiles, regional sharing and declared conflicts. */
@Injectable()
export class EvaluatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly workers: WorkersService,
    private readonly workersReader: WorkersReader,
    private readonly organizations: OrganizationsReader,
  ) {}

  /**
   * HR registers a user of its own enterprise who holds the evaluator role. Linking the
   * evaluator's worker record brings their relatives, supervisors and 师徒 into recusal.
   */
  async register(principal: Principal, dto: RegisterEvaluatorDto): Promise<EvaluatorResponseDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('EVALUATORS_ENTERPRISE_ONLY', 'Evaluator profiles are kept by enterprises');
    }
    const organizationId = requireOrganization(principal);
    const user = await this.users.get(principal, dto.userId);
    if (!user.roles.includes('evaluator')) {
      throw new UnprocessableError('NOT_AN_EVALUATOR', 'The user does not hold the evaluator role', [
        { field: 'userId', code: 'notEvaluator', message: '该用户没有考评员角色 / this user does not hold the evaluator role' },
      ]);
    }
    if (user.status !== 'active') {
      throw new UnprocessableError('USER_DISABLED', 'The user is disabled', [{ field: 'userId', code: 'disabled', message: '该用户已停用 / this user is disabled' }]);
    }
    if (user.personId && dto.personId && user.personId !== dto.personId) {
      throw new UnprocessableError('PERSON_MISMATCH', 'The user’s account is bound to another worker record', [
        { field: 'personId', code: 'mismatch', message: '与该用户绑定的职工档案不一致 / not the worker record bound to this user' },
      ]);
    }
    const personId = dto.personId ?? user.personId;
    if (personId) await this.workers.getRecord(principal, personId);
    assertValidity(dto.validFrom, dto.validUntil);
    return this.writing(() =>
      this.dataSource.transaction(async (em) => {
        const profileId = await insertEvaluatorProfile(em, {
          userId: dto.userId,
          personId: personId ?? null,
          organizationId,
          occupations: [...dto.occupations].sort(),
          highestRank: dto.highestRank,
          qualificationCertificateNumber: dto.qualificationCertificateNumber,
          validFrom: dto.validFrom,
          validUntil: dto.validUntil,
          createdBy: principal.userId,
        });
        const response = await this.load(em, profileId);
        await this.audit.record(em, principal, {
          action: 'evaluator.register',
          entityType: 'evaluator_profile',
          entityId: profileId,
          organizationId,
          after: response,
        });
        return response;
      }),
    );
  }

  async list(principal: Principal, q: EvaluatorQueryDto): Promise<Page<EvaluatorResponseDto>> {
    const scope = visibleEvaluatorsWhere(principal);
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (q.occupationCode) {
      where.push(':occupationCode = ANY(p.occupations)');
      params.occupationCode = q.occupationCode;
    }
    if (q.status) {
      where.push('p.status = :status');
      params.status = q.status;
    }
    if (q.highestRank) {
      where.push('p.highest_rank = :highestRank');
      params.highestRank = q.highestRank;
    }
    if (q.organizationId) {
      where.push('p.organization_id = :organizationId');
      params.organizationId = q.organizationId;
    }
    const from = `${PROFILE_FROM} WHERE ${where.join(' AND ')}`;
    const { rows, total: count } = await pageQuery<ProfileRow>(this.dataSource, { select: `${PROFILE_COLUMNS}`, from, orderBy: 'organization_name, display_name, p.id', params }, q);
    return { items: rows.map((r) => this.toResponse(r)), total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<EvaluatorResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, id);
  }

  /** HR of the home enterprise changes qualifications, validity or status, with a reason. */
  async update(principal: Principal, id: string, dto: UpdateEvaluatorDto): Promise<EvaluatorResponseDto> {
    return this.writing(() =>
      this.dataSource.transaction(async (em) => {
        const profile = await this.findVisible(em, principal, id, true);
        if (!EVALUATOR_HOME_HR.allows(scopeOf(principal), profile)) {
          throw new ForbiddenError('EVALUATOR_READ_ONLY', 'Only HR of the evaluator’s home enterprise may change the profile');
        }
        const before = await this.load(em, id);
        const { reason, ...changes } = dto;
        assertValidity(changes.validFrom || profile.validFrom, changes.validUntil || profile.validUntil);
        await updateEvaluatorProfile(em, id, {
          occupations: changes.occupations ? [...changes.occupations].sort() : undefined,
          highestRank: changes.highestRank || undefined,
          qualificationCertificateNumber: changes.qualificationCertificateNumber || undefined,
          validFrom: changes.validFrom || undefined,
          validUntil: changes.validUntil || undefined,
          status: changes.status || undefined,
        });
        const after = await this.load(em, id);
        const statusChange = changes.status && changes.status !== before.status;
        await this.audit.record(em, principal, {
          action: statusChange ? `evaluator.${changes.status === 'inactive' ? 'deactivate' : 'reactivate'}` : 'evaluator.update',
          entityType: 'evaluator_profile',
          entityId: id,
          organizationId: profile.organizationId,
          before,
          after,
          reason,
        });
        return after;
      }),
    );
  }

  /**
   * The bureau shares an evaluator with every enterprise of its region, or withdraws the sharing.
   * A sharing in force belongs to the bureau that made it: only it, or a bureau whose region
   * covers its region, may withdraw or re-scope it.
   */
  async setSharing(principal: Principal, id: string, dto: EvaluatorSharingDto): Promise<EvaluatorResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const profile = await this.findVisible(em, principal, id, true);
      await this.assertOwnsSharing(em, principal, profile);
      const before = await this.load(em, id);
      const bureauId = dto.sharedWithRegion ? requireOrganization(principal) : null;
      if (profile.sharedWithRegion === dto.sharedWithRegion && profile.sharedByBureauId === bureauId) return before;
      await updateEvaluatorProfile(em, id, { sharedWithRegion: dto.sharedWithRegion, sharedByBureauId: bureauId });
      const after = await this.load(em, id);
      await this.audit.record(em, principal, {
        action: dto.sharedWithRegion ? 'evaluator.share' : 'evaluator.unshare',
        entityType: 'evaluator_profile',
        entityId: id,
        organizationId: profile.organizationId,
        before,
        after,
        reason: dto.reason,
      });
      return after;
    });
  }

  private async assertOwnsSharing(em: EntityManager, principal: Principal, profile: EvaluatorProfile): Promise<void> {
    if (!profile.sharedWithRegion || profile.sharedByBureauId === null || profile.sharedByBureauId === principal.organizationId) return;
    const [owner] = await this.organizations.byIds([profile.sharedByBureauId], em);
    if (owner && principal.regionCode && regionCovers(principal.regionCode, owner.regionCode)) return;
    throw new ForbiddenError(
      'SHARING_OWNED_BY_OTHER_BUREAU',
      '该考评员由其他人社局共享，只有共享的人社局或其上级人社局可以变更 / another bureau shared this evaluator; only that bureau or one covering its region may change the sharing',
    );
  }

  /**
   * HR sees the conflicts its enterprise declared (they name its workers); the bureau those declared
   * by enterprises of its region (an evaluator shared more widely may carry others, naming workers
   * the bureau has no business reading).
   */
  async listConflicts(principal: Principal, id: string): Promise<EvaluatorConflictResponseDto[]> {
    await this.findVisible(this.dataSource.manager, principal, id);
    const rows = await visibleConflicts(this.dataSource.manager, EVALUATOR_CONFLICTS.where(scopeOf(principal), 'k'), id);
    const names = await this.personNames(this.dataSource.manager, rows.map((r) => r.personId));
    return rows.map((r) => toConflictResponse(r, names));
  }

  /** HR declares that an evaluator it can see must never assess one of its workers. */
  async declareConflict(principal: Principal, id: string, dto: DeclareConflictDto): Promise<EvaluatorConflictResponseDto> {
    const organizationId = requireOrganization(principal);
    return this.writing(() =>
      this.dataSource.transaction(async (em) => {
        const profile = await this.findVisible(em, principal, id, true);
        await this.workers.getRecord(principal, dto.personId, em);
        if (profile.personId === dto.personId) {
          throw new UnprocessableError('CONFLICT_WITH_SELF', 'An evaluator is always recused from assessing themself', [
            { field: 'personId', code: 'self', message: '考评员本人自动回避，无需申报 / evaluators never assess themselves anyway' },
          ]);
        }
        const saved = await insertConflict(em, {
          evaluatorProfileId: id,
          personId: dto.personId,
          organizationId,
          reason: dto.reason,
          declaredBy: principal.userId,
        });
        const response = toConflictResponse(saved, await this.personNames(em, [saved.personId]));
        await this.audit.record(em, principal, {
          action: 'evaluator.conflict_declare',
          entityType: 'evaluator_profile',
          entityId: id,
          organizationId,
          after: response,
          reason: dto.reason,
        });
        return response;
      }),
    );
  }

  async removeConflict(principal: Principal, id: string, conflictId: string, dto: RemoveConflictDto): Promise<void> {
    const organizationId = requireOrganization(principal);
    await this.dataSource.transaction(async (em) => {
      await this.findVisible(em, principal, id, true);
      const conflict = await deleteConflict(em, id, conflictId, organizationId);
      if (!conflict) throw new NotFoundError('Evaluator conflict');
      await this.audit.record(em, principal, {
        action: 'evaluator.conflict_remove',
        entityType: 'evaluator_profile',
        entityId: id,
        organizationId,
        before: toConflictResponse(conflict, await this.personNames(em, [conflict.personId])),
        reason: dto.reason,
      });
    });
  }

  /**
   * Everyone an organization may draw from: its own active evaluators and those a bureau
   * covering its region shared, whose account and home organization are active and who still
   * hold the evaluator role. All occupations, so a failed draw can say how many were filtered
   * out and why. Workload: candidates assigned in the current draws of live campaigns.
   */
  async poolFor(em: EntityManager, organizationId: string): Promise<PoolMember[]> {
    const org = await this.organizations.byId(organizationId, em);
    const rows: (ProfileRow & { workload: number })[] = await em.query(
      `SELECT ${PROFILE_COLUMNS}, COALESCE((SELECT w.candidates FROM evaluator_workloads w WHERE w.evaluator_profile_id = p.id), 0) AS workload
         ${PROFILE_FROM}
        WHERE p.status = 'active' AND ${userSql.isActive('p.user_id')} AND ${organizationSql.isActive('p.organization_id')}
          AND ${userSql.hasRole('p.user_id', 'evaluator')}
          AND (p.organization_id = $1 OR (p.shared_with_region AND ${organizationSql.regionIn('p.shared_by_bureau_id', '$2::text[]')}))
        ORDER BY p.id`,
      [organizationId, coveringRegionCodes(org.regionCode)],
    );
    return rows.map((r) => ({
      profileId: r.id,
      personId: r.person_id,
      highestRank: r.highest_rank,
      occupations: r.occupations,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      workload: r.workload,
      displayName: r.display_name,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
    }));
  }

  /** Evaluators' display names by profile id (for lists that show who marks or scores what). */
  async displayNames(em: EntityManager, profileIds: string[]): Promise<Map<string, string>> {
    if (profileIds.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await em.query(
      `SELECT p.id, ${userSql.displayName('p.user_id')} AS display_name FROM evaluator_profiles p WHERE p.id = ANY($1::uuid[])`,
      [profileIds],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Declared conflicts between these evaluators and these persons, whoever declared them. */
  async declaredConflicts(em: EntityManager, profileIds: string[], personIds: string[]): Promise<DeclaredConflict[]> {
    if (profileIds.length === 0 || personIds.length === 0) return [];
    const rows: { evaluator_profile_id: string; person_id: string }[] = await em.query(
      `SELECT evaluator_profile_id, person_id FROM evaluator_conflicts WHERE evaluator_profile_id = ANY($1::uuid[]) AND person_id = ANY($2::uuid[])`,
      [profileIds, personIds],
    );
    return rows.map((r) => ({ profileId: r.evaluator_profile_id, personId: r.person_id }));
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<EvaluatorProfile> {
    const profile = await visibleEvaluatorProfile(em, visibleEvaluatorsWhere(principal), id, lock);
    if (!profile) throw new NotFoundError('Evaluator');
    return profile;
  }

  private async load(em: EntityManager, id: string): Promise<EvaluatorResponseDto> {
    const [row] = await em.query(`SELECT ${PROFILE_COLUMNS} ${PROFILE_FROM} WHERE p.id = $1`, [id]);
    if (!row) throw new NotFoundError('Evaluator');
    return this.toResponse(row);
  }

  private toResponse(r: ProfileRow): EvaluatorResponseDto {
    const today = this.clock.today();
    return {
      id: r.id,
      userId: r.user_id,
      displayName: r.display_name,
      personId: r.person_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      occupations: r.occupations,
      highestRank: r.highest_rank,
      highestRankLabel: EVALUATION_RANK_LABELS[r.highest_rank],
      qualificationCertificateNumber: r.qualification_certificate_number,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      validToday: r.valid_from <= today && today <= r.valid_until,
      status: r.status,
      statusLabel: EVALUATOR_STATUS_LABELS[r.status],
      sharedWithRegion: r.shared_with_region,
      sharedByBureauId: r.shared_by_bureau_id,
      createdAt: r.created_at.toISOString(),
    };
  }

  /** Names of the persons (id → full name), from workforce. */
  private async personNames(em: EntityManager, personIds: string[]): Promise<Map<string, string>> {
    return personIds.length === 0 ? new Map() : readOne(em, this.workersReader.namesRead(personIds));
  }

  /** Maps the unique constraints a write can hit to stable 409 codes. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      const known = driver?.code === '23505' ? UNIQUE_CONFLICTS[driver.constraint ?? ''] : undefined;
      if (known) throw new ConflictError(...known);
      throw error;
    }
  }
}

interface ProfileRow {
  id: string;
  user_id: string;
  display_name: string;
  person_id: string | null;
  organization_id: string;
  organization_name: string;
  occupations: string[];
  highest_rank: EvaluationRank;
  qualification_certificate_number: string;
  valid_from: string;
  valid_until: string;
  status: EvaluatorStatus;
  shared_with_region: boolean;
  shared_by_bureau_id: string | null;
  created_at: Date;
}

function toConflictResponse(c: EvaluatorConflict, names: Map<string, string>): EvaluatorConflictResponseDto {
  return {
    id: c.id,
    evaluatorProfileId: c.evaluatorProfileId,
    personId: c.personId,
    personName: names.get(c.personId) ?? '',
    organizationId: c.organizationId,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
  };
}

function assertValidity(validFrom: string, validUntil: string): void {
  if (validUntil < validFrom) {
    throw new UnprocessableError('VALIDITY_REVERSED', 'The qualification ends before it starts', [
      { field: 'validUntil', code: 'beforeValidFrom', message: '有效期止早于有效期起 / valid until is before valid from' },
    ]);
  }
}
