import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, NotFoundError, Principal, scopeOf, UnprocessableError } from '@skill-ladder/platform';
import { IsoDate, Rank, RANK_INFO } from '@skill-ladder/vocabulary';
import { LevelDefinition } from '../eligibility';
import { StandardVersion } from '../entities/standard-version.entity';
import { Standard } from '../entities/standard.entity';
import { OccupationsService } from '../occupations/occupations.service';
import { AssessmentComponent, toLevelDefinition } from './standard-levels';
import { OccupationWithVersion, PublishedVersionsRepository } from './published-versions.repository';
import { PinHolder, StandardsRepository, StandardVersionSnapshot, VisibleStandard } from './standards.repository';

export type { PinHolder, StandardVersionSnapshot } from './standards.repository';
export type { OccupationWithVersion } from './published-versions.repository';

export interface LevelLookup {
  definition: LevelDefinition;
  components: AssessmentComponent[];
  carryOverYears: number;
}

/**
 * What other modules read of standards and how they hold a version: pin and unpin, the version
 * an enterprise evaluates an occupation by, a version by id, a level of it. Writing standards is
 * StandardAuthoringService's, reviewing them StandardReviewService's.
 */
@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: StandardsRepository,
    private readonly published: PublishedVersionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly occupations: OccupationsService,
  ) {}


  /**
   * Marks a published version as used (a campaign pins the version it evaluates against); a
   * pinned version stays immutable. Idempotent per holder. Runs in the caller's transaction;
   * the caller has already decided the holder may use this version.
   */
  async pinVersion(em: EntityManager, actor: AuditActor, versionId: string, holder: PinHolder): Promise<StandardVersionSnapshot> {
    const version = await em.getRepository(StandardVersion).findOne({ where: { id: versionId }, lock: { mode: 'pessimistic_write' } });
    if (!version) throw new NotFoundError('Standard version');
    if (version.status !== 'published') throw new ConflictError('VERSION_NOT_PUBLISHED', 'Only a published version in force can be used');
    const inserted = await this.repo.insertPin(em, versionId, holder);
    const snapshot = await this.repo.snapshotOf(em, version);
    if (inserted) {
      await this.audit.record(em, actor, {
        action: 'standard_version.pin',
        entityType: 'standard_version',
        entityId: versionId,
        organizationId: snapshot.organizationId,
        after: { holderType: holder.type, holderId: holder.id },
      });
    }
    return snapshot;
  }

  async unpinVersion(em: EntityManager, actor: AuditActor, versionId: string, holder: PinHolder): Promise<void> {
    if (!(await this.repo.deletePin(em, versionId, holder))) return;
    const organizationId = await this.repo.organizationIdOfVersion(em, versionId);
    await this.audit.record(em, actor, {
      action: 'standard_version.unpin',
      entityType: 'standard_version',
      entityId: versionId,
      organizationId,
      before: { holderType: holder.type, holderId: holder.id },
    });
  }

  /**
   * The version an enterprise evaluates an occupation by on `on`: its own published
   * specification in force, else an industry one, else the national standard. Null if none.
   */
  async getPublishedVersion(
    query: { occupationCode: string; organizationId?: string | null; on?: IsoDate },
    em: EntityManager = this.dataSource.manager,
  ): Promise<StandardVersionSnapshot | null> {
    const on = query.on ?? this.clock.today();
    const id = await this.published.publishedVersionId(em, query.occupationCode, query.organizationId ?? null, on);
    return id ? this.getVersionSnapshot(id, em) : null;
  }

  /**
   * The occupation of a code and the version `getPublishedVersion` picks for it, in one
   * statement, for reads that need both on every request (a career path).
   */
  async publishedVersionWithOccupation(
    query: { occupationCode: string; organizationId: string | null; on: IsoDate },
    em: EntityManager = this.dataSource.manager,
  ): Promise<OccupationWithVersion> {
    return (await this.publishedVersionsWithOccupation([query], query.on, em))[0];
  }

  /**
   * `publishedVersionWithOccupation` for many occupation × enterprise pairs in one statement, in
   * the order asked (a region's analytics asks for every occupation of every enterprise).
   */
  async publishedVersionsWithOccupation(
    queries: readonly { occupationCode: string; organizationId: string | null }[],
    on: IsoDate,
    em: EntityManager = this.dataSource.manager,
  ): Promise<OccupationWithVersion[]> {
    return this.published.publishedVersionsWithOccupation(em, queries, on);
  }

  /** A version by id, unscoped: the caller holds a reference it already had the right to. */
  async getVersionSnapshot(versionId: string, em: EntityManager = this.dataSource.manager): Promise<StandardVersionSnapshot> {
    const version = await em.getRepository(StandardVersion).findOneBy({ id: versionId });
    if (!version) throw new NotFoundError('Standard version');
    return this.repo.snapshotOf(em, version);
  }

  /** The level definition (for the eligibility engine), components and carry-over of a rank. */
  async getLevel(versionId: string, rank: Rank, em: EntityManager = this.dataSource.manager): Promise<LevelLookup> {
    return levelOf(await this.getVersionSnapshot(versionId, em), rank);
  }

  /**
   * A version for an eligibility check of `personId`: visible to the principal as usual, or,
   * for workers, a standard of an enterprise they work at (a dispatched worker's account may
   * belong to the agency).
   */
  async versionForEligibility(
    principal: Principal,
    standardId: string,
    versionNo: number,
    workOrganizationIds: readonly string[],
  ): Promise<{ snapshot: StandardVersionSnapshot; relatedCodes: string[]; occupationName: string }> {
    const em = this.dataSource.manager;
    let visible: VisibleStandard;
    try {
      visible = await this.repo.findVisible(em, principal, standardId);
    } catch (error) {
      const standard = scopeOf(principal).kind === 'person' ? await em.getRepository(Standard).findOneBy({ id: standardId }) : null;
      if (!standard?.organizationId || !workOrganizationIds.includes(standard.organizationId)) throw error;
      visible = { standard, owner: await this.repo.ownerOf(em, standard), occupation: await this.occupations.find(em, standard.occupationId) };
    }
    const version = await this.repo.findVersion(em, standardId, versionNo);
    return { snapshot: await this.repo.snapshotOf(em, version), relatedCodes: visible.occupation.relatedCodes, occupationName: visible.occupation.nameZh };
  }
}

export function levelOf(snapshot: StandardVersionSnapshot, rank: Rank): LevelLookup {
  const level = snapshot.levels.find((l) => l.rank === rank);
  if (!level) {
    throw new UnprocessableError('LEVEL_NOT_DEFINED', `Version ${snapshot.version} defines no ${rank} level`, [
      { field: 'rank', code: 'levelNotDefined', message: `该版本未定义${RANK_INFO[rank].labelZh} / the version does not define this level` },
    ]);
  }
  return { definition: toLevelDefinition(level, snapshot.occupationCode), components: level.components, carryOverYears: level.carryOverYears };
}
