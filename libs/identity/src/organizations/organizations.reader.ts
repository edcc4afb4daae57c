import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  idMapRead,
  JsonRead,
  NotFoundError,
  OrganizationKind,
  Principal,
  readOne,
  regionCovers,
  regionLikePattern,
  regionPrefix,
  scopeOf,
  SqlFilter,
  UnprocessableError,
} from '@skill-ladder/platform';
import { ORGANIZATIONS_BY_ID } from './organization-policies';

/** What other libs read of an organization. */
export interface OrganizationInfo {
  id: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
}

/** A dispatch agency as an import names it: by name or 统一社会信用代码. */
export interface AgencyInfo {
  id: string;
  name: string;
  creditCode: string | null;
}

interface OrganizationJson {
  id: string;
  name: string;
  kind: OrganizationKind;
  region_code: string;
}

const toInfo = (o: OrganizationJson): OrganizationInfo => ({ id: o.id, name: o.name, kind: o.kind, regionCode: o.region_code });

/**
 * How other libs read organizations (identity owns the table): by id in bulk, the competent
 * bureau of a region, the enterprises of a region. Batched: one statement per call, and the
 * `…Read` forms join other libs' reads in one round trip (`readTogether`).
 */
@Injectable()
export class OrganizationsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Organizations by id, ordered by name. */
  byIdsRead(ids: readonly string[]): JsonRead<OrganizationInfo[]> {
    return {
      sql: `SELECT COALESCE(json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'region_code', region_code) ORDER BY name, id), '[]')
              FROM organizations WHERE id = ANY($1::uuid[])`,
      params: [[...new Set(ids)]],
      map: (json) => (json as OrganizationJson[]).map(toInfo),
    };
  }

  async byIds(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<OrganizationInfo[]> {
    return ids.length === 0 ? [] : readOne(em, this.byIdsRead(ids));
  }

  /** One organization; 404 when there is none. */
  async byId(id: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationInfo> {
    const [row] = (await em.query('SELECT id, name, kind, region_code FROM organizations WHERE id = $1', [id])) as OrganizationJson[];
    if (!row) throw new NotFoundError('Organization');
    return toInfo(row);
  }

  /**
   * The bureau that decides for an enterprise in `regionCode`: the most local active bureau
   * whose region covers it (a county's, else the prefecture's, else the province's).
   */
  async competentBureau(regionCode: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationInfo> {
    const covering = [`${regionCode.slice(0, 2)}0000`, `${regionCode.slice(0, 4)}00`, regionCode].filter((c) => regionCovers(c, regionCode));
    const rows = (await em.query(
      `SELECT id, name, kind, region_code FROM organizations WHERE kind = 'bureau' AND status = 'active' AND region_code = ANY($1::text[])
        ORDER BY created_at, id`,
      [covering],
    )) as OrganizationJson[];
    const mostLocal = rows.sort((a, b) => regionPrefix(b.region_code).length - regionPrefix(a.region_code).length)[0];
    if (!mostLocal) throw new UnprocessableError('NO_COMPETENT_BUREAU', 'No active bureau covers the enterprise’s region');
    return toInfo(mostLocal);
  }

  /** Ids of the enterprises in a region (its code and every code below it), ordered by name. */
  async enterpriseIdsIn(regionCode: string, em: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = (await em.query(`SELECT id FROM organizations WHERE kind = 'enterprise' AND region_code LIKE $1 ORDER BY name, id`, [regionLikePattern(regionCode)])) as {
      id: string;
    }[];
    return rows.map((r) => r.id);
  }

  /** The kind of an active organization; null when there is none or it is not active. */
  async activeKind(id: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationKind | null> {
    const [row] = (await em.query(`SELECT kind FROM organizations WHERE id = $1 AND status = 'active'`, [id])) as { kind: OrganizationKind }[];
    return row?.kind ?? null;
  }

  /** The active dispatch agencies (劳务派遣单位) whose name or 统一社会信用代码 is one of `namesOrCreditCodes`. */
  async activeAgenciesNamed(namesOrCreditCodes: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AgencyInfo[]> {
    if (namesOrCreditCodes.length === 0) return [];
    const rows = (await em.query(
      `SELECT id, name, credit_code FROM organizations
        WHERE kind = 'dispatch_agency' AND status = 'active' AND (name = ANY($1::text[]) OR credit_code = ANY($1::text[]))`,
      [[...namesOrCreditCodes]],
    )) as { id: string; name: string; credit_code: string | null }[];
    return rows.map((r) => ({ id: r.id, name: r.name, creditCode: r.credit_code }));
  }

  /** Names of organizations by id (id → name). */
  namesRead(ids: readonly string[]): JsonRead<Map<string, string>> {
    return idMapRead(`SELECT COALESCE(json_object_agg(id, name), '{}') FROM organizations WHERE id = ANY($1::uuid[])`, ids);
  }

  /**
   * The active bureaus whose region covers `regionCode` (its province's, its prefecture's, its
   * own), oldest first: those an enterprise there may turn to.
   */
  async activeBureausCovering(regionCode: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationInfo[]> {
    const covering = [`${regionCode.slice(0, 2)}0000`, `${regionCode.slice(0, 4)}00`, regionCode].filter((c) => regionCovers(c, regionCode));
    const rows = (await em.query(
      `SELECT id, name, kind, region_code FROM organizations WHERE kind = 'bureau' AND status = 'active' AND region_code = ANY($1::text[])
        ORDER BY created_at, id`,
      [covering],
    )) as OrganizationJson[];
    return rows.map(toInfo);
  }
}

/**
 * SQL conditions on an organization column of another lib's query, for filters that must stay
 * inside that query (a scope, a page): identity keeps the knowledge of its table here.
 */
export const organizationSql = {
  /** The organization `column` points at lies in the region matched by the LIKE parameter `likeParam` (`:name`). */
  inRegion: (column: string, likeParam: string): string => `EXISTS (SELECT 1 FROM organizations org_of WHERE org_of.id = ${column} AND org_of.region_code LIKE ${likeParam})`,
  /**
   * The ids of the organizations in the region matched by the LIKE parameter `likeParam`, as a
   * subquery to join (`JOIN ${idsInRegion(':r')} o ON o.id IN (a, b)`): the planner flattens it,
   * so a scope over several organization columns keeps the plan of a plain join.
   */
  idsInRegion: (likeParam: string): string => `(SELECT org_of.id FROM organizations org_of WHERE org_of.region_code LIKE ${likeParam})`,
  /** The name of the organization `column` points at. */
  name: (column: string): string => `(SELECT org_of.name FROM organizations org_of WHERE org_of.id = ${column})`,
  /** The organization `column` points at lies in one of the regions of the text-array parameter `codesParam` (exactly those codes). */
  regionIn: (column: string, codesParam: string): string => `EXISTS (SELECT 1 FROM organizations org_of WHERE org_of.id = ${column} AND org_of.region_code = ANY(${codesParam}))`,
  /** The organization `column` points at is a bureau. */
  isBureau: (column: string): string => `EXISTS (SELECT 1 FROM organizations org_of WHERE org_of.id = ${column} AND org_of.kind = 'bureau')`,
  /** The organization `column` points at is active. */
  isActive: (column: string): string => `EXISTS (SELECT 1 FROM organizations org_of WHERE org_of.id = ${column} AND org_of.status = 'active')`,
  /**
   * The organization `column` points at is one the principal sees (`ORGANIZATIONS_BY_ID` on
   * another lib's column): the platform all, a bureau those in its region, anyone else their own.
   */
  visibleTo: (principal: Principal, column: string): SqlFilter => ORGANIZATIONS_BY_ID.where(scopeOf(principal), column),
};
