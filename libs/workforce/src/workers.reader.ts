import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IsoDate, Rank } from '@skill-ladder/vocabulary';
import { idMapRead, JsonRead, namedQuery, Principal } from '@skill-ladder/platform';
import { EmploymentType, WorkerRecord } from './worker-record';
import { visibleWorkersWhere } from './workforce-scope';

/** Someone working at an enterprise on a day, with the highest rank that counts for them then. */
export interface StaffMember {
  personId: string;
  /** Where they work (for a dispatched worker: the enterprise, not the agency). */
  organizationId: string;
  employmentType: EmploymentType;
  occupationCode: string | null;
  rank: Rank | null;
}

/** A certificate's holder as the certificate records them (the ID number encrypted, and masked). */
export interface CertificateHolder {
  personId: string;
  fullName: string;
  idNumberCipher: Buffer;
  idNumberMasked: string;
}

/**
 * Which credentials count, as an SQL condition on the credential under `alias` (`alias.id`,
 * `alias.rank`, …): the caller's rule (promotions: not the credential of an appointment no
 * longer held). Its SQL names only the caller's own tables.
 */
export type CredentialCondition = (alias: string) => string;

/**
 * How other libs read worker records (workforce owns the person tables): in bulk, by person or
 * by workplace, as camelCase records. A report over tens of thousands of workers cannot go record
 * by record, so every method takes many ids and reads each kind of fact once.
 */
@Injectable()
export class WorkersReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the eligibility engine needs of many workers, in one query per kind of fact. */
  async recordsFor(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, WorkerRecord>> {
    const out = new Map<string, WorkerRecord>();
    if (ids.length === 0) return out;
    const q = (sql: string) => em.query(sql, [[...ids]]) as Promise<Record<string, unknown>[]>;
    for (const p of await q(`SELECT id, full_name, birth_date::text AS birth_date, sex, education, graduated_on::text AS graduated_on,
                                    apprenticeship_completed_on::text AS apprenticeship_completed_on FROM persons WHERE id = ANY($1::uuid[])`)) {
      out.set(p.id as string, {
        id: p.id as string,
        fullName: p.full_name as string,
        idNumberMasked: '',
        birthDate: p.birth_date as string,
        sex: p.sex as WorkerRecord['sex'],
        phone: null,
        education: p.education as WorkerRecord['education'],
        graduatedOn: p.graduated_on as string | null,
        apprenticeshipCompletedOn: p.apprenticeship_completed_on as string | null,
        userId: null,
        employments: [],
        credentials: [],
        titles: [],
        honors: [],
        trainings: [],
        innovations: [],
        relations: [],
      });
    }
    const push = <K extends 'employments' | 'credentials' | 'titles' | 'honors' | 'trainings' | 'innovations'>(key: K, rows: Record<string, unknown>[], map: (r: Record<string, unknown>) => WorkerRecord[K][number]) => {
      for (const r of rows) (out.get(r.person_id as string)?.[key] as WorkerRecord[K][number][] | undefined)?.push(map(r));
    };
    push('employments', await q(`SELECT id, person_id, employer_org_id, work_org_id, employment_type, occupation_code, occupation_started_on::text AS occupation_started_on,
                                        hired_on::text AS hired_on, ended_on::text AS ended_on, job_title FROM employments WHERE person_id = ANY($1::uuid[]) ORDER BY hired_on`), (r) => ({
      id: r.id as string,
      employerOrganizationId: r.employer_org_id as string,
      workOrganizationId: r.work_org_id as string,
      employmentType: r.employment_type as EmploymentType,
      occupationCode: r.occupation_code as string | null,
      occupationStartedOn: r.occupation_started_on as string | null,
      hiredOn: r.hired_on as string,
      endedOn: r.ended_on as string | null,
      jobTitle: r.job_title as string | null,
    }));
    push('credentials', await q(`SELECT id, person_id, occupation_code, work_type, rank, certificate_number, issued_on::text AS issued_on, issuer_name, source, status
                                   FROM person_credentials WHERE person_id = ANY($1::uuid[])`), (r) => ({
      id: r.id as string,
      occupationCode: r.occupation_code as string,
      workType: r.work_type as string | null,
      rank: r.rank as WorkerRecord['credentials'][number]['rank'],
      certificateNumber: r.certificate_number as string | null,
      issuedOn: r.issued_on as string,
      issuerName: r.issuer_name as string,
      source: r.source as WorkerRecord['credentials'][number]['source'],
      status: r.status as WorkerRecord['credentials'][number]['status'],
    }));
    push('titles', await q(`SELECT id, person_id, series, grade, title_name, obtained_on::text AS obtained_on, source FROM person_titles WHERE person_id = ANY($1::uuid[])`), (r) => ({
      id: r.id as string,
      series: r.series as string,
      grade: r.grade as WorkerRecord['titles'][number]['grade'],
      titleName: r.title_name as string,
      obtainedOn: r.obtained_on as string,
      source: r.source as WorkerRecord['titles'][number]['source'],
    }));
    push('honors', await q(`SELECT id, person_id, kind, level, name, awarded_on::text AS awarded_on FROM person_honors WHERE person_id = ANY($1::uuid[])`), (r) => ({
      id: r.id as string,
      kind: r.kind as string,
      level: r.level as WorkerRecord['honors'][number]['level'],
      name: r.name as string,
      awardedOn: r.awarded_on as string,
    }));
    push('trainings', await q(`SELECT id, person_id, name, hours::float8 AS hours, completed_on::text AS completed_on FROM person_trainings WHERE person_id = ANY($1::uuid[])`), (r) => ({
      id: r.id as string,
      name: r.name as string,
      hours: Number(r.hours),
      completedOn: r.completed_on as string,
    }));
    push('innovations', await q(`SELECT id, person_id, kind, title, level, achieved_on::text AS achieved_on FROM person_innovations WHERE person_id = ANY($1::uuid[])`), (r) => ({
      id: r.id as string,
      kind: r.kind as string,
      title: r.title as string,
      level: r.level as WorkerRecord['innovations'][number]['level'],
      achievedOn: r.achieved_on as string,
    }));
    return out;
  }

  /**
   * Who works at the enterprises on `on`, once per person and enterprise, with their highest rank
   * that counts then, `pageSize` at a time through a cursor: a region of 100,000 workers is never
   * held at once, and PostgreSQL runs the query once (pages read one after the other by key ran it
   * 50 times, each with a parallel plan's start-up, 5 s more at 100,000 workers). A cursor lives in
   * a transaction, so `em` must be in one; the transaction's end closes it, one per transaction at
   * a time. A last page shorter than `pageSize` ends it without another statement.
   */
  async *staffPages(organizationIds: readonly string[], on: IsoDate, counts: CredentialCondition, pageSize: number, em: EntityManager): AsyncGenerator<StaffMember[]> {
    if (organizationIds.length === 0) return;
    if (!em.queryRunner?.isTransactionActive) throw new Error('WorkersReader.staffPages reads through a cursor: call it in a transaction');
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`WorkersReader.staffPages: page size ${pageSize} is not a positive integer`);
    await em.query(
      `DECLARE staff_pages NO SCROLL CURSOR FOR
       SELECT DISTINCT ON (e.person_id, e.work_org_id) e.person_id, e.work_org_id AS organization_id, e.employment_type, e.occupation_code,
              (SELECT c.rank FROM person_credentials c
                WHERE c.person_id = e.person_id AND c.status = 'valid' AND c.issued_on <= $2
                  AND ${counts('c')}
                ORDER BY skill_rank_order(c.rank) DESC LIMIT 1) AS rank
         FROM employments e
        WHERE e.work_org_id = ANY($1::uuid[]) AND e.hired_on <= $2 AND (e.ended_on IS NULL OR e.ended_on >= $2)
        ORDER BY e.person_id, e.work_org_id, e.hired_on, e.created_at`,
      [organizationIds, on],
    );
    for (;;) {
      const rows = (await em.query(`FETCH ${pageSize} FROM staff_pages`)) as {
        person_id: string;
        organization_id: string;
        employment_type: EmploymentType;
        occupation_code: string | null;
        rank: Rank | null;
      }[];
      if (rows.length > 0) {
        yield rows.map((r) => ({ personId: r.person_id, organizationId: r.organization_id, employmentType: r.employment_type, occupationCode: r.occupation_code, rank: r.rank }));
      }
      if (rows.length < pageSize) return;
    }
  }

  /** How many people work at the enterprise on `on` holding a valid credential of one of `ranks` that counts. */
  async countHolding(query: { organizationId: string; on: IsoDate; ranks: readonly Rank[]; counts: CredentialCondition }, em: EntityManager = this.dataSource.manager): Promise<number> {
    return (await this.countHoldingMany([query], query.on, query.counts, em))[0];
  }

  /** `countHolding` of many enterprise × ranks pairs in one statement, in the order asked. */
  async countHoldingMany(
    queries: readonly { organizationId: string; ranks: readonly Rank[] }[],
    on: IsoDate,
    counts: CredentialCondition,
    em: EntityManager = this.dataSource.manager,
  ): Promise<number[]> {
    if (queries.length === 0) return [];
    const rows = (await em.query(
      `SELECT q.i, (SELECT count(*)::int FROM persons p
                     WHERE EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND e.work_org_id = q.organization_id
                                     AND e.hired_on <= $3 AND (e.ended_on IS NULL OR e.ended_on >= $3))
                       AND EXISTS (SELECT 1 FROM person_credentials c WHERE c.person_id = p.id AND c.status = 'valid'
                                     AND c.rank = ANY(string_to_array(q.ranks, ',')) AND c.issued_on <= $3
                                     AND ${counts('c')})) AS n
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS q(organization_id, ranks, i)`,
      [queries.map((q) => q.organizationId), queries.map((q) => q.ranks.join(',')), on],
    )) as { i: string; n: number }[];
    const byIndex = new Map(rows.map((r) => [Number(r.i), r.n]));
    return queries.map((_, i) => byIndex.get(i + 1) ?? 0);
  }

  /** Name and masked ID number of one person, or null. */
  async identity(personId: string, em: EntityManager = this.dataSource.manager): Promise<{ fullName: string; idNumberMasked: string } | null> {
    const [row] = (await em.query('SELECT full_name, id_number_masked FROM persons WHERE id = $1', [personId])) as { full_name: string; id_number_masked: string }[];
    return row ? { fullName: row.full_name, idNumberMasked: row.id_number_masked } : null;
  }

  /**
   * What a certificate prints of its holders, by person id: the name and the ID number (its
   * cipher for the full number, and the masked form). Persons not found are left out.
   */
  async certificateHolders(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, CertificateHolder>> {
    if (ids.length === 0) return new Map();
    const rows = (await em.query('SELECT id, full_name, id_number_cipher, id_number_masked FROM persons WHERE id = ANY($1::uuid[])', [[...new Set(ids)]])) as {
      id: string;
      full_name: string;
      id_number_cipher: Buffer;
      id_number_masked: string;
    }[];
    return new Map(rows.map((r) => [r.id, { personId: r.id, fullName: r.full_name, idNumberCipher: r.id_number_cipher, idNumberMasked: r.id_number_masked }]));
  }

  /**
   * The persons with one of these ID-number blind indexes (`PiiCipher.blindIndex`, never the
   * number in clear) who work at the organization on `on` (hired by then, not left before).
   */
  async workingAtByIdNumberIndex(
    query: { organizationId: string; on: IsoDate; idNumberIndexes: readonly Buffer[] },
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ personId: string; fullName: string; idNumberIndex: Buffer }[]> {
    if (query.idNumberIndexes.length === 0) return [];
    const rows = (await em.query(
      `SELECT p.id, p.full_name, p.id_number_index FROM persons p
        WHERE p.id_number_index = ANY($1::bytea[])
          AND EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND e.work_org_id = $2
                        AND e.hired_on <= $3 AND (e.ended_on IS NULL OR e.ended_on >= $3))`,
      [query.idNumberIndexes, query.organizationId, query.on],
    )) as { id: string; full_name: string; id_number_index: Buffer }[];
    return rows.map((r) => ({ personId: r.id, fullName: r.full_name, idNumberIndex: r.id_number_index }));
  }

  /** Names of the persons among `ids` the principal may see (id → full name); the others are left out. */
  async visibleNames(principal: Principal, ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const scope = visibleWorkersWhere(principal, 'p');
    const rows = await namedQuery<{ id: string; full_name: string }>(
      em,
      `SELECT p.id, p.full_name FROM persons p WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${scope.sql}`,
      { ...scope.params, ids },
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** Names of persons by id (id → full name). */
  namesRead(ids: readonly string[]): JsonRead<Map<string, string>> {
    return idMapRead(`SELECT COALESCE(json_object_agg(id, full_name), '{}') FROM persons WHERE id = ANY($1::uuid[])`, ids);
  }
}

/** SQL over the person tables for another lib's query that must keep a column in one statement. */
export const personSql = {
  /** The full name of the person `column` points at. */
  fullName: (column: string): string => `(SELECT person_of.full_name FROM persons person_of WHERE person_of.id = ${column})`,
  /** The masked ID number of the person `column` points at. */
  idNumberMasked: (column: string): string => `(SELECT person_of.id_number_masked FROM persons person_of WHERE person_of.id = ${column})`,
  /** The person `column` points at has a 证件照 (read it through `PersonPhotoReader`). */
  hasPhoto: (column: string): string => `EXISTS (SELECT 1 FROM person_photos photo_of WHERE photo_of.person_id = ${column})`,
  /**
   * The person `personParam` has an employment at the organization `organizationColumn` not
   * ended by `onParam` (a date parameter), and with `hiredBy` also begun by then.
   */
  worksAt: (personParam: string, organizationColumn: string, onParam: string, options: { hiredBy: boolean }): string =>
    `EXISTS (SELECT 1 FROM employments se WHERE se.person_id = ${personParam} AND se.work_org_id = ${organizationColumn}` +
    (options.hiredBy ? ` AND se.hired_on <= CAST(${onParam} AS date)` : '') +
    ` AND (se.ended_on IS NULL OR se.ended_on >= CAST(${onParam} AS date)))`,
};
