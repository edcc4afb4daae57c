import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, regionCovers, regionPrefix, UnprocessableError } from '@skill-ladder/platform';
import { DefaultedRank, LevelDefinition, levelOf, nationalDefaultLevel, OccupationsService, StandardsService, TitleMappingRule } from '@skill-ladder/standards';
import type { CredentialRecord, WorkerRecord } from '@skill-ladder/workforce';
import { IsoDate, Rank } from '@skill-ladder/vocabulary';

export interface OrganizationInfo {
  id: string;
  name: string;
  kind: 'bureau' | 'enterprise' | 'dispatch_agency';
  regionCode: string;
}

export interface LevelSource {
  definition: LevelDefinition;
  /** The standard version it comes from, or null for the national default routes. */
  standard: { standardId: string; version: number; source: string } | null;
}

/**
 * What promotions reads from the rest of the platform beyond the worker record: organizations,
 * the competent bureau, the skill ↔ title rules in force and the level a standard defines. The
 * title rules and organizations are read-only reference rows the owning modules expose no
 * bulk reader for.
 */
@Injectable()
export class PromotionsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly standards: StandardsService,
    private readonly occupations: OccupationsService,
  ) {}

  async organization(id: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationInfo> {
    const [row] = (await em.query('SELECT id, name, kind, region_code FROM organizations WHERE id = $1', [id])) as {
      id: string;
      name: string;
      kind: OrganizationInfo['kind'];
      region_code: string;
    }[];
    if (!row) throw new NotFoundError('Organization');
    return { id: row.id, name: row.name, kind: row.kind, regionCode: row.region_code };
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
    )) as { id: string; name: string; region_code: string }[];
    const mostLocal = rows.sort((a, b) => regionPrefix(b.region_code).length - regionPrefix(a.region_code).length)[0];
    if (!mostLocal) throw new UnprocessableError('NO_COMPETENT_BUREAU', 'No active bureau covers the enterprise’s region');
    return { id: mostLocal.id, name: mostLocal.name, kind: 'bureau', regionCode: mostLocal.region_code };
  }

  /** Every skill ↔ title rule; `rulesInForce` picks those of a region and date. */
  async titleRules(em: EntityManager = this.dataSource.manager): Promise<TitleMappingRule[]> {
    return ((await em.query(`SELECT ${TITLE_RULE_COLUMNS} FROM title_mappings`)) as Record<string, unknown>[]).map(toTitleRule);
  }

  /** Organizations by id, and every skill ↔ title rule: the reference rows of a career path, in one round trip. */
  async organizationsAndTitleRules(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<{ organizations: Map<string, OrganizationInfo>; titleRules: TitleMappingRule[] }> {
    const [row] = (await em.query(
      `SELECT (SELECT COALESCE(json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'region_code', region_code)), '[]')
                 FROM organizations WHERE id = ANY($1::uuid[])) AS organizations,
              (SELECT COALESCE(json_agg(t), '[]') FROM (SELECT ${TITLE_RULE_COLUMNS} FROM title_mappings) t) AS title_rules`,
      [[...new Set(ids)]],
    )) as { organizations: { id: string; name: string; kind: OrganizationInfo['kind']; region_code: string }[]; title_rules: Record<string, unknown>[] }[];
    return {
      organizations: new Map(row.organizations.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind, regionCode: o.region_code }])),
      titleRules: row.title_rules.map(toTitleRule),
    };
  }

  /**
   * The application conditions of `rank` at an enterprise: the level of the standard version it
   * evaluates the occupation by (its own specification, else industry, else national), or the
   * national default routes when that version does not define the level (特级技师, 首席技师).
   */
  async level(occupationCode: string, organizationId: string, rank: DefaultedRank, on: IsoDate, em: EntityManager = this.dataSource.manager): Promise<LevelSource> {
    return (await this.levels(occupationCode, organizationId, [rank], on, em)).levels.get(rank) as LevelSource;
  }

  /**
   * `level` for several ranks of one occupation at one enterprise, with the occupation's name:
   * the standard version and the occupation are the same for every rank, so they are read once
   * (a career path asks for up to eight rungs).
   */
  async levels(
    occupationCode: string,
    organizationId: string,
    ranks: readonly DefaultedRank[],
    on: IsoDate,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ levels: Map<Rank, LevelSource>; occupationName: string | null }> {
    const { version, occupation } = await this.standards.publishedVersionWithOccupation({ occupationCode, organizationId, on }, em);
    const levels = new Map<Rank, LevelSource>();
    for (const rank of ranks) {
      levels.set(
        rank,
        version?.levels.some((l) => l.rank === rank)
          ? { definition: levelOf(version, rank).definition, standard: { standardId: version.standardId, version: version.version, source: version.source } }
          : { definition: nationalDefaultLevel(rank, { occupationCode, relatedOccupationCodes: occupation?.relatedCodes ?? [] }), standard: null },
      );
    }
    return { levels, occupationName: occupation?.nameZh ?? null };
  }

  async occupationName(occupationCode: string, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await this.occupations.findByCode(em, occupationCode))?.nameZh ?? null;
  }

  /** Credentials of appointments no longer held (term expired, revoked): history, not a current rank. */
  async endedAppointmentCredentials(personIds: string[], em: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = (await em.query(
      `SELECT credential_id FROM appointments WHERE person_id = ANY($1::uuid[]) AND credential_id IS NOT NULL AND status <> 'appointed'`,
      [personIds],
    )) as { credential_id: string }[];
    return new Set(rows.map((r) => r.credential_id));
  }
}

const TITLE_RULE_COLUMNS = `id, region_code, direction, rank, title_series, title_grade, title_name, years,
       effective_from::text AS effective_from, effective_to::text AS effective_to`;

function toTitleRule(r: Record<string, unknown>): TitleMappingRule {
  return {
    id: r.id as string,
    regionCode: r.region_code as string | null,
    direction: r.direction as TitleMappingRule['direction'],
    rank: r.rank as Rank,
    titleSeries: r.title_series as string | null,
    titleGrade: r.title_grade as TitleMappingRule['titleGrade'],
    titleName: r.title_name as string,
    years: Number(r.years),
    effectiveFrom: r.effective_from as string,
    effectiveTo: r.effective_to as string | null,
  };
}

/** The credentials that count today: valid, and for appointments, only while the post is held. */
export function effectiveCredentials(record: Pick<WorkerRecord, 'credentials'>, ended: ReadonlySet<string>): CredentialRecord[] {
  return record.credentials.filter((c) => c.status === 'valid' && !ended.has(c.id));
}
