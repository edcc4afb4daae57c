import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { scopeOf } from '../auth/request-scope';
import { pageQuery } from '../database/page-query';
import { ORGANIZATION_SCOPE_SQL, OrganizationScopeSql } from '../tenancy/organization-scope';
import { AuditQueryDto } from './dto/audit-query.dto';
import { toStored, verifyAuditChains } from './audit-verify';
import type { AuditChainStatusDto } from './dto/audit-event.dto';

export interface AuditEventView {
  id: string;
  organizationId: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  occurredAt: string;
}

@Injectable()
export class AuditQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ORGANIZATION_SCOPE_SQL) private readonly organizationScope: OrganizationScopeSql,
  ) {}

  /** Every chain recomputed now, in bounded batches (a platform-wide check: the platform admin's). */
  async chainStatus(): Promise<AuditChainStatusDto> {
    const result = await verifyAuditChains((sql, params) => this.dataSource.query(sql, params));
    return { intact: result.firstBreak === null, chains: result.chains, events: result.events, firstBreak: result.firstBreak, checkedAt: new Date().toISOString() };
  }

  async list(principal: Principal, q: AuditQueryDto): Promise<{ items: AuditEventView[]; total: number; page: number; pageSize: number }> {
    const scope = this.organizationScope.visibleTo(principal, 'e.organization_id');
    const params: Record<string, unknown> = { ...scope.params };
    // The platform also sees events of no organization (its own, sign-ins); everyone else only their organizations'.
    const where = [scopeOf(principal).kind === 'all' ? 'TRUE' : `e.organization_id IS NOT NULL AND ${scope.sql}`];
    const filters: [keyof AuditQueryDto, string][] = [
      ['entityType', 'e.entity_type = :entityType'],
      ['entityId', 'e.entity_id = :entityId'],
      ['action', 'e.action = :action'],
      ['organizationId', 'e.organization_id = :organizationId'],
      ['from', 'e.occurred_at >= :from'],
      ['to', 'e.occurred_at < :to'],
    ];
    for (const [key, sql] of filters) {
      if (q[key] !== undefined) {
        where.push(sql);
        params[key] = q[key];
      }
    }
    const from = `FROM audit_events e WHERE ${where.join(' AND ')}`;
    const { rows, total: count } = await pageQuery<Record<string, unknown>>(this.dataSource, { select: 'e.*', from, orderBy: 'e.occurred_at DESC, e.id DESC', params }, q);
    return {
      items: rows.map((r) => {
        const { chainKey: _c, seq: _s, prevHash: _p, hash: _h, ...view } = toStored(r);
        return view;
      }),
      total: count,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
}
