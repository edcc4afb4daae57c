import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, ConflictError, FieldError, ForbiddenError, NotFoundError, Page, Principal, scopeOf, UnprocessableError } from '@skill-ladder/platform';
import { OCCUPATION_CHANGES } from '../standards-scope';
import { Occupation } from '../entities/occupation.entity';
import {
  CreateOccupationDto,
  OccupationImportReportDto,
  OccupationQueryDto,
  OccupationResponseDto,
  UpdateOccupationDto,
} from './dto/occupation.dto';
import { OccupationRow, readOccupationSheet, SheetRowError, writeOccupationSheet } from './occupation-sheet';

/**
 * The occupation catalogue (国家职业分类大典 and the new occupations bureaus add). Everyone
 * signed in reads it; the platform administrator maintains the national entries, a bureau the
 * ones it added.
 */
@Injectable()
export class OccupationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(q: OccupationQueryDto): Promise<Page<OccupationResponseDto>> {
    const qb = this.dataSource.getRepository(Occupation).createQueryBuilder('o');
    if (q.status) qb.andWhere('o.status = :status', { status: q.status });
    if (q.q && /^[\d-]+$/.test(q.q)) {
      qb.andWhere('o.code LIKE :prefix', { prefix: `${q.q}%` });
    } else if (q.q) {
      qb.andWhere('(strpos(o.name_zh, :q) > 0 OR strpos(lower(o.name_en), lower(:q)) > 0)', { q: q.q });
    }
    const [rows, total] = await qb.orderBy('o.code').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
    return { items: rows.map(OccupationResponseDto.from), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<OccupationResponseDto> {
    return OccupationResponseDto.from(await this.find(this.dataSource.manager, id));
  }

  async find(em: EntityManager, id: string): Promise<Occupation> {
    const occupation = await em.getRepository(Occupation).findOneBy({ id });
    if (!occupation) throw new NotFoundError('Occupation');
    return occupation;
  }

  async findByCode(em: EntityManager, code: string): Promise<Occupation | null> {
    return em.getRepository(Occupation).findOneBy({ code });
  }

  async create(principal: Principal, dto: CreateOccupationDto): Promise<OccupationResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(Occupation);
      if (await repo.existsBy({ code: dto.code })) throw new ConflictError('OCCUPATION_CODE_TAKEN', `Occupation ${dto.code} already exists`);
      await this.assertRelatedExist(em, dto.relatedCodes ?? [], 'relatedCodes');
      const saved = await repo.save(
        repo.create({
          code: dto.code,
          nameZh: dto.nameZh,
          nameEn: dto.nameEn ?? null,
          workTypes: dto.workTypes ?? [],
          relatedCodes: dto.relatedCodes ?? [],
          sourceNote: dto.sourceNote ?? null,
          organizationId: addedBy(principal),
          createdBy: principal.userId,
        }),
      );
      const after = OccupationResponseDto.from(saved);
      await this.audit.record(em, principal, { action: 'occupation.create', entityType: 'occupation', entityId: saved.id, organizationId: saved.organizationId, after });
      return after;
    });
  }

  async update(principal: Principal, id: string, dto: UpdateOccupationDto): Promise<OccupationResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const occupation = await em.getRepository(Occupation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!occupation) throw new NotFoundError('Occupation');
      this.assertMayEdit(principal, occupation);
      if (dto.relatedCodes) {
        if (dto.relatedCodes.includes(occupation.code)) {
          throw new UnprocessableError('OCCUPATION_RELATED_TO_ITSELF', 'An occupation cannot be related to itself', [
            { field: 'relatedCodes', code: 'self', message: '不能把本职业列为相关职业 / an occupation cannot be related to itself' },
          ]);
        }
        await this.assertRelatedExist(em, dto.relatedCodes, 'relatedCodes');
      }
      const before = OccupationResponseDto.from(occupation);
      Object.assign(occupation, {
        ...(dto.nameZh !== undefined ? { nameZh: dto.nameZh } : {}),
        ...(dto.nameEn !== undefined ? { nameEn: dto.nameEn } : {}),
        ...(dto.workTypes !== undefined ? { workTypes: dto.workTypes } : {}),
        ...(dto.relatedCodes !== undefined ? { relatedCodes: dto.relatedCodes } : {}),
        ...(dto.sourceNote !== undefined ? { sourceNote: dto.sourceNote } : {}),
        ...(dto.status !== undefined ? { status: dto.status } : {}),
      });
      const saved = await em.getRepository(Occupation).save(occupation);
      const after = OccupationResponseDto.from(saved);
      await this.audit.record(em, principal, { action: 'occupation.update', entityType: 'occupation', entityId: id, organizationId: saved.organizationId, before, after });
      return after;
    });
  }

  async exportSheet(): Promise<Buffer> {
    const rows = await this.dataSource.getRepository(Occupation).find({ order: { code: 'ASC' } });
    return writeOccupationSheet(rows);
  }

  /**
   * All or nothing: every row is checked first (format, duplicates, related codes known, rows
   * the caller may not change); any problem rejects the file with every problem listed by row.
   * Otherwise new codes are created and existing ones updated, in one transaction.
   */
  async importSheet(principal: Principal, buffer: Buffer, dryRun: boolean): Promise<OccupationImportReportDto> {
    let parsed: Awaited<ReturnType<typeof readOccupationSheet>>;
    try {
      parsed = await readOccupationSheet(buffer);
    } catch {
      throw new UnprocessableError('IMPORT_FILE_UNREADABLE', 'The file is not a readable XLSX workbook');
    }
    return this.dataSource.transaction(async (em) => {
      // One import at a time, so two files cannot interleave their checks and writes.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('occupation-import', 7))`);
      const errors: SheetRowError[] = [...parsed.errors];
      const codes = parsed.rows.map((r) => r.value.code);
      const existing = new Map(
        (codes.length ? await em.getRepository(Occupation).findBy({ code: In(codes) }) : []).map((o) => [o.code, o] as const),
      );
      const related = [...new Set(parsed.rows.flatMap((r) => r.value.relatedCodes))].filter((c) => !codes.includes(c));
      const knownRelated = new Set(
        related.length ? (await em.getRepository(Occupation).findBy({ code: In(related) })).map((o) => o.code) : [],
      );
      for (const { row, value } of parsed.rows) {
        const current = existing.get(value.code);
        if (current && !this.mayEdit(principal, current)) {
          errors.push({ row, column: 'code', code: 'notOwned', message: `第${row}行「职业编码」：${value.code}已由他人维护，不能修改 / maintained by someone else` });
        }
        const unknown = value.relatedCodes.filter((c) => !codes.includes(c) && !knownRelated.has(c));
        if (unknown.length > 0) {
          errors.push({ row, column: 'relatedCodes', code: 'unknownOccupation', message: `第${row}行「相关职业」：目录中没有 ${unknown.join('、')} / unknown codes` });
        }
      }
      if (errors.length > 0) {
        errors.sort((a, b) => a.row - b.row);
        throw new UnprocessableError(
          'IMPORT_ROWS_INVALID',
          `${new Set(errors.map((e) => e.row)).size} row(s) have problems; nothing was imported`,
          errors.map((e): FieldError => ({ field: `rows[${e.row}]${e.column ? `.${e.column}` : ''}`, code: e.code, message: e.message })),
        );
      }
      const report: OccupationImportReportDto = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0, applied: !dryRun };
      const repo = em.getRepository(Occupation);
      const changed: string[] = [];
      for (const { value } of parsed.rows) {
        const current = existing.get(value.code);
        if (!current) {
          report.created++;
          changed.push(value.code);
          if (!dryRun) {
            await repo.save(repo.create({ ...value, organizationId: addedBy(principal), createdBy: principal.userId }));
          }
        } else if (differs(current, value)) {
          report.updated++;
          changed.push(value.code);
          if (!dryRun) await repo.save(Object.assign(current, value));
        } else {
          report.unchanged++;
        }
      }
      if (!dryRun && changed.length > 0) {
        await this.audit.record(em, principal, {
          action: 'occupation.import',
          entityType: 'occupation',
          entityId: null,
          organizationId: addedBy(principal),
          after: { created: report.created, updated: report.updated, codes: changed },
        });
      }
      return report;
    });
  }

  /** `OCCUPATION_CHANGES`: the platform any occupation, a bureau those it added. */
  private mayEdit(principal: Principal, occupation: Occupation): boolean {
    return OCCUPATION_CHANGES.allows(scopeOf(principal), { organizationId: occupation.organizationId });
  }

  private assertMayEdit(principal: Principal, occupation: Occupation): void {
    if (!this.mayEdit(principal, occupation)) {
      throw new ForbiddenError('OCCUPATION_EDIT_RESTRICTED', 'The national catalogue is maintained by the platform; a bureau edits the occupations it added');
    }
  }

  private async assertRelatedExist(em: EntityManager, codes: string[], field: string): Promise<void> {
    if (codes.length === 0) return;
    const found = new Set((await em.getRepository(Occupation).findBy({ code: In(codes) })).map((o) => o.code));
    const unknown = codes.filter((c) => !found.has(c));
    if (unknown.length > 0) {
      throw new UnprocessableError('RELATED_OCCUPATION_UNKNOWN', 'Related occupations must be in the catalogue', [
        { field, code: 'unknownOccupation', message: `目录中没有 ${unknown.join('、')} / unknown occupation codes` },
      ]);
    }
  }
}

/** Who a new occupation is recorded as added by: nobody (the national catalogue) when the platform adds it, else the caller's bureau. */
function addedBy(principal: Principal): string | null {
  return scopeOf(principal).kind === 'all' ? null : principal.organizationId;
}

function differs(current: Occupation, row: OccupationRow): boolean {
  return (
    current.nameZh !== row.nameZh ||
    current.nameEn !== row.nameEn ||
    current.sourceNote !== row.sourceNote ||
    current.workTypes.join('\u0000') !== row.workTypes.join('\u0000') ||
    current.relatedCodes.join('\u0000') !== row.relatedCodes.join('\u0000')
  );
}
