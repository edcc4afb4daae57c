import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResultStatisticsService, SEVERITY_MIN_SHEETS } from '@skill-ladder/evaluations';
import { OrganizationsReader, OrganizationsService } from '@skill-ladder/identity';
import {
  Clock,
  findRegion,
  NotFoundError,
  Principal,
  regionCovers,
  scopeOf,
  UnprocessableError,
  ValidationFailedError,
} from '@skill-ladder/platform';
import { DefaultedRank, evaluateEligibility, LevelDefinition, StandardsReader, toWorkerFacts } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES, EmploymentType, StaffMember, WorkerRecord, WorkersReader } from '@skill-ladder/workforce';
import { currentRankIn, rungsAbove } from '../career/career-path';
import { HELD_RANKS } from '../common/labels';
import { countsWhileAppointed, PromotionsReader } from '../common/promotions-reader';
import { QuotaStatus } from '../policy/policy-rules';
import { TierPoliciesService } from '../policy/tier-policies.service';
import { PIPELINE_BUCKET_LABELS, PipelineBucket, pipelineBucket } from './pipeline';
import { Rates, StaffTally } from './staff-tally';
import { Rank, RANK_INFO } from '@skill-ladder/vocabulary';

/** Staff members (person × enterprise) a report holds at once, with their records for the pipeline. */
const STAFF_PAGE = 2_000;

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
 * enterprises' workforce, never another region's. Reads the workforce tables in bulk, a page of
 * staff at a time: a report over 100,000 workers can neither go record by record nor hold them all.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly workersReader: WorkersReader,
    private readonly standardsReader: StandardsReader,
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
    if (scopeOf(principal).kind === 'region') {
      code = regionCode ?? (principal.regionCode as string);
      // A region outside the bureau's own answers as if it did not exist.
      if (!principal.regionCode || !regionCovers(principal.regionCode, code)) throw new NotFoundError('Region');
    } else if (!code) {
      throw new ValidationFailedError([{ field: 'regionCode', code: 'required', message: '请指定行政区划 / name the region' }]);
    }
    const enterpriseIds = await this.organizationsReader.enterpriseIdsIn(code as string, em);
    return this.report(em, { kind: 'region', regionCode: code as string, organizationId: null, organizationName: null }, enterpriseIds);
  }

  /** In one transaction: the staff is read through a cursor, which lives in one (`WorkersReader.staffPages`). */
  private report(
    em: EntityManager,
    scope: { kind: 'enterprise' | 'region'; regionCode: string; organizationId: string | null; organizationName: string | null },
    organizationIds: string[],
  ): Promise<AnalyticsReport> {
    return em.transaction((tx) => this.reportIn(tx, scope, organizationIds));
  }

  private async reportIn(
    em: EntityManager,
    scope: { kind: 'enterprise' | 'region'; regionCode: string; organizationId: string | null; organizationName: string | null },
    organizationIds: string[],
  ): Promise<AnalyticsReport> {
    const today = this.clock.today();
    // The staff a page at a time: each page is counted, its pipeline worked out, then dropped.
    const tally = new StaffTally();
    const climb = new Climb();
    const levels = new Map<string, LevelDefinition>();
    for await (const page of this.workersReader.staffPages(organizationIds, today, countsWhileAppointed, STAFF_PAGE, em)) {
      tally.add(page);
      await this.climbPage(em, page, today, levels, climb);
    }
    const orgs = await this.organizationsReader.byIds(organizationIds, em);

    const passRates = await this.results.passRatesByOccupation(em, organizationIds);
    const occupations = tally.occupations();
    const occupationNames = await this.standardsReader.occupationNames(
      [...occupations, ...passRates.map((p) => p.occupationCode)].filter((code): code is string => code !== null),
      em,
    );

    const named = await this.policies.namedPoliciesOf(em, organizationIds);
    const appointable = orgs.flatMap((org) => (named.get(org.id) ?? []).filter((n) => n.policy.termMonths !== null).map((n) => ({ org, ...n })));
    const quotas = await this.policies.quotas(
      em,
      appointable.map((a) => a.policy),
      today,
    );
    const appointments: AnalyticsReport['appointments'] = appointable.map(({ org, policy, tierName }) => {
      const quota = quotas.get(policy.id) as QuotaStatus;
      return {
        organizationId: org.id,
        organizationName: org.name,
        policyId: policy.id,
        tierName,
        nationalRank: policy.nationalRank,
        limit: quota.limit,
        held: quota.held,
        remaining: quota.remaining,
        explanation: quota.explanation,
      };
    });

    return {
      scope: { ...scope, regionName: findRegion(scope.regionCode)?.name ?? null },
      asOf: today,
      totals: tally.rates(),
      enterprises: orgs.map((o) => ({ id: o.id, name: o.name, regionCode: o.regionCode, ...tally.rates((c) => c.organizationId === o.id) })),
      byRank: [
        { rank: 'none' as const, label: '无职业技能等级', workers: tally.withRank(null) },
        ...HELD_RANKS.map((rank) => ({ rank, label: RANK_INFO[rank].labelZh, workers: tally.withRank(rank) })),
      ],
      byOccupation: occupations.map((code) => ({
        occupationCode: code,
        occupationName: code ? (occupationNames.get(code) ?? null) : null,
        ...tally.rates((c) => c.occupationCode === code),
      })),
      byEmploymentType: EMPLOYMENT_TYPES.map((type) => ({ employmentType: type, label: EMPLOYMENT_TYPE_LABELS[type], ...tally.rates((c) => c.employmentType === type) })),
      certificationRates: {
        dispatched: tally.rates((c) => c.employmentType === 'dispatched'),
        regular: tally.rates((c) => c.employmentType === 'regular'),
      },
      pipeline: climb.summary(),
      passRates: passRates.map((p) => ({ ...p, occupationName: occupationNames.get(p.occupationCode) ?? null })),
      evaluatorSeverity: { minSheets: SEVERITY_MIN_SHEETS, evaluators: await this.results.evaluatorSeverity(em, organizationIds) },
      appointments,
    };
  }

  /**
   * The next rung of each member of a page in the occupation they work in, by the standard in
   * force at their enterprise, counted into `climb` by when they may apply. The page's records are
   * read in bulk and dropped with it (a region of 100,000 workers held them all and peaked at
   * 1.2 GB); each standard's levels are read once for the report, into `levels`.
   */
  private async climbPage(em: EntityManager, page: readonly StaffMember[], today: string, levels: Map<string, LevelDefinition>, climb: Climb): Promise<void> {
    const members = new Map<string, (StaffMember & { occupationCode: string })[]>();
    for (const member of page) {
      if (!member.occupationCode) continue;
      const list = members.get(member.personId);
      if (list) list.push(member as StaffMember & { occupationCode: string });
      else members.set(member.personId, [member as StaffMember & { occupationCode: string }]);
    }
    if (members.size === 0) return;
    const ids = [...members.keys()];
    const records = await this.workersReader.recordsFor(ids, em);
    const ended = await this.reader.endedAppointmentCredentials(ids, em);
    const climbing: { member: StaffMember & { occupationCode: string }; held: WorkerRecord; next: Rank }[] = [];
    for (const id of ids) {
      const record = records.get(id);
      if (!record) continue;
      const held = heldOn(record, ended, today);
      for (const member of members.get(id) ?? []) {
        const next = nextRung(held, member.occupationCode);
        if (next) climbing.push({ member, held, next });
      }
    }
    await this.readLevels(em, climbing, today, levels);
    for (const { member, held, next } of climbing) {
      const definition = levels.get(levelKey(member.occupationCode, member.organizationId, next)) as LevelDefinition;
      const report = evaluateEligibility(definition, toWorkerFacts(held, { occupationCode: member.occupationCode, asOf: today }), today);
      climb.add(next, pipelineBucket(report, today));
    }
  }

  /**
   * Adds to `levels` the conditions of each worker's next rung by the standard in force at their
   * enterprise that it does not hold yet: one statement for every occupation × enterprise missing.
   */
  private async readLevels(
    em: EntityManager,
    climbing: readonly { member: { occupationCode: string; organizationId: string }; next: Rank }[],
    today: string,
    levels: Map<string, LevelDefinition>,
  ): Promise<void> {
    const wanted = new Map<string, { occupationCode: string; organizationId: string; ranks: Set<DefaultedRank> }>();
    for (const { member, next } of climbing) {
      if (levels.has(levelKey(member.occupationCode, member.organizationId, next))) continue;
      const pair = `${member.occupationCode}|${member.organizationId}`;
      const entry = wanted.get(pair) ?? { occupationCode: member.occupationCode, organizationId: member.organizationId, ranks: new Set<DefaultedRank>() };
      entry.ranks.add(next as DefaultedRank);
      wanted.set(pair, entry);
    }
    if (wanted.size === 0) return;
    const queries = [...wanted.values()].map((w) => ({ ...w, ranks: [...w.ranks] }));
    const found = await this.standardsReader.levelsForMany(queries, today, em);
    queries.forEach((q, i) => {
      for (const [rank, source] of found[i].levels) levels.set(levelKey(q.occupationCode, q.organizationId, rank), source.definition);
    });
  }
}

/** What a worker holds on `today` that counts: valid, issued by then, and for appointments only while the post is held. */
function heldOn(record: WorkerRecord, ended: ReadonlySet<string>, today: string): WorkerRecord {
  return { ...record, credentials: record.credentials.filter((c) => c.status === 'valid' && !ended.has(c.id) && c.issuedOn <= today) };
}

function nextRung(held: WorkerRecord, occupationCode: string): Rank | undefined {
  return rungsAbove(currentRankIn(held.credentials, occupationCode))[0];
}

function levelKey(occupationCode: string, organizationId: string, rank: Rank): string {
  return `${occupationCode}|${organizationId}|${rank}`;
}

/** The pipeline's counts: workers by bucket, and by next rung now, within 6 and within 12 months (cumulative). */
class Climb {
  private readonly counts = new Map<PipelineBucket, number>();
  private readonly byRank = new Map<Rank, { now: number; within6Months: number; within12Months: number }>();

  add(next: Rank, bucket: PipelineBucket): void {
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    const entry = this.byRank.get(next) ?? { now: 0, within6Months: 0, within12Months: 0 };
    if (bucket === 'now') entry.now++;
    if (bucket === 'now' || bucket === 'within_6_months') entry.within6Months++;
    if (bucket === 'now' || bucket === 'within_6_months' || bucket === 'within_12_months') entry.within12Months++;
    this.byRank.set(next, entry);
  }

  summary(): AnalyticsReport['pipeline'] {
    const n = (b: PipelineBucket) => this.counts.get(b) ?? 0;
    return {
      now: n('now'),
      within6Months: n('now') + n('within_6_months'),
      within12Months: n('now') + n('within_6_months') + n('within_12_months'),
      buckets: (Object.keys(PIPELINE_BUCKET_LABELS) as PipelineBucket[]).map((bucket) => ({ bucket, label: PIPELINE_BUCKET_LABELS[bucket], workers: n(bucket) })),
      byNextRank: [...this.byRank.entries()]
        .sort(([a], [b]) => RANK_INFO[a].order - RANK_INFO[b].order)
        .map(([rank, c]) => ({ rank, label: RANK_INFO[rank].labelZh, ...c })),
    };
  }
}
