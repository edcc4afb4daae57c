import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResultStatisticsService, SEVERITY_MIN_SHEETS } from '@skill-ladder/evaluations';
import { OrganizationsService } from '@skill-ladder/identity';
import {
  Clock,
  findRegion,
  namedQuery,
  NotFoundError,
  Principal,
  regionCovers,
  regionLikePattern,
  UnprocessableError,
  ValidationFailedError,
} from '@skill-ladder/platform';
import { DefaultedRank, evaluateEligibility, LevelDefinition, toWorkerFacts } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES, EmploymentType, WorkerRecord } from '@skill-ladder/workforce';
import { currentRankIn, rungsAbove } from '../career/career-path';
import { HELD_RANKS } from '../common/labels';
import { PromotionsReader } from '../common/promotions-reader';
import { TierPoliciesService } from '../policy/tier-policies.service';
import { PIPELINE_BUCKET_LABELS, PipelineBucket, pipelineBucket, share } from './pipeline';
import { isHighSkilled, Rank, RANK_INFO } from '@skill-ladder/vocabulary';

interface StaffRow {
  person_id: string;
  organization_id: string;
  employment_type: EmploymentType;
  occupation_code: string | null;
  rank: Rank | null;
}

interface Rates {
  workers: number;
  certified: number;
  certificationRate: number | null;
  highSkilled: number;
  highSkilledShare: number | null;
}

export interface AnalyticsReport {
  scope: { kind: 'enterprise' | 'region'; regionCode: string; regionName: string | null; organizationId: string | null; organizationName: string | null };
  asOf: string;
  /** Headcount by workplace: a worker counts at each enterprise where they work now (dispatched workers at the enterprise, not the agency). */
  totals: Rates;
  enterprises: ({ id: string; name: string; regionCode: string } & Rates)[];
  byRank: { rank: Rank | 'none'; label: string; workers: number }[];
  byOccupation: ({ occupationCode: string | null; occupationName: string | null } & Rates)[];
  byEmploymentType: ({ employmentType: EmploymentType; label: string } & Rates)[];
  /** 劳务派遣工与正式职工的持证率. */
  certificationRates: { dispatched: Rates; regular: Rates };
  /** Workers who may apply for their next rung now, within 6 months and within 12 months (cumulative). */
  pipeline: {
    now: number;
    within6Months: number;
    within12Months: number;
    buckets: { bucket: PipelineBucket; label: string; workers: number }[];
    byNextRank: { rank: Rank; label: string; now: number; within6Months: number; within12Months: number }[];
  };
  /** 各职业认定通过率: published results of the campaigns the enterprises ran. */
  passRates: { occupationCode: string; occupationName: string | null; candidates: number; passed: number; failed: number; voided: number; passRate: number | null }[];
  /** 考评员评分宽严: mean deviation from the panel mean, for evaluators with at least `minSheets` sheets on shared components. */
  evaluatorSeverity: {
    minSheets: number;
    evaluators: { evaluatorProfileId: string; name: string; sheets: number; candidates: number; meanScore: number; meanDeviation: number }[];
  };
  appointments: {
    organizationId: string;
    organizationName: string;
    policyId: string;
    tierName: string;
    nationalRank: Rank;
    limit: number | null;
    held: number;
    remaining: number | null;
    explanation: string;
  }[];
}

/**
 * 技能人才统计: for an enterprise (its HR, its bureau) or a region (the bureau, across its
 * enterprises). Workers are counted where they work now, so a region's figures hold only its own
 * enterprises' workforce, never another region's. Reads the workforce tables in bulk: a report
 * over tens of thousands of workers cannot go record by record.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly reader: PromotionsReader,
    private readonly policies: TierPoliciesService,
    private readonly results: ResultStatisticsService,
    private readonly clock: Clock,
  ) {}

  async enterprise(principal: Principal, organizationId: string): Promise<AnalyticsReport> {
    const em = this.dataSource.manager;
    const org = await this.organizations.findVisible(em, principal, organizationId);
    if (org.kind !== 'enterprise') throw new UnprocessableError('ANALYTICS_FOR_ENTERPRISES', 'Workforce analytics are kept per enterprise or per region');
    return this.report(em, { kind: 'enterprise', regionCode: org.regionCode, organizationId: org.id, organizationName: org.name }, [org.id]);
  }

  async region(principal: Principal, regionCode?: string): Promise<AnalyticsReport> {
    const em = this.dataSource.manager;
    let code = regionCode;
    if (principal.actingAs === 'bureau_officer') {
      code = regionCode ?? (principal.regionCode as string);
      // A region outside the bureau's own answers as if it did not exist.
      if (!principal.regionCode || !regionCovers(principal.regionCode, code)) throw new NotFoundError('Region');
    } else if (!code) {
      throw new ValidationFailedError([{ field: 'regionCode', code: 'required', message: '请指定行政区划 / name the region' }]);
    }
    const rows = await namedQuery<{ id: string }>(
      em,
      `SELECT id FROM organizations WHERE kind = 'enterprise' AND region_code LIKE :region ORDER BY name, id`,
      { region: regionLikePattern(code as string) },
    );
    return this.report(em, { kind: 'region', regionCode: code as string, organizationId: null, organizationName: null }, rows.map((r) => r.id));
  }

  private async report(
    em: EntityManager,
    scope: { kind: 'enterprise' | 'region'; regionCode: string; organizationId: string | null; organizationName: string | null },
    organizationIds: string[],
  ): Promise<AnalyticsReport> {
    const today = this.clock.today();
    const staff = await this.staff(em, organizationIds, today);
    const orgs = organizationIds.length
      ? ((await em.query(`SELECT id, name, region_code FROM organizations WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [organizationIds])) as {
          id: string;
          name: string;
          region_code: string;
        }[])
      : [];

    const passRates = await this.results.passRatesByOccupation(em, organizationIds);
    const occupations = [...new Set(staff.map((s) => s.occupation_code))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
    const occupationNames = new Map<string, string | null>();
    for (const code of [...occupations, ...passRates.map((p) => p.occupationCode)]) {
      if (code && !occupationNames.has(code)) occupationNames.set(code, await this.reader.occupationName(code, em));
    }

    const appointments: AnalyticsReport['appointments'] = [];
    for (const org of orgs) {
      for (const named of await this.policies.namedPolicies(em, org.id)) {
        if (named.policy.termMonths === null) continue;
        const quota = await this.policies.quota(em, named.policy, today);
        appointments.push({
          organizationId: org.id,
          organizationName: org.name,
          policyId: named.policy.id,
          tierName: named.tierName,
          nationalRank: named.policy.nationalRank,
          limit: quota.limit,
          held: quota.held,
          remaining: quota.remaining,
          explanation: quota.explanation,
        });
      }
    }

    return {
      scope: { ...scope, regionName: findRegion(scope.regionCode)?.name ?? null },
      asOf: today,
      totals: rates(staff),
      enterprises: orgs.map((o) => ({ id: o.id, name: o.name, regionCode: o.region_code, ...rates(staff.filter((s) => s.organization_id === o.id)) })),
      byRank: [
        { rank: 'none' as const, label: '无职业技能等级', workers: staff.filter((s) => s.rank === null).length },
        ...HELD_RANKS.map((rank) => ({ rank, label: RANK_INFO[rank].labelZh, workers: staff.filter((s) => s.rank === rank).length })),
      ],
      byOccupation: occupations.map((code) => ({
        occupationCode: code,
        occupationName: code ? (occupationNames.get(code) ?? null) : null,
        ...rates(staff.filter((s) => s.occupation_code === code)),
      })),
      byEmploymentType: EMPLOYMENT_TYPES.map((type) => ({ employmentType: type, label: EMPLOYMENT_TYPE_LABELS[type], ...rates(staff.filter((s) => s.employment_type === type)) })),
      certificationRates: {
        dispatched: rates(staff.filter((s) => s.employment_type === 'dispatched')),
        regular: rates(staff.filter((s) => s.employment_type === 'regular')),
      },
      pipeline: await this.pipeline(em, staff, today),
      passRates: passRates.map((p) => ({ ...p, occupationName: occupationNames.get(p.occupationCode) ?? null })),
      evaluatorSeverity: { minSheets: SEVERITY_MIN_SHEETS, evaluators: await this.results.evaluatorSeverity(em, organizationIds) },
      appointments,
    };
  }

  /** Who works at the enterprises now, once per enterprise, with their highest rank that counts today. */
  private async staff(em: EntityManager, organizationIds: string[], today: string): Promise<StaffRow[]> {
    if (organizationIds.length === 0) return [];
    return em.query(
      `SELECT DISTINCT ON (e.person_id, e.work_org_id) e.person_id, e.work_org_id AS organization_id, e.employment_type, e.occupation_code,
              (SELECT c.rank FROM person_credentials c
                WHERE c.person_id = e.person_id AND c.status = 'valid' AND c.issued_on <= $2
                  AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.credential_id = c.id AND a.status <> 'appointed')
                ORDER BY skill_rank_order(c.rank) DESC LIMIT 1) AS rank
         FROM employments e
        WHERE e.work_org_id = ANY($1::uuid[]) AND e.hired_on <= $2 AND (e.ended_on IS NULL OR e.ended_on >= $2)
        ORDER BY e.person_id, e.work_org_id, e.hired_on, e.created_at`,
      [organizationIds, today],
    );
  }

  /**
   * The next rung of each worker in the occupation they work in, by the standard in force at
   * their enterprise, bucketed by when they may apply. Facts are loaded in bulk.
   */
  private async pipeline(em: EntityManager, staff: StaffRow[], today: string): Promise<AnalyticsReport['pipeline']> {
    const records = await this.records(em, [...new Set(staff.map((s) => s.person_id))]);
    const ended = await this.reader.endedAppointmentCredentials([...records.keys()], em);
    const levels = new Map<string, LevelDefinition>();
    const counts = new Map<PipelineBucket, number>();
    const byRank = new Map<Rank, { now: number; within6Months: number; within12Months: number }>();
    for (const s of staff) {
      if (!s.occupation_code) continue;
      const record = records.get(s.person_id) as WorkerRecord;
      const held = { ...record, credentials: record.credentials.filter((c) => c.status === 'valid' && !ended.has(c.id) && c.issuedOn <= today) };
      const next = rungsAbove(currentRankIn(held.credentials, s.occupation_code))[0];
      if (!next) continue;
      const key = `${s.occupation_code}|${s.organization_id}|${next}`;
      if (!levels.has(key)) levels.set(key, (await this.reader.level(s.occupation_code, s.organization_id, next as DefaultedRank, today, em)).definition);
      const report = evaluateEligibility(levels.get(key) as LevelDefinition, toWorkerFacts(held, { occupationCode: s.occupation_code, asOf: today }), today);
      const bucket = pipelineBucket(report, today);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      const entry = byRank.get(next) ?? { now: 0, within6Months: 0, within12Months: 0 };
      if (bucket === 'now') entry.now++;
      if (bucket === 'now' || bucket === 'within_6_months') entry.within6Months++;
      if (bucket === 'now' || bucket === 'within_6_months' || bucket === 'within_12_months') entry.within12Months++;
      byRank.set(next, entry);
    }
    const n = (b: PipelineBucket) => counts.get(b) ?? 0;
    return {
      now: n('now'),
      within6Months: n('now') + n('within_6_months'),
      within12Months: n('now') + n('within_6_months') + n('within_12_months'),
      buckets: (Object.keys(PIPELINE_BUCKET_LABELS) as PipelineBucket[]).map((bucket) => ({ bucket, label: PIPELINE_BUCKET_LABELS[bucket], workers: n(bucket) })),
      byNextRank: [...byRank.entries()]
        .sort(([a], [b]) => RANK_INFO[a].order - RANK_INFO[b].order)
        .map(([rank, c]) => ({ rank, label: RANK_INFO[rank].labelZh, ...c })),
    };
  }

  /** What the eligibility engine needs of many workers, in one query per kind of fact. */
  private async records(em: EntityManager, ids: string[]): Promise<Map<string, WorkerRecord>> {
    const out = new Map<string, WorkerRecord>();
    if (ids.length === 0) return out;
    const q = (sql: string) => em.query(sql, [ids]) as Promise<Record<string, unknown>[]>;
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
}

function rates(rows: StaffRow[]): Rates {
  const certified = rows.filter((r) => r.rank !== null).length;
  const highSkilled = rows.filter((r) => r.rank !== null && isHighSkilled(r.rank)).length;
  return { workers: rows.length, certified, certificationRate: share(certified, rows.length), highSkilled, highSkilledShare: share(highSkilled, rows.length) };
}
