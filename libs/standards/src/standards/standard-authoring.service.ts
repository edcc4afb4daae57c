import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationsService } from '@skill-ladder/identity';
import { NotFoundError, Page, Principal, scopeOf, UnprocessableError } from '@skill-ladder/platform';
import { StandardVersion } from '../entities/standard-version.entity';
import { Standard, StandardSource } from '../entities/standard.entity';
import { Occupation } from '../entities/occupation.entity';
import { OccupationsService } from '../occupations/occupations.service';
import { STANDARD_OWNER, visibleStandardsWhere } from '../standards-scope';
import {
  CreateStandardDto,
  CreateVersionDto,
  ImportStandardDto,
  STANDARD_DOCUMENT_FORMAT,
  StandardDocumentDto,
  StandardQueryDto,
  StandardResponseDto,
  UpdateVersionDto,
  VersionDetailDto,
  VersionSummaryDto,
} from './dto/standard.dto';
import { partiesOf, requireParty } from './standard-parties';
import { nationalDefaultStandardLevels, sortLevels, StandardLevel } from './standard-levels';
import { assertValidLevels, openVersionConflict, OwnerOrganization, StandardsRepository, toVersionSummary, versionAuditView } from './standards.repository';
import { OPEN_VERSION_STATUSES } from './version-workflow';
import { AuditService, Clock } from '@skill-ladder/platform';

/**
 * Writing standards: who sees them, creating one and its versions, editing a draft, and the
 * JSON export/import that lets one enterprise take over another's specification as a draft.
 * The review workflow is StandardReviewService's; what other libs read is StandardsService's.
 */
@Injectable()
export class StandardAuthoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: StandardsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly occupations: OccupationsService,
  ) {}


  /**
   * HR creates its enterprise's evaluation specification; a bureau officer may create one for an
   * enterprise in its region; the platform administrator creates national and industry ones.
   * Version 1 starts as a draft: the given levels, else a copy of the national standard of the
   * occupation in force today, else the national template.
   */
  async create(principal: Principal, dto: CreateStandardDto): Promise<StandardResponseDto> {
    if (dto.levels) assertValidLevels(dto.levels);
    return this.dataSource.transaction(async (em) => {
      const occupation = await this.occupations.find(em, dto.occupationId);
      if (occupation.status !== 'active') throw new UnprocessableError('OCCUPATION_WITHDRAWN', 'The occupation is withdrawn from the catalogue');
      const { source, owner } = await this.resolveOwnership(em, principal, dto.source, dto.organizationId);
      const national = source === 'enterprise' ? await this.repo.inForceVersionOf(em, occupation.id, 'national', this.clock.today()) : null;
      const standard = await this.repo.insertStandard(em, principal, {
        occupation,
        source,
        owner,
        title: dto.title ?? `${occupation.nameZh}${source === 'enterprise' ? '企业评价规范' : source === 'industry' ? '行业评价规范' : '国家职业技能标准'}`,
        basedOnStandardId: national?.standardId ?? null,
      });
      const levels = dto.levels ? sortLevels(dto.levels as StandardLevel[]) : (national?.levels ?? nationalDefaultStandardLevels());
      await this.repo.insertVersion(em, principal, standard, { version: 1, levels, label: dto.label ?? null, notes: dto.notes ?? null, createdFromVersionId: national?.id ?? null });
      return this.repo.toStandardResponse(em, { standard, owner, occupation });
    });
  }

  async list(principal: Principal, q: StandardQueryDto): Promise<Page<StandardResponseDto>> {
    const visible = visibleStandardsWhere(principal, 's');
    const qb = this.dataSource.getRepository(Standard).createQueryBuilder('s').innerJoin(Occupation, 'oc', 'oc.id = s.occupation_id').where(visible.sql, visible.params);
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
      const [occupation, owner] = await Promise.all([this.occupations.find(this.dataSource.manager, standard.occupationId), this.repo.ownerOf(this.dataSource.manager, standard)]);
      items.push(await this.repo.toStandardResponse(this.dataSource.manager, { standard, owner, occupation }));
    }
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<StandardResponseDto> {
    const em = this.dataSource.manager;
    return this.repo.toStandardResponse(em, await this.repo.findVisible(em, principal, id));
  }

  // ---- versions -----------------------------------------------------------------------------

  async listVersions(principal: Principal, standardId: string): Promise<VersionSummaryDto[]> {
    const em = this.dataSource.manager;
    await this.repo.findVisible(em, principal, standardId);
    const versions = await em.getRepository(StandardVersion).find({ where: { standardId }, order: { version: 'DESC' } });
    const pins = await this.repo.pinCounts(em, versions.map((v) => v.id));
    return versions.map((v) => toVersionSummary(v, pins.get(v.id) ?? 0));
  }

  async getVersion(principal: Principal, standardId: string, versionNo: number): Promise<VersionDetailDto> {
    const em = this.dataSource.manager;
    const visible = await this.repo.findVisible(em, principal, standardId);
    const version = await this.repo.findVersion(em, standardId, versionNo);
    return this.repo.toDetail(em, version, partiesOf(principal, visible));
  }

  /** A new draft, copied from the latest version; one version is worked on at a time. */
  async createVersion(principal: Principal, standardId: string, dto: CreateVersionDto): Promise<VersionDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.repo.findVisible(em, principal, standardId);
      const parties = requireParty(principal, visible, 'owner');
      await this.repo.lockStandard(em, standardId);
      const versions = await em.getRepository(StandardVersion).find({ where: { standardId }, order: { version: 'DESC' } });
      const open = versions.find((v) => OPEN_VERSION_STATUSES.includes(v.status));
      if (open) throw openVersionConflict(open);
      const latest = versions[0];
      const created = await this.repo.insertVersion(em, principal, visible.standard, {
        version: (latest?.version ?? 0) + 1,
        levels: latest?.levels ?? nationalDefaultStandardLevels(),
        label: dto.label ?? null,
        notes: dto.notes ?? latest?.notes ?? null,
        createdFromVersionId: latest?.id ?? null,
      });
      return this.repo.toDetail(em, created, parties);
    });
  }

  async updateVersion(principal: Principal, standardId: string, versionNo: number, dto: UpdateVersionDto): Promise<VersionDetailDto> {
    if (dto.levels) assertValidLevels(dto.levels);
    return this.dataSource.transaction(async (em) => {
      const visible = await this.repo.findVisible(em, principal, standardId);
      const parties = requireParty(principal, visible, 'owner');
      const version = await this.repo.findVersion(em, standardId, versionNo, true);
      await this.repo.assertEditable(em, version);
      const before = versionAuditView(version);
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
        after: versionAuditView(saved),
      });
      return this.repo.toDetail(em, saved, parties);
    });
  }

  // ---- export / import ----------------------------------------------------------------------

  /** The version in force today by default, else the latest, as a portable JSON document. */
  async export(principal: Principal, standardId: string, versionNo?: number): Promise<StandardDocumentDto> {
    const em = this.dataSource.manager;
    const { standard, occupation } = await this.repo.findVisible(em, principal, standardId);
    let version: StandardVersion | null;
    if (versionNo !== undefined) version = await this.repo.findVersion(em, standardId, versionNo);
    else {
      const inForce = await this.repo.inForceVersionRow(em, standardId, this.clock.today());
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
    assertValidLevels(dto.document.version.levels, 'document.version.levels');
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
        await this.repo.lockStandard(em, standard.id);
        const versions = await em.getRepository(StandardVersion).find({ where: { standardId: standard.id }, order: { version: 'DESC' } });
        const open = versions.find((v) => OPEN_VERSION_STATUSES.includes(v.status));
        if (open) throw openVersionConflict(open);
        version = await this.repo.insertVersion(em, principal, standard, { version: versions[0].version + 1, levels, label: null, notes, createdFromVersionId: null });
      } else {
        standard = await this.repo.insertStandard(em, principal, { occupation, source, owner, title: dto.title ?? dto.document.standard.title, basedOnStandardId: null });
        version = await this.repo.insertVersion(em, principal, standard, { version: 1, levels, label: null, notes, createdFromVersionId: null });
      }
      const visible = { standard, owner, occupation };
      return { ...(await this.repo.toDetail(em, version, partiesOf(principal, visible))), standard: await this.repo.toStandardResponse(em, visible) };
    });
  }

  /**
   * What the new standard is and whose: the platform writes national and industry ones, HR its own
   * enterprise's, a bureau one of an enterprise in its region; the owner is one the caller is
   * `STANDARD_OWNER` for.
   */
  private async resolveOwnership(
    em: EntityManager,
    principal: Principal,
    requested: StandardSource | undefined,
    organizationId: string | undefined,
  ): Promise<{ source: StandardSource; owner: OwnerOrganization | null }> {
    const scope = scopeOf(principal);
    if (scope.kind === 'all') {
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
    if (scope.kind === 'organization') {
      if (organizationId && organizationId !== scope.organizationId) throw new NotFoundError('Organization');
      ownerId = scope.organizationId as string;
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
    if (!STANDARD_OWNER.allows(scope, { organizationId: org.id, ownerRegion: org.regionCode })) throw new NotFoundError('Organization');
    return { source: 'enterprise', owner: { id: org.id, name: org.name, kind: org.kind, regionCode: org.regionCode } };
  }
}
