import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, NotFoundError, Principal, scopeOf, UnprocessableError, updateReturning } from '@skill-ladder/platform';
import { IsoDate, Rank, RANK_INFO } from '@skill-ladder/vocabulary';
import { LevelDefinition } from '../eligibility';
import { StandardVersion } from '../entities/standard-version.entity';
import { Standard } from '../entities/standard.entity';
import { OccupationsService } from '../occupations/occupations.service';
import { AssessmentComponent, toLevelDefinition } from './standard-levels';
import { StandardsRepository, StandardVersionSnapshot, VisibleStandard } from './standards.repository';

export type { StandardVersionSnapshot } from './standards.repository';

export interface LevelLookup {
  definition: LevelDefinition;
  components: AssessmentComponent[];
  carryOverYears: number;
}

/** Who holds a pin on a version, e.g. `{ type: 'campaign', id }`. */
export interface PinHolder {
  type: string;
  id: string;
}

/**
 * What other modules read of standards and how they hold a version: pin and unpin, the version
 * an enterprise evaluates an occupation by, a version by id, a level of it. Writing standards is
 * StandardAuthoringService's, reviewing them StandardReviewService's.
 */
/** An occupation (null for a code not in the catalogue) and the standard version in force for it at an enterprise. */
export interface OccupationWithVersion {
  occupation: { nameZh: string; relatedCodes: string[] } | null;
  version: StandardVersionSnapshot | null;
}

@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: StandardsRepository,
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
    const inserted = (await em.query(
      `INSERT INTO standard_version_pins (version_id, holder_type, holder_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING version_id`,
      [versionId, holder.type, holder.id],
    )) as unknown[];
    const snapshot = await this.repo.snapshotOf(em, version);
    if (inserted.length > 0) {
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
    const removed = await updateReturning(
      em,
      `DELETE FROM standard_version_pins WHERE version_id = $1 AND holder_type = $2 AND holder_id = $3 RETURNING version_id`,
      [versionId, holder.type, holder.id],
    );
    if (removed.length === 0) return;
    const [row] = (await em.query('SELECT s.organization_id FROM standard_versions v JOIN standards s ON s.id = v.standard_id WHERE v.id = $1', [versionId])) as {
      organization_id: string | null;
    }[];
    await this.audit.record(em, actor, {
      action: 'standard_version.unpin',
      entityType: 'standard_version',
      entityId: versionId,
      organizationId: row?.organization_id ?? null,
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
    const [row] = (await em.query(
      `SELECT v.id FROM standard_versions v
         JOIN standards s ON s.id = v.standard_id
         JOIN occupations oc ON oc.id = s.occupation_id
        WHERE oc.code = $1 AND v.status IN ('published', 'retired') AND v.effective_from <= $2 AND (v.effective_to IS NULL OR v.effective_to >= $2)
          AND (s.organization_id IS NULL OR s.organization_id = $3)
        ORDER BY CASE s.source WHEN 'enterprise' THEN 0 WHEN 'industry' THEN 1 ELSE 2 END
        LIMIT 1`,
      [query.occupationCode, on, query.organizationId ?? null],
    )) as { id: string }[];
    return row ? this.getVersionSnapshot(row.id, em) : null;
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
    if (queries.length === 0) return [];
    const rows = (await em.query(
      `SELECT q.i, oc.name_zh, oc.related_codes, v.*
         FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS q(code, organization_id, i)
         JOIN occupations oc ON oc.code = q.code
         LEFT JOIN LATERAL (
           SELECT v.id, v.standard_id, v.version, v.status, s.source, s.organization_id, v.levels,
                  v.effective_from::text AS effective_from, v.effective_to::text AS effective_to
             FROM standard_versions v JOIN standards s ON s.id = v.standard_id
            WHERE s.occupation_id = oc.id AND v.status IN ('published', 'retired') AND v.effective_from <= $3 AND (v.effective_to IS NULL OR v.effective_to >= $3)
              AND (s.organization_id IS NULL OR s.organization_id = q.organization_id)
            ORDER BY CASE s.source WHEN 'enterprise' THEN 0 WHEN 'industry' THEN 1 ELSE 2 END
            LIMIT 1
         ) v ON true`,
      [queries.map((q) => q.occupationCode), queries.map((q) => q.organizationId), on],
    )) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const byIndex = new Map(rows.map((row) => [Number(row.i), row]));
    return queries.map((query, index) => {
      const row = byIndex.get(index + 1);
      if (!row) return { occupation: null, version: null };
      return {
        occupation: { nameZh: row.name_zh, relatedCodes: row.related_codes },
        version: row.id
          ? {
              id: row.id,
              standardId: row.standard_id,
              version: row.version,
              status: row.status,
              source: row.source,
              organizationId: row.organization_id,
              occupationCode: query.occupationCode,
              effectiveFrom: row.effective_from,
              effectiveTo: row.effective_to,
              levels: row.levels,
            }
          : null,
      };
    });
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
