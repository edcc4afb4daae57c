import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, namedQuery, NotFoundError, Page, Principal, pageQuery, scopeOf } from '@skill-ladder/platform';
import { ObjectionResponseDto, PublicityNoticeDto, PublicityNoticeSummaryDto, PublicityQueryDto } from './dto/publicity.dto';
import {
  ENTRY_COLUMNS,
  EntryRow,
  NOTICE_COLUMNS,
  NOTICE_FROM,
  NoticeRow,
  OBJECTION_COLUMNS,
  OBJECTION_FROM,
  ObjectionRow,
  toEntry,
  toNoticeSummary,
  toObjection,
} from './publicity-rows';
import { NOTICE_ENTRIES, NOTICE_OBJECTIONS, NOTICES } from './publicity-scope';

/** Reading publicity notices and their objections, each reader within their scope. */
@Injectable()
export class PublicityQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, q: PublicityQueryDto): Promise<Page<PublicityNoticeSummaryDto>> {
    const today = this.clock.today();
    const scope = scopeOf(principal);
    const notices = NOTICES.where(scope, 'n', { today });
    const entries = NOTICE_ENTRIES.where(scope, 'e');
    const where = [notices.sql];
    const params: Record<string, unknown> = { ...notices.params, ...entries.params, today };
    const filters: [keyof PublicityQueryDto, string][] = [
      ['subjectType', 'n.subject_type = :subjectType'],
      ['subjectId', 'n.subject_id = :subjectId'],
      ['organizationId', 'n.organization_id = :organizationId'],
    ];
    for (const [key, sql] of filters) {
      if (q[key] !== undefined) {
        where.push(sql);
        params[key] = q[key];
      }
    }
    if (q.phase) where.push(PHASE_SQL[q.phase]);
    const from = `${NOTICE_FROM} WHERE ${where.join(' AND ')}`;
    const { rows, total: count } = await pageQuery<NoticeRow & { entry_count: number }>(this.dataSource, { select: `${NOTICE_COLUMNS},
              (SELECT count(*)::int FROM publicity_entries e WHERE e.notice_id = n.id AND ${entries.sql}) AS entry_count`, from, orderBy: 'n.published_on DESC, n.created_at DESC, n.id', params }, q);
    return { items: rows.map((r) => toNoticeSummary(r, today, r.entry_count)), total: count, page: q.page, pageSize: q.pageSize };
  }

  /** A notice with its entries, as publicized; 404 for anyone outside its readers. */
  async get(principal: Principal, id: string): Promise<PublicityNoticeDto> {
    const today = this.clock.today();
    const notice = await this.findVisible(principal, id, today);
    const visible = NOTICE_ENTRIES.where(scopeOf(principal), 'e');
    const entries = await namedQuery<EntryRow>(
      this.dataSource,
      `SELECT ${ENTRY_COLUMNS} FROM publicity_entries e WHERE e.notice_id = :id AND ${visible.sql} ORDER BY e.position`,
      { ...visible.params, id },
    );
    return { ...toNoticeSummary(notice, today, entries.length), entries: entries.map(toEntry) };
  }

  /** HR and the bureau see every objection to the notice; a worker sees the ones they filed (NOTICE_OBJECTIONS). */
  async listObjections(principal: Principal, noticeId: string): Promise<ObjectionResponseDto[]> {
    await this.findVisible(principal, noticeId, this.clock.today());
    const visible = NOTICE_OBJECTIONS.where(scopeOf(principal), 'x');
    const rows = await namedQuery<ObjectionRow>(
      this.dataSource,
      `SELECT ${OBJECTION_COLUMNS} ${OBJECTION_FROM} WHERE x.notice_id = :noticeId AND ${visible.sql} ORDER BY x.filed_at, x.id`,
      { ...visible.params, noticeId },
    );
    return rows.map(toObjection);
  }

  private async findVisible(principal: Principal, id: string, today: string): Promise<NoticeRow> {
    const scope = NOTICES.where(scopeOf(principal), 'n', { today });
    const [notice] = await namedQuery<NoticeRow>(this.dataSource, `SELECT ${NOTICE_COLUMNS} ${NOTICE_FROM} WHERE n.id = :id AND ${scope.sql}`, {
      ...scope.params,
      id,
    });
    if (!notice) throw new NotFoundError('Publicity notice');
    return notice;
  }
}

/** The phase filter in SQL, matching `noticePhase` (`:today` bound by the caller). */
const PHASE_SQL: Record<NonNullable<PublicityQueryDto['phase']>, string> = {
  scheduled: `n.status = 'open' AND n.published_on > :today`,
  open: `n.status = 'open' AND n.published_on <= :today AND n.ends_on >= :today`,
  closed: `n.status = 'open' AND n.ends_on < :today`,
  finalized: `n.status = 'finalized'`,
};
