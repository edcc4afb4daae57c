import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { organizationSql, OrganizationsReader } from '@skill-ladder/identity';
import {
  AuditService,
  Clock,
  ConflictError,
  DomainError,
  FieldError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  provinceCode,
  requireOrganization,
  UnprocessableError,
  uniqueViolation,
  namedQuery,
  pageQuery,
} from '@skill-ladder/platform';
import { NATIONAL_RANKS, NationalRank } from '../draw/ranks';
import { ApplyFilingDto, ApproveFilingDto, FilingQueryDto, FilingReasonDto, FilingResponseDto, FilingScopeResponseDto } from './dto/evaluation-body.dto';
import { allowedDecisions, FILING_STATUS_LABELS, FilingDecision, FilingStatus, filingTransition } from './filing-status';
import { isRank, rankLabel } from '@skill-ladder/vocabulary';
import type { ErrorCode } from '@skill-ladder/platform';

/** What a campaign needs from the body that runs it: the codes of its certificate numbers. */
export interface EvaluationBodyCredentials {
  institutionCode: string;
  stationSerial: string;
  provinceCode: string;
  bodyName: string;
}

const DECISION_VERBS: Record<FilingDecision, string> = { approve: 'approved', reject: 'rejected', suspend: 'suspended', reinstate: 'reinstated' };

/** Constraint names the database answers with when codes are already taken. */
const CODE_CONSTRAINTS: Record<string, [code: ErrorCode, detail: string, field: string]> = {
  evaluation_body_codes_institution_uq: [
    'INSTITUTION_CODE_TAKEN',
    '该机构代码已由本省另一评价机构使用 / This institution code is held by another evaluation body of the province',
    'institutionCode',
  ],
  evaluation_body_codes_serial_uq: [
    'STATION_SERIAL_TAKEN',
    '该机构代码与站点序列码组合已被本省另一评价机构使用 / These codes are held by another evaluation body of the province',
    'stationSerial',
  ],
};

@Injectable()
export class EvaluationBodiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsReader,
  ) {}

  /**
   * Enterprise HR applies for a scope of occupations × levels, to the named bureau or by default
   * to the most local active bureau whose region covers the enterprise. One filing is under
   * review at a time; a filing that asks only for what is already filed is refused.
   */
  async apply(principal: Principal, dto: ApplyFilingDto): Promise<FilingResponseDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('FILING_ENTERPRISE_ONLY', 'Only an enterprise (用人单位) may be filed as an evaluation body');
    }
    const organizationId = requireOrganization(principal);
    const scope = normalizeScope(dto.scope);
    try {
      return await this.dataSource.transaction(async (em) => {
        const { regionCode } = await this.organizations.byId(organizationId, em);
        const bureauId = await this.competentBureau(em, regionCode, dto.bureauId);
        const [{ pending }] = await em.query(`SELECT EXISTS (SELECT 1 FROM evaluation_body_filings WHERE organization_id = $1 AND status = 'applied') AS pending`, [
          organizationId,
        ]);
        if (pending) throw pendingFiling();
        const filed = new Set(
          (
            await em.query(
              `SELECT s.occupation_code, s.rank FROM evaluation_body_filing_scopes s JOIN evaluation_body_filings f ON f.id = s.filing_id
                WHERE f.organization_id = $1 AND f.status IN ('approved', 'suspended')`,
              [organizationId],
            )
          ).map((r: { occupation_code: string; rank: string }) => `${r.occupation_code}|${r.rank}`),
        );
        if (scope.every((s) => filed.has(`${s.occupationCode}|${s.rank}`))) {
          throw new ConflictError('SCOPE_ALREADY_FILED', '所申请的职业和等级均已备案，请增加尚未备案的职业或等级 / Every occupation and level asked for is already in a filing of this body; extend the scope with new ones');
        }
        const [filing]: { id: string }[] = await em.query(
          `INSERT INTO evaluation_body_filings (organization_id, bureau_id, status, province_code, application_note, applied_by)
           VALUES ($1, $2, 'applied', $3, $4, $5) RETURNING id`,
          [organizationId, bureauId, provinceCode(regionCode), dto.note ?? null, principal.userId],
        );
        await em.query(
          `INSERT INTO evaluation_body_filing_scopes (filing_id, occupation_code, rank) SELECT $1, o, r FROM unnest($2::text[], $3::text[]) AS x(o, r)`,
          [filing.id, scope.map((s) => s.occupationCode), scope.map((s) => s.rank)],
        );
        const response = await this.load(em, filing.id);
        await this.audit.record(em, principal, {
          action: 'evaluation_body.apply',
          entityType: 'evaluation_body_filing',
          entityId: filing.id,
          organizationId,
          after: response,
        });
        return response;
      });
    } catch (error) {
      // Two applications racing: the partial unique index keeps one under review.
      if (uniqueViolation(error) === 'evaluation_body_filings_pending_uq') throw pendingFiling();
      throw error;
    }
  }

  async list(principal: Principal, q: FilingQueryDto): Promise<Page<FilingResponseDto>> {
    const scope = organizationSql.visibleTo(principal, 'f.organization_id');
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (q.status) {
      where.push('f.status = :status');
      params.status = q.status;
    }
    if (q.organizationId) {
      where.push('f.organization_id = :organizationId');
      params.organizationId = q.organizationId;
    }
    if (q.occupationCode) {
      where.push('EXISTS (SELECT 1 FROM evaluation_body_filing_scopes s WHERE s.filing_id = f.id AND s.occupation_code = :occupationCode)');
      params.occupationCode = q.occupationCode;
    }
    const from = `FROM evaluation_body_filings f WHERE ${where.join(' AND ')}`;
    const { rows: ids, total: count } = await pageQuery<{ id: string }>(this.dataSource, { select: 'f.id', from, orderBy: 'f.created_at DESC, f.id', params }, q);
    return { items: await this.loadMany(this.dataSource.manager, ids.map((r) => r.id)), total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<FilingResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, id);
  }

  /**
   * The bureau the filing was made to decides: approve (assigning the codes on a body's first
   * approval), reject, suspend or reinstate. Other bureaus that can see the filing may not.
   */
  async decide(principal: Principal, id: string, decision: FilingDecision, dto: ApproveFilingDto | FilingReasonDto): Promise<FilingResponseDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const filing = await this.findVisible(em, principal, id, true);
        if (filing.bureauId !== principal.organizationId) {
          throw new ForbiddenError('NOT_THE_DECIDING_BUREAU', 'Only the bureau this filing was made to may decide on it');
        }
        const transition = filingTransition(filing.status, decision);
        if (!transition.ok) {
          const allowed = transition.allowed.length ? transition.allowed.join(', ') : 'nothing';
          throw new ConflictError('INVALID_TRANSITION', `A filing that is ${filing.status} cannot be ${DECISION_VERBS[decision]}; it allows: ${allowed}`);
        }
        const before = await this.load(em, id);
        const now = this.clock.now();
        const codes = decision === 'approve' ? await this.assignCodes(em, principal, filing, dto as ApproveFilingDto, now) : null;
        const note = 'reason' in dto ? dto.reason : (dto.note ?? null);
        await em.query(
          `UPDATE evaluation_body_filings
              SET status = $2, decision_note = $3, decided_by = $4, decided_at = $5, updated_at = now(),
                  institution_code = COALESCE($6, institution_code), station_serial = COALESCE($7, station_serial), approved_at = COALESCE($8, approved_at)
            WHERE id = $1`,
          [id, transition.to, note, principal.userId, now, codes?.institutionCode ?? null, codes?.stationSerial ?? null, codes ? now : null],
        );
        const after = await this.load(em, id);
        await this.audit.record(em, principal, {
          action: `evaluation_body.${decision}`,
          entityType: 'evaluation_body_filing',
          entityId: id,
          organizationId: filing.organizationId,
          before,
          after,
          reason: note,
        });
        return after;
      });
    } catch (error) {
      const taken = CODE_CONSTRAINTS[uniqueViolation(error) ?? ''];
      if (taken) {
        const [code, message, field] = taken;
        throw new DomainError(409, code, '状态冲突 / Conflict', message, [{ field, code: 'taken', message }]);
      }
      throw error;
    }
  }

  /**
   * For campaigns: the body's codes if `organizationId` holds an approved, unsuspended filing
   * covering the occupation at every one of `ranks`; otherwise OUTSIDE_FILED_SCOPE (422) or
   * BODY_SUSPENDED (409). Run it inside the caller's transaction: it share-locks the filings it
   * relies on, so a suspension cannot slip in before the caller commits.
   */
  async assertInScope(em: EntityManager, organizationId: string, occupationCode: string, ranks: readonly string[]): Promise<EvaluationBodyCredentials> {
    if (ranks.length === 0) throw new RangeError('assertInScope needs at least one rank');
    const [body] = await em.query(
      `SELECT ${organizationSql.name('b.id')} AS name, ${organizationSql.isActive('b.id')} AS active, c.province_code, c.institution_code, c.station_serial
         FROM (VALUES ($1::uuid)) AS b(id) LEFT JOIN evaluation_body_codes c ON c.organization_id = b.id`,
      [organizationId],
    );
    if (body.name === null) throw new NotFoundError('Organization');
    const rows: { rank: string; status: FilingStatus }[] = await em.query(
      `SELECT s.rank, f.status FROM evaluation_body_filing_scopes s JOIN evaluation_body_filings f ON f.id = s.filing_id
        WHERE f.organization_id = $1 AND s.occupation_code = $2 AND s.rank = ANY($3::text[]) AND f.status IN ('approved', 'suspended')
        FOR SHARE OF f`,
      [organizationId, occupationCode, ranks],
    );
    const approved = new Set(rows.filter((r) => r.status === 'approved').map((r) => r.rank));
    const suspended = new Set(rows.filter((r) => r.status === 'suspended').map((r) => r.rank));
    if (!body.active) {
      throw new ConflictError('BODY_SUSPENDED', 'The evaluation body’s organization is suspended; it may not run campaigns');
    }
    const outside = ranks.filter((r) => !approved.has(r) && !suspended.has(r));
    if (outside.length > 0) {
      throw new UnprocessableError(
        'OUTSIDE_FILED_SCOPE',
        `${occupationCode} at ${outside.join(', ')} is outside the body’s approved filing scope`,
        outside.map((rank) => scopeError(rank, `${occupationCode} ${label(rank)} 不在已备案的评价范围内 / not in the approved filing scope`)),
      );
    }
    const halted = ranks.filter((r) => !approved.has(r));
    if (halted.length > 0) {
      throw new ConflictError('BODY_SUSPENDED', `The filing covering ${occupationCode} at ${halted.join(', ')} is suspended`);
    }
    return { institutionCode: body.institution_code, stationSerial: body.station_serial, provinceCode: body.province_code, bodyName: body.name };
  }

  /** A filing the principal may see (its enterprise lies in the principal's scope), or 404. */
  private async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<FilingHeader> {
    const scope = organizationSql.visibleTo(principal, 'f.organization_id');
    const [filing] = await namedQuery<FilingHeader>(
      em,
      `SELECT f.id, f.organization_id AS "organizationId", f.bureau_id AS "bureauId", f.status, f.province_code AS "provinceCode"
         FROM evaluation_body_filings f WHERE f.id = :id AND ${scope.sql}${lock ? ' FOR UPDATE OF f' : ''}`,
      { ...scope.params, id },
    );
    if (!filing) throw new NotFoundError('Evaluation body filing');
    return filing;
  }

  /** A body's first approval registers its codes; later approvals reuse them and refuse others. */
  private async assignCodes(
    em: EntityManager,
    principal: Principal,
    filing: FilingHeader,
    dto: ApproveFilingDto,
    now: Date,
  ): Promise<{ institutionCode: string; stationSerial: string }> {
    const [held]: { institutionCode: string; stationSerial: string }[] = await em.query(
      `SELECT institution_code AS "institutionCode", station_serial AS "stationSerial" FROM evaluation_body_codes WHERE organization_id = $1 FOR UPDATE`,
      [filing.organizationId],
    );
    if (held) {
      const differs = (dto.institutionCode !== undefined && dto.institutionCode !== held.institutionCode) ||
        (dto.stationSerial !== undefined && dto.stationSerial !== held.stationSerial);
      if (differs) {
        throw new ConflictError(
          'BODY_CODES_ASSIGNED',
          `This evaluation body already holds institution code ${held.institutionCode} and station serial ${held.stationSerial}; codes are never changed`,
        );
      }
      return held;
    }
    const missing: FieldError[] = [];
    if (!dto.institutionCode) missing.push({ field: 'institutionCode', code: 'required', message: '首次备案须分配机构代码（省级备案为0000） / assign the institution code (0000 when filed provincially)' });
    if (!dto.stationSerial) missing.push({ field: 'stationSerial', code: 'required', message: '首次备案须分配6位站点序列码 / assign the 6-digit station serial' });
    if (missing.length > 0) throw new UnprocessableError('BODY_CODES_REQUIRED', 'A body’s first approval assigns its institution code and station serial', missing);
    const codes = { institutionCode: dto.institutionCode as string, stationSerial: dto.stationSerial as string };
    await em.query(
      `INSERT INTO evaluation_body_codes (organization_id, province_code, institution_code, station_serial, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [filing.organizationId, filing.provinceCode, codes.institutionCode, codes.stationSerial, principal.userId, now],
    );
    return codes;
  }

  /** The bureau named, if it covers the enterprise's region; by default the most local one that does. */
  private async competentBureau(em: EntityManager, regionCode: string, requested: string | undefined): Promise<string> {
    if (!requested) return (await this.organizations.competentBureau(regionCode, em)).id;
    const bureaus = await this.organizations.activeBureausCovering(regionCode, em);
    if (bureaus.some((b) => b.id === requested)) return requested;
    throw new UnprocessableError('BUREAU_NOT_COMPETENT', 'The bureau named is unknown, inactive or does not cover the enterprise’s region', [
      { field: 'bureauId', code: 'notCompetent', message: '该人社局不存在或辖区不包含本企业 / this bureau does not cover your region' },
    ]);
  }

  private async load(em: EntityManager, id: string): Promise<FilingResponseDto> {
    const [one] = await this.loadMany(em, [id]);
    if (!one) throw new NotFoundError('Evaluation body filing');
    return one;
  }

  private async loadMany(em: EntityManager, ids: string[]): Promise<FilingResponseDto[]> {
    if (ids.length === 0) return [];
    const rows: FilingRow[] = await em.query(
      `SELECT f.*, ${organizationSql.name('f.organization_id')} AS organization_name, ${organizationSql.name('f.bureau_id')} AS bureau_name,
              COALESCE((SELECT json_agg(json_build_object('occupationCode', s.occupation_code, 'rank', s.rank))
                          FROM evaluation_body_filing_scopes s WHERE s.filing_id = f.id), '[]') AS scope
         FROM evaluation_body_filings f
        WHERE f.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toResponse(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

/** What deciding on a filing reads of it before the change. */
interface FilingHeader {
  id: string;
  organizationId: string;
  bureauId: string;
  status: FilingStatus;
  provinceCode: string;
}

interface FilingRow {
  id: string;
  organization_id: string;
  organization_name: string;
  bureau_id: string;
  bureau_name: string;
  status: FilingStatus;
  province_code: string;
  institution_code: string | null;
  station_serial: string | null;
  application_note: string | null;
  decision_note: string | null;
  applied_by: string;
  decided_by: string | null;
  decided_at: Date | null;
  approved_at: Date | null;
  created_at: Date;
  scope: { occupationCode: string; rank: NationalRank }[];
}

function toResponse(r: FilingRow): FilingResponseDto {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    bureauId: r.bureau_id,
    bureauName: r.bureau_name,
    status: r.status,
    statusLabel: FILING_STATUS_LABELS[r.status],
    scope: groupScope(r.scope),
    provinceCode: r.province_code,
    institutionCode: r.institution_code,
    stationSerial: r.station_serial,
    applicationNote: r.application_note,
    decisionNote: r.decision_note,
    appliedBy: r.applied_by,
    appliedAt: r.created_at.toISOString(),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at?.toISOString() ?? null,
    approvedAt: r.approved_at?.toISOString() ?? null,
    allowedDecisions: allowedDecisions(r.status),
  };
}

/** Occupations in code order, each with its levels from 五级 up. */
function groupScope(pairs: { occupationCode: string; rank: NationalRank }[]): FilingScopeResponseDto[] {
  const byOccupation = new Map<string, Set<NationalRank>>();
  for (const p of pairs) byOccupation.set(p.occupationCode, (byOccupation.get(p.occupationCode) ?? new Set()).add(p.rank));
  return [...byOccupation.keys()].sort().map((occupationCode) => {
    const ranks = NATIONAL_RANKS.filter((r) => byOccupation.get(occupationCode)?.has(r));
    return { occupationCode, ranks, rankLabels: ranks.map(label) };
  });
}

function normalizeScope(items: { occupationCode: string; ranks: NationalRank[] }[]): { occupationCode: string; rank: NationalRank }[] {
  const pairs = new Map<string, { occupationCode: string; rank: NationalRank }>();
  for (const item of items) for (const rank of item.ranks) pairs.set(`${item.occupationCode}|${rank}`, { occupationCode: item.occupationCode, rank });
  return [...pairs.values()];
}

function label(rank: string): string {
  return isRank(rank) ? rankLabel(rank) : rank;
}

function scopeError(rank: string, message: string): FieldError {
  return { field: 'ranks', code: 'outsideScope', message: `${rank}: ${message}` };
}

function pendingFiling(): ConflictError {
  return new ConflictError('FILING_PENDING', '本单位已有备案申请正在审批中，请等待人社局的决定 / A filing of this enterprise is still under review; wait for the bureau’s decision');
}

