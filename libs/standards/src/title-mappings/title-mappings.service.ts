import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  scopeOf,
  UnprocessableError,
} from '@skill-ladder/platform';
import { TITLE_MAPPING_CHANGES } from '../standards-scope';
import { OrganizationsReader } from '@skill-ladder/identity';
import { WorkersService } from '@skill-ladder/workforce';
import { TitleMapping } from '../entities/title-mapping.entity';
import { currentEmployments } from '../worker-eligibility/worker-facts.mapper';
import {
  CreateTitleMappingDto,
  TitleMappingQueryDto,
  TitleMappingResponseDto,
  UpdateTitleMappingDto,
} from './dto/title-mapping.dto';
import { evaluateTitleOptions, rulesInForce, TitleMappingRule, TitleOptionsReport } from './title-options';
import { compareDates } from '@skill-ladder/vocabulary';

/**
 * 比照认定 rules. National defaults belong to the platform; a bureau keeps the rules of its
 * region, which replace the national (or a wider bureau's) rule for the same step. Everyone
 * signed in reads them. A rule that has taken effect is history: it can be ended, not rewritten.
 */
@Injectable()
export class TitleMappingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly workers: WorkersService,
    private readonly organizations: OrganizationsReader,
  ) {}

  async list(q: TitleMappingQueryDto): Promise<Page<TitleMappingResponseDto>> {
    const qb = this.dataSource.getRepository(TitleMapping).createQueryBuilder('m');
    if (q.direction) qb.andWhere('m.direction = :direction', { direction: q.direction });
    if (q.appliesIn) {
      // The bureaus covering a region sit at its province, prefecture and county codes.
      const r = q.appliesIn;
      qb.andWhere('(m.region_code IS NULL OR m.region_code = ANY(:covering))', { covering: [`${r.slice(0, 2)}0000`, `${r.slice(0, 4)}00`, r] });
    }
    if (q.activeOn) qb.andWhere('m.effective_from <= :on AND (m.effective_to IS NULL OR m.effective_to >= :on)', { on: q.activeOn });
    const [rows, total] = await qb
      .orderBy('m.region_code', 'ASC', 'NULLS FIRST')
      .addOrderBy('m.direction')
      .addOrderBy('m.rank')
      .addOrderBy('m.effective_from')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(TitleMappingResponseDto.from), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<TitleMappingResponseDto> {
    const mapping = await this.dataSource.getRepository(TitleMapping).findOneBy({ id });
    if (!mapping) throw new NotFoundError('Title mapping');
    return TitleMappingResponseDto.from(mapping);
  }

  /** A bureau's rule for its own region; the platform's are national defaults. */
  async create(principal: Principal, dto: CreateTitleMappingDto): Promise<TitleMappingResponseDto> {
    if (dto.effectiveTo && compareDates(dto.effectiveTo, dto.effectiveFrom) < 0) throw effectiveToBeforeFrom();
    return this.write(async (em) => {
      const repo = em.getRepository(TitleMapping);
      const national = scopeOf(principal).kind === 'all';
      const saved = await repo.save(
        repo.create({
          organizationId: national ? null : principal.organizationId,
          regionCode: national ? null : principal.regionCode,
          direction: dto.direction,
          rank: dto.rank,
          titleSeries: dto.titleSeries ?? null,
          titleGrade: dto.titleGrade,
          titleName: dto.titleName,
          years: dto.years,
          effectiveFrom: dto.effectiveFrom,
          effectiveTo: dto.effectiveTo ?? null,
          basis: dto.basis ?? null,
          note: dto.note ?? null,
          createdBy: principal.userId,
        }),
      );
      const after = TitleMappingResponseDto.from(saved);
      await this.audit.record(em, principal, { action: 'title_mapping.create', entityType: 'title_mapping', entityId: saved.id, organizationId: saved.organizationId, after });
      return after;
    });
  }

  async update(principal: Principal, id: string, dto: UpdateTitleMappingDto): Promise<TitleMappingResponseDto> {
    return this.write(async (em) => {
      const mapping = await this.findOwned(em, principal, id);
      const today = this.clock.today();
      const started = compareDates(mapping.effectiveFrom, today) <= 0;
      if (started && (dto.titleName !== undefined || dto.years !== undefined || dto.effectiveFrom !== undefined)) {
        throw new ConflictError('TITLE_MAPPING_IN_FORCE', 'The rule has taken effect; end it and add a new rule instead of rewriting it');
      }
      if (dto.effectiveFrom !== undefined && compareDates(dto.effectiveFrom, today) < 0) {
        throw new UnprocessableError('EFFECTIVE_DATE_IN_PAST', 'A rule not yet in force cannot be moved into the past', [
          { field: 'effectiveFrom', code: 'inPast', message: '生效日期不得早于今天 / cannot start in the past' },
        ]);
      }
      if (started && dto.effectiveTo !== undefined && compareDates(dto.effectiveTo, today) < 0) {
        throw new UnprocessableError('EFFECTIVE_TO_IN_PAST', 'A rule in force can end today at the earliest', [
          { field: 'effectiveTo', code: 'inPast', message: '截止日期不得早于今天 / cannot end in the past' },
        ]);
      }
      const before = TitleMappingResponseDto.from(mapping);
      if (dto.titleName !== undefined) mapping.titleName = dto.titleName;
      if (dto.years !== undefined) mapping.years = dto.years;
      if (dto.effectiveFrom !== undefined) mapping.effectiveFrom = dto.effectiveFrom;
      if (dto.effectiveTo !== undefined) mapping.effectiveTo = dto.effectiveTo;
      if (dto.basis !== undefined) mapping.basis = dto.basis;
      if (dto.note !== undefined) mapping.note = dto.note;
      if (mapping.effectiveTo && compareDates(mapping.effectiveTo, mapping.effectiveFrom) < 0) throw effectiveToBeforeFrom();
      const saved = await em.getRepository(TitleMapping).save(mapping);
      const after = TitleMappingResponseDto.from(saved);
      await this.audit.record(em, principal, {
        action: 'title_mapping.update',
        entityType: 'title_mapping',
        entityId: id,
        organizationId: saved.organizationId,
        before,
        after,
        reason: dto.reason ?? null,
      });
      return after;
    });
  }

  /** Only a rule that never took effect may be deleted; one in force is ended instead. */
  async remove(principal: Principal, id: string): Promise<void> {
    await this.write(async (em) => {
      const mapping = await this.findOwned(em, principal, id);
      if (compareDates(mapping.effectiveFrom, this.clock.today()) <= 0) {
        throw new ConflictError('TITLE_MAPPING_IN_FORCE', 'The rule has taken effect; set effectiveTo to end it');
      }
      const before = TitleMappingResponseDto.from(mapping);
      await em.getRepository(TitleMapping).delete({ id });
      await this.audit.record(em, principal, { action: 'title_mapping.delete', entityType: 'title_mapping', entityId: id, organizationId: mapping.organizationId, before });
    });
  }

  /**
   * Which titles the worker may apply for on `asOf` and when the others open, under the rules
   * in force where the worker works (the region of the work organization of their running
   * employment, the earliest hired first), national defaults otherwise.
   */
  async titleOptions(principal: Principal, personId: string, asOf?: string): Promise<TitleOptionsReport> {
    const on = asOf ?? this.clock.today();
    const record = await this.workers.getRecord(principal, personId);
    const running = currentEmployments(record, on).sort((a, b) => compareDates(a.hiredOn, b.hiredOn));
    let regionCode: string | null = null;
    if (running.length > 0) {
      // The worker record carries organization ids only; the region is a property of the organization.
      const [org] = await this.organizations.byIds([running[0].workOrganizationId]);
      regionCode = org?.regionCode ?? null;
    }
    const rules = (await this.dataSource.getRepository(TitleMapping).find()).map(
      (m): TitleMappingRule => ({
        id: m.id,
        regionCode: m.regionCode,
        direction: m.direction,
        rank: m.rank,
        titleSeries: m.titleSeries,
        titleGrade: m.titleGrade,
        titleName: m.titleName,
        years: m.years,
        effectiveFrom: m.effectiveFrom,
        effectiveTo: m.effectiveTo,
      }),
    );
    return evaluateTitleOptions(
      rulesInForce(rules, regionCode, on),
      {
        credentials: record.credentials
          .filter((c) => c.status === 'valid')
          .map((c) => ({ id: c.id, rank: c.rank, occupationCode: c.occupationCode, obtainedOn: c.issuedOn })),
        titles: record.titles.map((t) => ({ id: t.id, series: t.series, grade: t.grade, obtainedOn: t.obtainedOn })),
      },
      on,
      regionCode,
    );
  }

  /** Readable by all, so a rule of someone else (`TITLE_MAPPING_CHANGES`) answers 403 (not 404) to a change. */
  private async findOwned(em: EntityManager, principal: Principal, id: string): Promise<TitleMapping> {
    const mapping = await em.getRepository(TitleMapping).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!mapping) throw new NotFoundError('Title mapping');
    if (!TITLE_MAPPING_CHANGES.allows(scopeOf(principal), { organizationId: mapping.organizationId })) throw new ForbiddenError('TITLE_MAPPING_NOT_OWNED', 'A bureau changes the rules of its own region; the platform the national defaults');
    return mapping;
  }

  /** Overlapping rules for the same step and region are refused by the database; say so clearly. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23P01') {
        throw new ConflictError('TITLE_MAPPING_OVERLAP', 'Another rule for the same step is in force in this region for part of these dates');
      }
      throw error;
    }
  }
}

function effectiveToBeforeFrom(): UnprocessableError {
  return new UnprocessableError('EFFECTIVE_RANGE_INVALID', 'effectiveTo is before effectiveFrom', [
    { field: 'effectiveTo', code: 'beforeStart', message: '截止日期早于生效日期 / ends before it starts' },
  ]);
}

