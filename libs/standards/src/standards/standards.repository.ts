import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganizationInfo, OrganizationsReader } from '@skill-ladder/identity';
import { AuditService, Clock, ConflictError, NotFoundError, Principal, ValidationFailedError } from '@skill-ladder/platform';
import { IsoDate } from '@skill-ladder/vocabulary';
import { Occupation } from '../entities/occupation.entity';
import { StandardVersionComment } from '../entities/standard-version-comment.entity';
import { StandardVersion } from '../entities/standard-version.entity';
import { Standard, StandardSource } from '../entities/standard.entity';
import { OccupationsService } from '../occupations/occupations.service';
import { visibleStandardsWhere } from '../standards-scope';
import { CommentResponseDto, STANDARD_SOURCE_LABELS, StandardResponseDto, VersionDetailDto, VersionSummaryDto } from './dto/standard.dto';
import { StandardLevel, validateStandardLevels } from './standard-levels';
import { editBlock, mayPerform, nextVersionStatus, VERSION_ACTIONS, VERSION_STATUS_LABELS, VersionAction, VersionParty, VersionStatus } from './version-workflow';

/** The owner of an enterprise standard, as far as scoping needs it. */
export type OwnerOrganization = Pick<OrganizationInfo, 'id' | 'name' | 'kind' | 'regionCode'>;

export interface VisibleStandard {
  standard: Standard;
  owner: OwnerOrganization | null;
  occupation: Occupation;
}

/** What other modules read of a version (campaigns pin one, evaluations score against it). */
export interface StandardVersionSnapshot {
  id: string;
  standardId: string;
  version: number;
  status: VersionStatus;
  source: StandardSource;
  /** The owning enterprise; null for national and industry standards. */
  organizationId: string | null;
  occupationCode: string;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
  levels: StandardLevel[];
}

const IN_FORCE_SQL = `v.status IN ('published', 'retired') AND v.effective_from <= :on AND (v.effective_to IS NULL OR v.effective_to >= :on)`;

/**
 * The standards tables as the services of this lib read and write them: visibility, versions,
 * pins, the review thread, and the response shapes. Writes are audited here, in the caller's
 * transaction.
 */
@Injectable()
export class StandardsRepository {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly occupations: OccupationsService,
    private readonly organizations: OrganizationsReader,
  ) {}

  /**
   * The standard if the principal may see it, else 404: national and industry standards for
   * everyone signed in; an enterprise's for its own people, the bureaus covering its region and
   * the platform (`STANDARDS`).
   */
  async findVisible(em: EntityManager, principal: Principal, id: string): Promise<VisibleStandard> {
    const visible = visibleStandardsWhere(principal, 's');
    const standard = await em.getRepository(Standard).createQueryBuilder('s').where('s.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
    if (!standard) throw new NotFoundError('Standard');
    const [owner, occupation] = await Promise.all([this.ownerOf(em, standard), this.occupations.find(em, standard.occupationId)]);
    return { standard, owner, occupation };
  }

  async ownerOf(em: EntityManager, standard: Standard): Promise<OwnerOrganization | null> {
    if (!standard.organizationId) return null;
    const { id, name, kind, regionCode } = await this.organizations.byId(standard.organizationId, em);
    return { id, name, kind, regionCode };
  }

  async findVersion(em: EntityManager, standardId: string, versionNo: number, lock = false): Promise<StandardVersion> {
    const version = await em.getRepository(StandardVersion).findOne({
      where: { standardId, version: versionNo },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!version) throw new NotFoundError('Standard version');
    return version;
  }

  /** Serializes version numbering, publishing and imports per standard. */
  async lockStandard(em: EntityManager, standardId: string): Promise<void> {
    await em.query('SELECT 1 FROM standards WHERE id = $1 FOR UPDATE', [standardId]);
  }

  async assertEditable(em: EntityManager, version: StandardVersion): Promise<void> {
    const block = editBlock(version.status, (await this.pinCounts(em, [version.id])).has(version.id));
    if (block === 'VERSION_IMMUTABLE') {
      throw new ConflictError('VERSION_IMMUTABLE', `Version ${version.version} is ${version.status === 'draft' || version.status === 'changes_requested' ? 'in use' : version.status} and can no longer change; create a new version`);
    }
    if (block === 'VERSION_NOT_EDITABLE') {
      throw new ConflictError('VERSION_NOT_EDITABLE', `Version ${version.version} is ${version.status}; withdraw it or wait for the review before editing`);
    }
  }

  async pinCounts(em: EntityManager, versionIds: string[]): Promise<Map<string, number>> {
    if (versionIds.length === 0) return new Map();
    const rows = (await em.query('SELECT version_id, count(*)::int AS n FROM standard_version_pins WHERE version_id = ANY($1) GROUP BY version_id', [
      versionIds,
    ])) as { version_id: string; n: number }[];
    return new Map(rows.map((r) => [r.version_id, r.n]));
  }

  async inForceVersionRow(em: EntityManager, standardId: string, on: IsoDate): Promise<StandardVersion | null> {
    return em
      .getRepository(StandardVersion)
      .createQueryBuilder('v')
      .where('v.standard_id = :standardId', { standardId })
      .andWhere(IN_FORCE_SQL, { on })
      .getOne();
  }

  async inForceVersionOf(em: EntityManager, occupationId: string, source: StandardSource, on: IsoDate): Promise<StandardVersionSnapshot | null> {
    const standard = await em
      .getRepository(Standard)
      .createQueryBuilder('s')
      .where('s.occupation_id = :occupationId AND s.source = :source AND s.organization_id IS NULL', { occupationId, source })
      .getOne();
    if (!standard) return null;
    const version = await this.inForceVersionRow(em, standard.id, on);
    return version ? this.snapshotOf(em, version) : null;
  }

  async snapshotOf(em: EntityManager, version: StandardVersion): Promise<StandardVersionSnapshot> {
    const standard = await em.getRepository(Standard).findOneByOrFail({ id: version.standardId });
    const occupation = await this.occupations.find(em, standard.occupationId);
    return {
      id: version.id,
      standardId: standard.id,
      version: version.version,
      status: version.status,
      source: standard.source,
      organizationId: standard.organizationId,
      occupationCode: occupation.code,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo,
      levels: version.levels,
    };
  }

  async insertStandard(
    em: EntityManager,
    principal: Principal,
    s: { occupation: Occupation; source: StandardSource; owner: OwnerOrganization | null; title: string; basedOnStandardId: string | null },
  ): Promise<Standard> {
    const repo = em.getRepository(Standard);
    const taken = s.owner
      ? await repo.existsBy({ organizationId: s.owner.id, occupationId: s.occupation.id })
      : await repo.createQueryBuilder('s').where('s.organization_id IS NULL AND s.occupation_id = :o AND s.source = :src', { o: s.occupation.id, src: s.source }).getExists();
    if (taken) throw new ConflictError('STANDARD_EXISTS', 'A standard of this kind already exists for the occupation; add a version to it instead');
    const saved = await repo.save(
      repo.create({ occupationId: s.occupation.id, source: s.source, organizationId: s.owner?.id ?? null, title: s.title, basedOnStandardId: s.basedOnStandardId, createdBy: principal.userId }),
    );
    await this.audit.record(em, principal, {
      action: 'standard.create',
      entityType: 'standard',
      entityId: saved.id,
      organizationId: saved.organizationId,
      after: { id: saved.id, title: saved.title, source: saved.source, occupationCode: s.occupation.code, organizationId: saved.organizationId },
    });
    return saved;
  }

  async insertVersion(
    em: EntityManager,
    principal: Principal,
    standard: Standard,
    v: { version: number; levels: StandardLevel[]; label: string | null; notes: string | null; createdFromVersionId: string | null },
  ): Promise<StandardVersion> {
    const repo = em.getRepository(StandardVersion);
    const saved = await repo.save(
      repo.create({
        standardId: standard.id,
        version: v.version,
        status: 'draft',
        levels: structuredClone(v.levels),
        label: v.label,
        notes: v.notes,
        createdFromVersionId: v.createdFromVersionId,
        createdBy: principal.userId,
      }),
    );
    await this.audit.record(em, principal, {
      action: 'standard_version.create',
      entityType: 'standard_version',
      entityId: saved.id,
      organizationId: standard.organizationId,
      after: versionAuditView(saved),
    });
    return saved;
  }

  async insertComment(
    em: EntityManager,
    principal: Principal,
    version: StandardVersion,
    action: VersionAction | null,
    body: string | null,
    fieldPath: string | null,
  ): Promise<StandardVersionComment> {
    const repo = em.getRepository(StandardVersionComment);
    return repo.save(
      repo.create({
        versionId: version.id,
        organizationId: principal.organizationId,
        authorUserId: principal.userId,
        authorName: principal.username,
        authorRole: principal.actingAs,
        action,
        body,
        fieldPath,
      }),
    );
  }

  async toStandardResponse(em: EntityManager, { standard, owner, occupation }: VisibleStandard): Promise<StandardResponseDto> {
    const [inForce, latest] = await Promise.all([
      this.inForceVersionRow(em, standard.id, this.clock.today()),
      em.getRepository(StandardVersion).findOne({ where: { standardId: standard.id }, order: { version: 'DESC' } }),
    ]);
    const pins = await this.pinCounts(em, [inForce?.id, latest?.id].filter((id): id is string => !!id));
    return {
      id: standard.id,
      title: standard.title,
      source: standard.source,
      sourceLabel: STANDARD_SOURCE_LABELS[standard.source],
      occupation: { id: occupation.id, code: occupation.code, nameZh: occupation.nameZh, nameEn: occupation.nameEn },
      organizationId: standard.organizationId,
      organizationName: owner?.name ?? null,
      basedOnStandardId: standard.basedOnStandardId,
      inForce: inForce ? toVersionSummary(inForce, pins.get(inForce.id) ?? 0) : null,
      latestVersion: latest ? toVersionSummary(latest, pins.get(latest.id) ?? 0) : null,
      createdAt: standard.createdAt.toISOString(),
    };
  }

  async toDetail(em: EntityManager, v: StandardVersion, parties: VersionParty[]): Promise<VersionDetailDto> {
    const pinnedCount = (await this.pinCounts(em, [v.id])).get(v.id) ?? 0;
    return {
      ...toVersionSummary(v, pinnedCount),
      standardId: v.standardId,
      levels: v.levels,
      notes: v.notes,
      createdFromVersionId: v.createdFromVersionId,
      submittedAt: v.submittedAt?.toISOString() ?? null,
      reviewedAt: v.reviewedAt?.toISOString() ?? null,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      retiredAt: v.retiredAt?.toISOString() ?? null,
      editable: parties.includes('owner') && editBlock(v.status, pinnedCount > 0) === null,
      allowedActions: VERSION_ACTIONS.filter((action) => mayPerform(action, parties) && nextVersionStatus(v.status, action) !== null),
    };
  }
}

export function toVersionSummary(v: StandardVersion, pinnedCount: number): VersionSummaryDto {
  return {
    id: v.id,
    version: v.version,
    label: v.label,
    status: v.status,
    statusLabel: VERSION_STATUS_LABELS[v.status],
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    pinnedCount,
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a version: its state, not its whole text. */
export function versionAuditView(v: StandardVersion) {
  return {
    id: v.id,
    standardId: v.standardId,
    version: v.version,
    status: v.status,
    label: v.label,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    ranks: v.levels.map((l) => l.rank),
  };
}

export function toCommentResponse(c: StandardVersionComment): CommentResponseDto {
  return {
    id: c.id,
    action: c.action,
    body: c.body,
    fieldPath: c.fieldPath,
    authorName: c.authorName,
    authorRole: c.authorRole,
    organizationId: c.organizationId,
    createdAt: c.createdAt.toISOString(),
  };
}

export function assertValidLevels(levels: unknown, root = 'levels'): void {
  const errors = validateStandardLevels(levels, root);
  if (errors.length > 0) throw new ValidationFailedError(errors, 'The level definitions have problems');
}

/** A standard has one version in the workflow at a time; the refusal says which one, in Chinese first. */
export function openVersionConflict(open: StandardVersion): ConflictError {
  return new ConflictError(
    'OPEN_VERSION_EXISTS',
    `本规范第${open.version}版尚在审核流程中，请先完成或撤回该版本 / Version ${open.version} is still ${open.status}; finish or withdraw it first`,
  );
}
