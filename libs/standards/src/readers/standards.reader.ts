import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JsonRead, readOne } from '@skill-ladder/platform';
import { IsoDate, Rank } from '@skill-ladder/vocabulary';
import { LevelDefinition } from '../eligibility';
import { OccupationsService } from '../occupations/occupations.service';
import { DefaultedRank, nationalDefaultLevel } from '../reference/national-default-routes';
import { StandardsService, StandardVersionSnapshot } from '../standards/standards.service';
import { StandardLevel, toLevelDefinition } from '../standards/standard-levels';
import { TitleMappingRule } from '../title-mappings/title-options';

export interface LevelSource {
  definition: LevelDefinition;
  /** The standard version it comes from, or null for the national default routes. */
  standard: { standardId: string; version: number; source: string } | null;
}

const TITLE_RULE_COLUMNS = `id, region_code, direction, rank, title_series, title_grade, title_name, years,
       effective_from::text AS effective_from, effective_to::text AS effective_to`;

/**
 * How other libs read the standards lib's tables: the levels a standard defines at an
 * enterprise, occupation names, the skill ↔ title rules and enterprise tiers. camelCase records;
 * the `…Read` forms join other libs' reads in one round trip (`readTogether`).
 */
@Injectable()
export class StandardsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly standards: StandardsService,
    private readonly occupations: OccupationsService,
  ) {}

  /**
   * The application conditions of `ranks` of one occupation at an enterprise: the levels of the
   * standard version it evaluates the occupation by (its own specification, else industry, else
   * national), or the national default routes where that version does not define the level
   * (特级技师, 首席技师); with the occupation's name. The version and the occupation are the same
   * for every rank, so they are read once (a career path asks for up to eight rungs).
   */
  async levelsFor(
    query: { occupationCode: string; organizationId: string; ranks: readonly DefaultedRank[]; on: IsoDate; readOnly?: boolean },
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ levels: Map<Rank, LevelSource>; occupationName: string | null }> {
    return (await this.levelsForMany([query], query.on, em, query.readOnly))[0];
  }

  /** `levelsFor` of many occupation × enterprise pairs in one statement, in the order asked. */
  async levelsForMany(
    queries: readonly { occupationCode: string; organizationId: string; ranks: readonly DefaultedRank[] }[],
    on: IsoDate,
    em: EntityManager = this.dataSource.manager,
    /** Definitions sharing the routes read (or the frozen national ones), for a caller that only evaluates them. */
    readOnly = false,
  ): Promise<{ levels: Map<Rank, LevelSource>; occupationName: string | null }[]> {
    const found = await this.standards.publishedVersionsWithOccupation(queries, on, em);
    return queries.map(({ occupationCode, ranks }, i) => {
      const { version, occupation } = found[i];
      const levels = new Map<Rank, LevelSource>();
      for (const rank of ranks) {
        levels.set(
          rank,
          version?.levels.some((l) => l.rank === rank)
            ? {
                definition: toLevelDefinition(version.levels.find((l) => l.rank === rank) as StandardLevel, version.occupationCode, !readOnly),
                standard: { standardId: version.standardId, version: version.version, source: version.source },
              }
            : { definition: nationalDefaultLevel(rank, { occupationCode, relatedOccupationCodes: occupation?.relatedCodes ?? [], readOnly }), standard: null },
        );
      }
      return { levels, occupationName: occupation?.nameZh ?? null };
    });
  }

  /** `levelsFor` one rank. */
  async levelFor(query: { occupationCode: string; organizationId: string; rank: DefaultedRank; on: IsoDate }, em: EntityManager = this.dataSource.manager): Promise<LevelSource> {
    return (await this.levelsFor({ ...query, ranks: [query.rank] }, em)).levels.get(query.rank) as LevelSource;
  }

  async occupationName(occupationCode: string, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await this.occupations.findByCode(em, occupationCode))?.nameZh ?? null;
  }

  /** The Chinese names of occupations by code, in one statement; codes not in the catalogue are left out. */
  async occupationNames(codes: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = (await em.query('SELECT code, name_zh FROM occupations WHERE code = ANY($1::text[])', [[...new Set(codes)]])) as { code: string; name_zh: string }[];
    return new Map(rows.map((r) => [r.code, r.name_zh]));
  }

  /** Every skill ↔ title rule; `rulesInForce` picks those of a region and date. */
  titleRulesRead(): JsonRead<TitleMappingRule[]> {
    return {
      sql: `SELECT COALESCE(json_agg(t), '[]') FROM (SELECT ${TITLE_RULE_COLUMNS} FROM title_mappings) t`,
      params: [],
      map: (json) => (json as Record<string, unknown>[]).map(toTitleRule),
    };
  }

  async titleRules(em: EntityManager = this.dataSource.manager): Promise<TitleMappingRule[]> {
    return readOne(em, this.titleRulesRead());
  }

  /** The national rank of an active tier of the enterprise, or null when it is not one. */
  async activeTierRank(tierId: string, organizationId: string, em: EntityManager = this.dataSource.manager): Promise<Rank | null> {
    const [tier] = (await em.query(`SELECT national_rank FROM enterprise_tiers WHERE id = $1 AND organization_id = $2 AND status = 'active'`, [tierId, organizationId])) as {
      national_rank: Rank;
    }[];
    return tier?.national_rank ?? null;
  }

  async tierName(tierId: string, em: EntityManager = this.dataSource.manager): Promise<string> {
    return (await this.tierNames([tierId], em)).get(tierId) as string;
  }

  /** The names of enterprise tiers by id, in one statement. */
  async tierNames(tierIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (tierIds.length === 0) return new Map();
    const rows = (await em.query('SELECT id, name FROM enterprise_tiers WHERE id = ANY($1::uuid[])', [[...new Set(tierIds)]])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/**
 * SQL over the standards lib's tables for another lib's query that must keep a column in one
 * statement (a name next to a row): standards keeps the knowledge of its tables here.
 */
export const occupationSql = {
  /** The Chinese name of the occupation whose code `column` holds (null for a code not in the catalogue). */
  name: (column: string): string => `(SELECT occupation_of.name_zh FROM occupations occupation_of WHERE occupation_of.code = ${column})`,
};

/**
 * SQL over the standard tables for another lib's query that must keep a version next to its
 * rows in one statement (a campaign list): `snapshot` answers json, `toVersionSnapshot` reads it.
 */
export const standardVersionSql = {
  /** The standard version `column` points at, with its standard's title, as json (null when there is none). */
  snapshot: (column: string): string => `(SELECT json_build_object(
      'id', version_of.id, 'standardId', version_of.standard_id, 'version', version_of.version, 'status', version_of.status,
      'source', standard_of.source, 'organizationId', standard_of.organization_id, 'occupationCode', occupation_of.code,
      'effectiveFrom', version_of.effective_from, 'effectiveTo', version_of.effective_to, 'levels', version_of.levels, 'title', standard_of.title)
    FROM standard_versions version_of JOIN standards standard_of ON standard_of.id = version_of.standard_id
    JOIN occupations occupation_of ON occupation_of.id = standard_of.occupation_id WHERE version_of.id = ${column})`,
};

/** A standard version as `standardVersionSql.snapshot` answers it: the snapshot, and the standard's title. */
export function toVersionSnapshot(json: unknown): { snapshot: StandardVersionSnapshot; title: string } {
  const { title, ...snapshot } = json as StandardVersionSnapshot & { title: string };
  return { snapshot, title };
}

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
