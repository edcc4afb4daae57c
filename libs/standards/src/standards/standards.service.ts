import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Organization, OrganizationsService } from '@skill-ladder/identity';
import {
  AuditActor,
  AuditService,
  bureauCovers,
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  UnprocessableError,
  ValidationFailedError,
  visibleOrganizationsWhere,
  updateReturning,
} from '@skill-ladder/platform';
import { LevelDefinition } from '../eligibility';
import { Occupation } from '../entities/occupation.entity';
import { StandardVersionComment } from '../entities/standard-version-comment.entity';
import { StandardVersion } from '../entities/standard-version.entity';
import { Standard, StandardSource } from '../entities/standard.entity';
import { OccupationsService } from '../occupations/occupations.service';
import {
  CommentDto,
  CommentResponseDto,
  CreateStandardDto,
  CreateVersionDto,
  ImportStandardDto,
  PublishVersionDto,
  RequestChangesDto,
  RetireVersionDto,
  ReviewStepDto,
  STANDARD_DOCUMENT_FORMAT,
  STANDARD_SOURCE_LABELS,
  StandardDocumentDto,
  StandardQueryDto,
  StandardResponseDto,
  UpdateVersionDto,
  VersionDetailDto,
  VersionSummaryDto,
} from './dto/standard.dto';
import {
  AssessmentComponent,
  nationalDefaultStandardLevels,
  sortLevels,
  StandardLevel,
  toLevelDefinition,
  validateStandardLevels,
} from './standard-levels';
import {
  editBlock,
  mayPerform,
  nextVersionStatus,
  OPEN_VERSION_STATUSES,
  VERSION_ACTIONS,
  VERSION_STATUS_LABELS,
  VERSION_TRANSITIONS,
  VersionAction,
  VersionParty,
  VersionStatus,
} from './version-workflow';
import { addDays, compareDates, IsoDate, Rank, RANK_INFO } from '@skill-ladder/vocabulary';

/** The owner of an enterprise standard, as far as scoping needs it. */
interface OwnerOrganization {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
}

interface VisibleStandard {
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

const IN_FORCE_SQL = `v.status IN ('published', 'retired') AND v.effective_from <= :on AND (v.effective_to IS NULL OR v.effective_to >= :on)`;

/**
 * Standards and their versions: who sees them, who may change them, the review workflow with
 * its comment thread, JSON export/import, and the read API other modules use (pin, in-force
 * version, level lookup).
 */
@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly occupations: OccupationsService,
  ) {}

  // ---- standards ----------------------------------------------------------------------------

  /**
   * HR creates its enterprise's evaluation specification; a bureau officer may create one for an
   * enterprise in its region; the platform administrator creates national and industry ones.
   * Version 1 starts as a draft: the given levels, else a copy of the national standard of the
   * occupation in force today, else the national template.
   */
  async create(principal: Principal, dto: CreateStandardDto): Promise<StandardResponseDto> {
    if (dto.levels) this.assertValidLevels(dto.levels);
    return this.dataSource.transaction(async (em) => {
      const occupation = await this.occupations.find(em, dto.occupationId);
      if (occupation.status !== 'active') throw new UnprocessableError('OCCUPATION_WITHDRAWN', 'The occupation is withdrawn from the catalogue');
      const { source, owner } = await this.resolveOwnership(em, principal, dto.source, dto.organizationId);
      const national = source === 'enterprise' ? await this.inForceVersionOf(em, occupation.id, 'national', this.clock.today()) : null;
      const standard = await this.insertStandard(em, principal, {
        occupation,
        source,
        owner,
        title: dto.title ?? `${occupation.nameZh}${source === 'enterprise' ? '企业评价规范' : source === 'industry' ? '行业评价规范' : '国家职业技能标准'}`,
        basedOnStandardId: national?.standardId ?? null,
      });
      const levels = dto.levels ? sortLevels(dto.levels as StandardLevel[]) : (national?.levels ?? nationalDefaultStandardLevels());
      await this.insertVersion(em, principal, standard, { version: 1, levels, label: dto.label ?? null, notes: dto.notes ?? null, createdFromVersionId: national?.id ?? null });
      return this.toStandardResponse(em, { standard, owner, occupation });
    });
  }

  async list(principal: Principal, q: StandardQueryDto): Promise<Page<StandardResponseDto>> {
    const scope = visibleOrganizationsWhere(principal, 'o');
    const qb = this.dataSource
      .getRepository(Standard)
      .createQueryBuilder('s')
      .innerJoin(Occupation, 'oc', 'oc.id = s.occupation_id')
      .leftJoin(Organization, 'o', 'o.id = s.organization_id')
      .where(`(s.organization_id IS NULL OR ${scope.sql})`, scope.params);
    if (q.occupationId) qb.andWhere('s.occupation_id = :occupationId', { occupationId: q.occupationId });
    if (q.occupationCode) qb.andWhere('oc.code = :occupationCode', { occupationCode: q.occupationCode });
    if (q.source) qb.andWhere('s.source = :source', { source: q.source });
    if (q.organizationId) qb.andWhere('s.organization_id = :organizationId', { organizationId: q.organizationId });
    if (q.versionStatus) {
      qb.andWhere('EXISTS (SELECT 1 FROM standard_versions sv WHERE sv.standard_id = s.id AND sv.status = :versionStatus)', { versionStatus: q.versionStatus });
    }
    const [rows, total] = await qb.orderBy('oc.code').addOrderBy('s.source').addOrderBy('s.title').addOrderBy('s.id').offset((q.page - 1) * q.pageSize).limit(q.pageSize).getManyAndCount();
    const items: StandardResponseDto[] = [];
    for (const standard of rows) {
      const [occupation, owner] = await Promise.all([this.occupations.find(this.dataSource.manager, standard.occupationId), this.ownerOf(this.dataSource.manager, standard)]);
      items.push(await this.toStandardResponse(this.dataSource.manager, { standard, owner, occupation }));
    }
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<StandardResponseDto> {
    const em = this.dataSource.manager;
    return this.toStandardResponse(em, await this.findVisible(em, principal, id));
  }

  // ---- versions -----------------------------------------------------------------------------

  async listVersions(principal: Principal, standardId: string): Promise<VersionSummaryDto[]> {
    const em = this.dataSource.manager;
    await this.findVisible(em, principal, standardId);
    const versions = await em.getRepository(StandardVersion).find({ where: { standardId }, order: { version: 'DESC' } });
    const pins = await this.pinCounts(em, versions.map((v) => v.id));
    return versions.map((v) => this.toSummary(v, pins.get(v.id) ?? 0));
  }

  async getVersion(principal: Principal, standardId: string, versionNo: number): Promise<VersionDetailDto> {
    const em = this.dataSource.manager;
    const visible = await this.findVisible(em, principal, standardId);
    const version = await this.findVersion(em, standardId, versionNo);
    return this.toDetail(em, version, this.partiesOf(principal, visible));
  }

  /** A new draft, copied from the latest version; one version is worked on at a time. */
  async createVersion(principal: Principal, standardId: string, dto: CreateVersionDto): Promise<VersionDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.findVisible(em, principal, standardId);
      const parties = this.requireParty(principal, visible, 'owner');
      await this.lockStandard(em, standardId);
      const versions = await em.getRepository(StandardVersion).find({ where: { standardId }, order: { version: 'DESC' } });
      const open = versions.find((v) => OPEN_VERSION_STATUSES.includes(v.status));
      if (open) throw openVersionConflict(open);
      const latest = versions[0];
      const created = await this.insertVersion(em, principal, visible.standard, {
        version: (latest?.version ?? 0) + 1,
        levels: latest?.levels ?? nationalDefaultStandardLevels(),
        label: dto.label ?? null,
        notes: dto.notes ?? latest?.notes ?? null,
        createdFromVersionId: latest?.id ?? null,
      });
      return this.toDetail(em, created, parties);
    });
  }

  async updateVersion(principal: Principal, standardId: string, versionNo: number, dto: UpdateVersionDto): Promise<VersionDetailDto> {
    if (dto.levels) this.assertValidLevels(dto.levels);
    return this.dataSource.transaction(async (em) => {
      const visible = await this.findVisible(em, principal, standardId);
      const parties = this.requireParty(principal, visible, 'owner');
      const version = await this.findVersion(em, standardId, versionNo, true);
      await this.assertEditable(em, version);
      const before = this.auditView(version);
      if (dto.label !== undefined) version.label = dto.label;
      if (dto.notes !== undefined) version.notes = dto.notes;
      if (dto.levels !== undefined) version.levels = sortLevels(dto.levels as StandardLevel[]);
      const saved = await em.getRepository(StandardVersion).save(version);
      await this.audit.record(em, principal, {
        action: 'standard_version.update',
        entityType: 'standard_version',
        entityId: saved.id,
        organizationId: visible.standard.organizationId,
        before,
        after: this.auditView(saved),
      });
      return this.toDetail(em, saved, parties);
    });
  }

  submit(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'submit', dto.comment);
  }

  withdraw(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'withdraw', dto.comment);
  }

  requestChanges(principal: Principal, standardId: string, versionNo: number, dto: RequestChangesDto) {
    return this.transition(principal, standardId, versionNo, 'request_changes', dto.comment, { fieldPath: dto.fieldPath });
  }

  approve(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'approve', dto.comment);
  }

  publish(principal: Principal, standardId: string, versionNo: number, dto: PublishVersionDto) {
    return this.transition(principal, standardId, versionNo, 'publish', dto.comment, { date: dto.effectiveFrom });
  }

  retire(principal: Principal, standardId: string, versionNo: number, dto: RetireVersionDto) {
    return this.transition(principal, standardId, versionNo, 'retire', dto.comment, { date: dto.retiredOn });
  }

  async listComments(principal: Principal, standardId: string, versionNo: number): Promise<CommentResponseDto[]> {
    const em = this.dataSource.manager;
    await this.findVisible(em, principal, standardId);
    const version = await this.findVersion(em, standardId, versionNo);
    const rows = await em.getRepository(StandardVersionComment).find({ where: { versionId: version.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toCommentResponse);
  }

  /** A remark in the thread, by the owner side or the reviewer, in any status. */
  async addComment(principal: Principal, standardId: string, versionNo: number, dto: CommentDto): Promise<CommentResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.findVisible(em, principal, standardId);
      if (this.partiesOf(principal, visible).length === 0) {
        throw new ForbiddenError('STANDARD_ACTION_NOT_ALLOWED', 'Only the owner of the standard and its reviewing bureau take part in the review thread');
      }
      const version = await this.findVersion(em, standardId, versionNo);
      const comment = await this.insertComment(em, principal, version, null, dto.body, dto.fieldPath ?? null);
      await this.audit.record(em, principal, {
        action: 'standard_version.comment',
        entityType: 'standard_version',
        entityId: version.id,
        organizationId: visible.standard.organizationId,
        after: { commentId: comment.id, fieldPath: comment.fieldPath },
      });
      return toCommentResponse(comment);
    });
  }

  // ---- export / import ----------------------------------------------------------------------

  /** The version in force today by default, else the latest, as a portable JSON document. */
  async export(principal: Principal, standardId: string, versionNo?: number): Promise<StandardDocumentDto> {
    const em = this.dataSource.manager;
    const { standard, occupation } = await this.findVisible(em, principal, standardId);
    let version: StandardVersion | null;
    if (versionNo !== undefined) version = await this.findVersion(em, standardId, versionNo);
    else {
      const inForce = await this.inForceVersionRow(em, standardId, this.clock.today());
      version = inForce ?? (await em.getRepository(StandardVersion).findOne({ where: { standardId }, order: { version: 'DESC' } }));
    }
    if (!version) throw new NotFoundError('Standard version');
    return {
      format: STANDARD_DOCUMENT_FORMAT,
      exportedAt: this.clock.now().toISOString(),
      occupation: { code: occupation.code, nameZh: occupation.nameZh, nameEn: occupation.nameEn },
      standard: { title: standard.title, source: standard.source },
      version: {
        version: version.version,
        label: version.label,
        status: version.status,
        effectiveFrom: version.effectiveFrom,
        effectiveTo: version.effectiveTo,
        notes: version.notes,
        levels: version.levels,
      },
    };
  }

  /**
   * Takes a shared standard into an enterprise as a draft of its own: a new enterprise standard
   * for the occupation, or a new draft version of the one it has. The bureau still reviews it.
   */
  async import(principal: Principal, dto: ImportStandardDto): Promise<VersionDetailDto & { standard: StandardResponseDto }> {
    this.assertValidLevels(dto.document.version.levels, 'document.version.levels');
    return this.dataSource.transaction(async (em) => {
      const occupation = await this.occupations.findByCode(em, dto.document.occupation.code);
      if (!occupation) {
        throw new UnprocessableError('OCCUPATION_UNKNOWN', 'The occupation of the document is not in the catalogue', [
          { field: 'document.occupation.code', code: 'unknownOccupation', message: '职业目录中没有该职业，请先新增 / add the occupation first' },
        ]);
      }
      const { source, owner } = await this.resolveOwnership(em, principal, 'enterprise', dto.organizationId);
      const levels = sortLevels(dto.document.version.levels as StandardLevel[]);
      const notes = dto.document.version.notes ?? null;
      const existing = await em.getRepository(Standard).findOneBy({ organizationId: owner!.id, occupationId: occupation.id });
      let standard: Standard;
      let version: StandardVersion;
      if (existing) {
        standard = existing;
        await this.lockStandard(em, standard.id);
        const versions = await em.getRepository(StandardVersion).find({ where: { standardId: standard.id }, order: { version: 'DESC' } });
        const open = versions.find((v) => OPEN_VERSION_STATUSES.includes(v.status));
        if (open) throw openVersionConflict(open);
        version = await this.insertVersion(em, principal, standard, { version: versions[0].version + 1, levels, label: null, notes, createdFromVersionId: null });
      } else {
        standard = await this.insertStandard(em, principal, { occupation, source, owner, title: dto.title ?? dto.document.standard.title, basedOnStandardId: null });
        version = await this.insertVersion(em, principal, standard, { version: 1, levels, label: null, notes, createdFromVersionId: null });
      }
      const visible = { standard, owner, occupation };
      return { ...(await this.toDetail(em, version, this.partiesOf(principal, visible))), standard: await this.toStandardResponse(em, visible) };
    });
  }

  // ---- for other modules --------------------------------------------------------------------

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
    const snapshot = await this.snapshotOf(em, version);
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
  ): Promise<{ occupation: { nameZh: string; relatedCodes: string[] } | null; version: StandardVersionSnapshot | null }> {
    const [row] = (await em.query(
      `SELECT oc.name_zh, oc.related_codes, v.*
         FROM occupations oc
         LEFT JOIN LATERAL (
           SELECT v.id, v.standard_id, v.version, v.status, s.source, s.organization_id, v.levels,
                  v.effective_from::text AS effective_from, v.effective_to::text AS effective_to
             FROM standard_versions v JOIN standards s ON s.id = v.standard_id
            WHERE s.occupation_id = oc.id AND v.status IN ('published', 'retired') AND v.effective_from <= $2 AND (v.effective_to IS NULL OR v.effective_to >= $2)
              AND (s.organization_id IS NULL OR s.organization_id = $3)
            ORDER BY CASE s.source WHEN 'enterprise' THEN 0 WHEN 'industry' THEN 1 ELSE 2 END
            LIMIT 1
         ) v ON true
        WHERE oc.code = $1`,
      [query.occupationCode, query.on, query.organizationId],
    )) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
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
  }

  /** A version by id, unscoped: the caller holds a reference it already had the right to. */
  async getVersionSnapshot(versionId: string, em: EntityManager = this.dataSource.manager): Promise<StandardVersionSnapshot> {
    const version = await em.getRepository(StandardVersion).findOneBy({ id: versionId });
    if (!version) throw new NotFoundError('Standard version');
    return this.snapshotOf(em, version);
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
  ): Promise<{ snapshot: StandardVersionSnapshot; relatedCodes: string[] }> {
    const em = this.dataSource.manager;
    let visible: VisibleStandard;
    try {
      visible = await this.findVisible(em, principal, standardId);
    } catch (error) {
      const standard = principal.actingAs === 'worker' ? await em.getRepository(Standard).findOneBy({ id: standardId }) : null;
      if (!standard?.organizationId || !workOrganizationIds.includes(standard.organizationId)) throw error;
      visible = { standard, owner: await this.ownerOf(em, standard), occupation: await this.occupations.find(em, standard.occupationId) };
    }
    const version = await this.findVersion(em, standardId, versionNo);
    return { snapshot: await this.snapshotOf(em, version), relatedCodes: visible.occupation.relatedCodes };
  }

  // ---- internals ----------------------------------------------------------------------------

  private async transition(
    principal: Principal,
    standardId: string,
    versionNo: number,
    action: VersionAction,
    comment: string | undefined,
    options: { date?: IsoDate; fieldPath?: string } = {},
  ): Promise<VersionDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.findVisible(em, principal, standardId);
      const parties = this.partiesOf(principal, visible);
      if (!mayPerform(action, parties)) {
        throw new ForbiddenError(
          'STANDARD_ACTION_NOT_ALLOWED',
          VERSION_TRANSITIONS[action].by.includes('reviewer') && !VERSION_TRANSITIONS[action].by.includes('owner')
            ? 'Only the bureau whose region covers the owner reviews this standard'
            : 'Only the owner of the standard (or the bureau acting for it) may do this',
        );
      }
      await this.lockStandard(em, standardId);
      const version = await this.findVersion(em, standardId, versionNo, true);
      const next = nextVersionStatus(version.status, action);
      if (!next) throw new ConflictError('INVALID_TRANSITION', `Cannot ${action.replace('_', ' ')} a version that is ${version.status}`);
      if (VERSION_TRANSITIONS[action].commentRequired && !comment) {
        throw new UnprocessableError('COMMENT_REQUIRED', 'This step needs a comment', [{ field: 'comment', code: 'required', message: '请填写意见 / a comment is required' }]);
      }
      const before = this.auditView(version);
      const now = this.clock.now();
      const today = this.clock.today();
      switch (action) {
        case 'submit':
          this.assertValidLevels(version.levels);
          version.submittedBy = principal.userId;
          version.submittedAt = now;
          break;
        case 'request_changes':
        case 'approve':
          if (action === 'approve' && version.submittedBy === principal.userId) {
            throw new ForbiddenError('SELF_APPROVAL', 'The one who submitted a version cannot approve it');
          }
          version.reviewedBy = principal.userId;
          version.reviewedAt = now;
          break;
        case 'publish': {
          const from = options.date ?? today;
          if (compareDates(from, today) < 0) throw dateError('effectiveFrom', 'EFFECTIVE_DATE_IN_PAST', '生效日期不得早于今天 / cannot take effect in the past');
          const [latest] = (await em.query(
            `SELECT max(effective_from)::text AS d FROM standard_versions
              WHERE standard_id = $1 AND status IN ('published', 'retired') AND (effective_to IS NULL OR effective_to >= effective_from)`,
            [standardId],
          )) as { d: string | null }[];
          if (latest.d && compareDates(from, latest.d) <= 0) {
            throw dateError('effectiveFrom', 'EFFECTIVE_DATE_NOT_AFTER_CURRENT', `须晚于现行版本的生效日期 ${latest.d} / must be after ${latest.d}`);
          }
          // The version in force until now ends the day before; history stays as it was.
          await em.query(
            `UPDATE standard_versions SET effective_to = $2::date - 1, updated_at = now()
              WHERE standard_id = $1 AND status IN ('published', 'retired') AND (effective_to IS NULL OR effective_to >= $2::date)`,
            [standardId, from],
          );
          version.effectiveFrom = from;
          version.effectiveTo = null;
          version.publishedBy = principal.userId;
          version.publishedAt = now;
          break;
        }
        case 'retire': {
          const on = options.date ?? today;
          if (compareDates(on, today) < 0) throw dateError('retiredOn', 'RETIRE_DATE_IN_PAST', '废止日期不得早于今天 / cannot retire in the past');
          const lastDay = addDays(on, -1);
          const floor = addDays(version.effectiveFrom as string, -1);
          const end = compareDates(lastDay, floor) < 0 ? floor : lastDay;
          if (version.effectiveTo === null || compareDates(end, version.effectiveTo) < 0) version.effectiveTo = end;
          version.retiredBy = principal.userId;
          version.retiredAt = now;
          break;
        }
        case 'withdraw':
          break;
      }
      version.status = next;
      const saved = await em.getRepository(StandardVersion).save(version);
      await this.insertComment(em, principal, saved, action, comment ?? null, options.fieldPath ?? null);
      await this.audit.record(em, principal, {
        action: `standard_version.${action}`,
        entityType: 'standard_version',
        entityId: saved.id,
        organizationId: visible.standard.organizationId,
        before,
        after: this.auditView(saved),
        reason: comment ?? null,
      });
      return this.toDetail(em, saved, parties);
    });
  }

  /**
   * The standard if the principal may see it, else 404: national and industry standards for
   * everyone signed in; an enterprise's for its own people, the bureaus covering its region and
   * the platform.
   */
  private async findVisible(em: EntityManager, principal: Principal, id: string): Promise<VisibleStandard> {
    const scope = visibleOrganizationsWhere(principal, 'o');
    const standard = await em
      .getRepository(Standard)
      .createQueryBuilder('s')
      .leftJoin(Organization, 'o', 'o.id = s.organization_id')
      .where('s.id = :id', { id })
      .andWhere(`(s.organization_id IS NULL OR ${scope.sql})`, scope.params)
      .getOne();
    if (!standard) throw new NotFoundError('Standard');
    const [owner, occupation] = await Promise.all([this.ownerOf(em, standard), this.occupations.find(em, standard.occupationId)]);
    return { standard, owner, occupation };
  }

  private async ownerOf(em: EntityManager, standard: Standard): Promise<OwnerOrganization | null> {
    if (!standard.organizationId) return null;
    const org = await em.getRepository(Organization).findOneByOrFail({ id: standard.organizationId });
    return { id: org.id, name: org.name, kind: org.kind, regionCode: org.regionCode };
  }

  /**
   * owner: HR of the owning enterprise, or a bureau officer covering it (acting for it);
   * reviewer: a bureau officer covering the owner. National and industry standards: the platform.
   */
  private partiesOf(principal: Principal, { standard, owner }: Pick<VisibleStandard, 'standard' | 'owner'>): VersionParty[] {
    if (!owner) return principal.actingAs === 'platform_admin' ? ['owner', 'reviewer'] : [];
    if (principal.actingAs === 'hr_admin' && principal.organizationId === standard.organizationId) return ['owner'];
    if (principal.actingAs === 'bureau_officer' && principal.regionCode && bureauCovers(principal.regionCode, owner.regionCode)) return ['owner', 'reviewer'];
    return [];
  }

  private requireParty(principal: Principal, visible: VisibleStandard, party: VersionParty): VersionParty[] {
    const parties = this.partiesOf(principal, visible);
    if (!parties.includes(party)) {
      throw new ForbiddenError('STANDARD_ACTION_NOT_ALLOWED', 'Only the owner of the standard (or the bureau acting for it) may do this');
    }
    return parties;
  }

  private async resolveOwnership(
    em: EntityManager,
    principal: Principal,
    requested: StandardSource | undefined,
    organizationId: string | undefined,
  ): Promise<{ source: StandardSource; owner: OwnerOrganization | null }> {
    if (principal.actingAs === 'platform_admin') {
      const source = requested ?? 'national';
      if (source === 'enterprise' || organizationId) {
        throw new UnprocessableError('STANDARD_OWNER_INVALID', 'The platform keeps national and industry standards; enterprises and their bureau write enterprise ones', [
          { field: requested === 'enterprise' ? 'source' : 'organizationId', code: 'notAllowed', message: '平台只维护国家和行业标准 / national or industry only' },
        ]);
      }
      return { source, owner: null };
    }
    if (requested && requested !== 'enterprise') {
      throw new UnprocessableError('STANDARD_OWNER_INVALID', 'Enterprises and bureaus write enterprise evaluation specifications', [
        { field: 'source', code: 'notAllowed', message: '只能创建企业评价规范 / enterprise specifications only' },
      ]);
    }
    let ownerId: string;
    if (principal.actingAs === 'hr_admin') {
      if (organizationId && organizationId !== principal.organizationId) throw new NotFoundError('Organization');
      ownerId = principal.organizationId as string;
    } else {
      if (!organizationId) {
        throw new UnprocessableError('STANDARD_OWNER_REQUIRED', 'Name the enterprise the specification belongs to', [
          { field: 'organizationId', code: 'required', message: '请指定所属企业 / name the enterprise' },
        ]);
      }
      ownerId = organizationId;
    }
    const org = await this.organizations.findVisible(em, principal, ownerId);
    if (org.kind !== 'enterprise') {
      throw new UnprocessableError('STANDARD_OWNER_INVALID', 'Evaluation specifications belong to enterprises', [
        { field: 'organizationId', code: 'organizationKind', message: '评价规范只属于企业 / must be an enterprise' },
      ]);
    }
    return { source: 'enterprise', owner: { id: org.id, name: org.name, kind: org.kind, regionCode: org.regionCode } };
  }

  private async insertStandard(
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

  private async insertVersion(
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
      after: this.auditView(saved),
    });
    return saved;
  }

  private async insertComment(
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

  private async findVersion(em: EntityManager, standardId: string, versionNo: number, lock = false): Promise<StandardVersion> {
    const version = await em.getRepository(StandardVersion).findOne({
      where: { standardId, version: versionNo },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!version) throw new NotFoundError('Standard version');
    return version;
  }

  /** Serializes version numbering, publishing and imports per standard. */
  private async lockStandard(em: EntityManager, standardId: string): Promise<void> {
    await em.query('SELECT 1 FROM standards WHERE id = $1 FOR UPDATE', [standardId]);
  }

  private async assertEditable(em: EntityManager, version: StandardVersion): Promise<void> {
    const block = editBlock(version.status, (await this.pinCounts(em, [version.id])).has(version.id));
    if (block === 'VERSION_IMMUTABLE') {
      throw new ConflictError('VERSION_IMMUTABLE', `Version ${version.version} is ${version.status === 'draft' || version.status === 'changes_requested' ? 'in use' : version.status} and can no longer change; create a new version`);
    }
    if (block === 'VERSION_NOT_EDITABLE') {
      throw new ConflictError('VERSION_NOT_EDITABLE', `Version ${version.version} is ${version.status}; withdraw it or wait for the review before editing`);
    }
  }

  private assertValidLevels(levels: unknown, root = 'levels'): void {
    const errors = validateStandardLevels(levels, root);
    if (errors.length > 0) throw new ValidationFailedError(errors, 'The level definitions have problems');
  }

  private async pinCounts(em: EntityManager, versionIds: string[]): Promise<Map<string, number>> {
    if (versionIds.length === 0) return new Map();
    const rows = (await em.query('SELECT version_id, count(*)::int AS n FROM standard_version_pins WHERE version_id = ANY($1) GROUP BY version_id', [
      versionIds,
    ])) as { version_id: string; n: number }[];
    return new Map(rows.map((r) => [r.version_id, r.n]));
  }

  private async inForceVersionRow(em: EntityManager, standardId: string, on: IsoDate): Promise<StandardVersion | null> {
    return em
      .getRepository(StandardVersion)
      .createQueryBuilder('v')
      .where('v.standard_id = :standardId', { standardId })
      .andWhere(IN_FORCE_SQL, { on })
      .getOne();
  }

  private async inForceVersionOf(em: EntityManager, occupationId: string, source: StandardSource, on: IsoDate): Promise<StandardVersionSnapshot | null> {
    const standard = await em
      .getRepository(Standard)
      .createQueryBuilder('s')
      .where('s.occupation_id = :occupationId AND s.source = :source AND s.organization_id IS NULL', { occupationId, source })
      .getOne();
    if (!standard) return null;
    const version = await this.inForceVersionRow(em, standard.id, on);
    return version ? this.snapshotOf(em, version) : null;
  }

  private async snapshotOf(em: EntityManager, version: StandardVersion): Promise<StandardVersionSnapshot> {
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

  private async toStandardResponse(em: EntityManager, { standard, owner, occupation }: VisibleStandard): Promise<StandardResponseDto> {
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
      inForce: inForce ? this.toSummary(inForce, pins.get(inForce.id) ?? 0) : null,
      latestVersion: latest ? this.toSummary(latest, pins.get(latest.id) ?? 0) : null,
      createdAt: standard.createdAt.toISOString(),
    };
  }

  private toSummary(v: StandardVersion, pinnedCount: number): VersionSummaryDto {
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

  private async toDetail(em: EntityManager, v: StandardVersion, parties: VersionParty[]): Promise<VersionDetailDto> {
    const pinnedCount = (await this.pinCounts(em, [v.id])).get(v.id) ?? 0;
    return {
      ...this.toSummary(v, pinnedCount),
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

  /** What the audit trail keeps of a version: its state, not its whole text. */
  private auditView(v: StandardVersion) {
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

function toCommentResponse(c: StandardVersionComment): CommentResponseDto {
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

function dateError(field: string, code: string, message: string): DomainError {
  return new UnprocessableError(code, message, [{ field, code, message }]);
}

/** A standard has one version in the workflow at a time; the refusal says which one, in Chinese first. */
function openVersionConflict(open: StandardVersion): ConflictError {
  return new ConflictError(
    'OPEN_VERSION_EXISTS',
    `本规范第${open.version}版尚在审核流程中，请先完成或撤回该版本 / Version ${open.version} is still ${open.status}; finish or withdraw it first`,
  );
}
