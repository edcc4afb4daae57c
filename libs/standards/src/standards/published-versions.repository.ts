import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from '@skill-ladder/vocabulary';
import { StandardSource } from '../entities/standard.entity';
import { StandardLevel } from './standard-levels';
import { StandardVersionSnapshot } from './standards.repository';
import { VersionStatus } from './version-workflow';

/** An occupation (null for a code not in the catalogue) and the standard version in force for it at an enterprise. */
export interface OccupationWithVersion {
  occupation: { nameZh: string; relatedCodes: string[] } | null;
  version: StandardVersionSnapshot | null;
}

/** A row of `publishedVersionsWithOccupation`: the occupation, and the version columns (null when none is in force). */
interface OccupationVersionRow {
  i: string;
  name_zh: string;
  related_codes: string[];
  id: string | null;
  standard_id: string;
  version: number;
  status: VersionStatus;
  source: StandardSource;
  organization_id: string | null;
  levels: StandardLevel[];
  effective_from: IsoDate | null;
  effective_to: IsoDate | null;
}

/**
 * Which standard version an enterprise evaluates an occupation by on a day: its own published
 * specification in force, else an industry one, else the national standard. One statement each,
 * for one occupation or many (StandardsService answers other libs with these).
 */
@Injectable()
export class PublishedVersionsRepository {
  /**
   * The id of the version an enterprise evaluates an occupation by on `on`: its own published
   * specification in force, else an industry one, else the national standard. Null if none.
   */
  async publishedVersionId(em: EntityManager, occupationCode: string, organizationId: string | null, on: IsoDate): Promise<string | null> {
    const [row] = (await em.query(
      `SELECT v.id FROM standard_versions v
         JOIN standards s ON s.id = v.standard_id
         JOIN occupations oc ON oc.id = s.occupation_id
        WHERE oc.code = $1 AND v.status IN ('published', 'retired') AND v.effective_from <= $2 AND (v.effective_to IS NULL OR v.effective_to >= $2)
          AND (s.organization_id IS NULL OR s.organization_id = $3)
        ORDER BY CASE s.source WHEN 'enterprise' THEN 0 WHEN 'industry' THEN 1 ELSE 2 END
        LIMIT 1`,
      [occupationCode, on, organizationId],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /**
   * For each occupation × enterprise pair, in the order asked and in one statement: the
   * occupation of the code and the version `publishedVersionId` picks for it.
   */
  async publishedVersionsWithOccupation(
    em: EntityManager,
    queries: readonly { occupationCode: string; organizationId: string | null }[],
    on: IsoDate,
  ): Promise<OccupationWithVersion[]> {
    if (queries.length === 0) return [];
    const rows = (await em.query(
      `SELECT q.i, oc.name_zh, oc.related_codes, v.*
         FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS q(code, organization_id, i)
         JOIN occupations oc ON oc.code = q.code
         LEFT JOIN LATERAL (
           SELECT v.id, v.standard_id, v.version, v.status, s.source, s.organization_id, v.levels,
                  v.effective_from::text AS effective_from, v.effective_to::text AS effective_to
             FROM standard_versions v JOIN standards s ON s.id = v.standard_id
            WHERE s.occupation_id = oc.id AND v.status IN ('published', 'retired') AND v.effective_from <= $3 AND (v.effective_to IS NULL OR v.effective_to >= $3)
              AND (s.organization_id IS NULL OR s.organization_id = q.organization_id)
            ORDER BY CASE s.source WHEN 'enterprise' THEN 0 WHEN 'industry' THEN 1 ELSE 2 END
            LIMIT 1
         ) v ON true`,
      [queries.map((q) => q.occupationCode), queries.map((q) => q.organizationId), on],
    )) as OccupationVersionRow[];
    const byIndex = new Map(rows.map((row) => [Number(row.i), row]));
    return queries.map((query, index) => {
      const row = byIndex.get(index + 1);
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
    });
  }
}
