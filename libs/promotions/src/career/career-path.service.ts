import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import { CampaignsService, CertificatesService, verificationUrl } from '@skill-ladder/evaluations';
import { APP_CONFIG, Clock, Principal } from '@skill-ladder/platform';
import { OrganizationInfo, OrganizationsReader } from '@skill-ladder/identity';
import {
  currentEmployments,
  DefaultedRank,
  evaluateEligibility,
  evaluateTitleOptions,
  LevelDefinition,
  levelOf,
  LevelSource,
  rulesInForce,
  StandardsReader,
  TitleOptionsReport,
  toLevelDefinition,
  toWorkerFacts,
  WorkerFacts,
} from '@skill-ladder/standards';
import { CredentialRecord, EMPLOYMENT_TYPE_LABELS, WorkerRecord, WorkersService } from '@skill-ladder/workforce';
import { visibleCasesWhere } from '../common/case-scope';
import { effectiveCredentials, PromotionsReader } from '../common/promotions-reader';
import { APPOINTMENT_STATUS_LABELS } from '../appointments/appointment-workflow';
import { TierPoliciesService } from '../policy/tier-policies.service';
import { Treatment } from '../policy/treatment';
import { appointmentsOfPerson, CareerAppointment, competitionPromotionsFor } from './career.repository';
import { CREDENTIAL_STATUS_LABELS, WorkerCredentialDto } from './dto/worker-credential.dto';
import { AppointmentHistory, buildTimeline, credentialSourceLabel, currentRankIn, projectRungs, Rung, rungsAbove, TimelineEvent } from './career-path';
import { compareDates, Rank, RANK_INFO } from '@skill-ladder/vocabulary';

export interface RungView extends Omit<Rung, 'report'> {
  /** Where the conditions come from: the standard version in force at the enterprise, or the national defaults. */
  conditionsFrom: LevelSource['standard'] | 'national_default';
  report: Rung['report'];
  /** What holding the rung brings at the enterprise, per its tier policy (the national rank and the enterprise's own tiers mapped to it). */
  treatment: Treatment[];
}

/** A campaign open for registration now, at a level the worker may apply for. */
export interface OpenCampaign {
  campaignId: string;
  number: number;
  name: string;
  organizationId: string;
  organizationName: string;
  rank: Rank;
  rankLabel: string;
  registrationClosesOn: string;
  seatsLeft: number;
  /** The route of the campaign's standard version the worker qualifies by. */
  route: string | null;
}

export interface OccupationPath {
  occupationCode: string;
  occupationName: string | null;
  /** The enterprise where the worker works (for a dispatched worker: not the agency). */
  organization: { id: string; name: string; regionCode: string };
  employmentType: string;
  employmentTypeLabel: string;
  employerOfRecord: { id: string; name: string };
  currentRank: Rank | null;
  currentRankLabel: string;
  /** How the current rank was obtained. */
  obtained: { credentialId: string; issuedOn: string; source: CredentialRecord['source']; sourceLabel: string; issuerName: string; certificateNumber: string | null } | null;
  /** What the worker enjoys now at the enterprise: the treatment of the rank held and of appointments held. */
  currentTreatment: Treatment[];
  nextRungs: RungView[];
  /**
   * Campaigns of the enterprise in this occupation, registering now, at a level above the
   * current one that the worker is eligible for on the campaign's own standard version and open
   * to their employment type. As far as the caller may see campaigns (an agency does not see the
   * enterprise's).
   */
  openCampaigns: OpenCampaign[];
}

export interface CareerPathResponse {
  personId: string;
  fullName: string;
  asOf: string;
  paths: OccupationPath[];
  titleOptions: TitleOptionsReport;
  appointments: {
    id: string;
    tierName: string;
    nationalRank: Rank;
    status: string;
    statusLabel: string;
    organizationId: string;
    termStartsOn: string | null;
    termEndsOn: string | null;
    treatment: Treatment | null;
  }[];
  timeline: TimelineEvent[];
}

/**
 * 职业发展路径 (docs/domain.md §6): per occupation the worker works in, where they stand, what the next
 * rungs ask and when they will be met, the titles they may apply for, and what each rung brings
 * at the enterprise where they work. Read-only; scoped through the worker record.
 */
@Injectable()
export class CareerPathService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly standardsReader: StandardsReader,
    private readonly policies: TierPoliciesService,
    private readonly campaigns: CampaignsService,
    private readonly certificates: CertificatesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * 我的证书: every skill credential on the worker's record, newest first, with its labels; a
   * certificate issued on this platform names its id (PDF) and verification page when the caller
   * may see that certificate.
   */
  async credentials(principal: Principal, personId: string): Promise<WorkerCredentialDto[]> {
    const record = await this.workers.getRecord(principal, personId);
    const numbers = record.credentials.map((c) => c.certificateNumber).filter((n): n is string => n !== null);
    const issued = numbers.length === 0 ? [] : (await this.certificates.list(principal, { personId, page: 1, pageSize: 200 })).items;
    const byNumber = new Map(issued.map((c) => [c.certificateNumber, c]));
    const names = await this.standardsReader.occupationNames(record.credentials.map((c) => c.occupationCode));
    return [...record.credentials]
      .sort((a, b) => compareDates(b.issuedOn, a.issuedOn) || RANK_INFO[b.rank].order - RANK_INFO[a.rank].order)
      .map((c) => {
        const certificate = c.certificateNumber ? byNumber.get(c.certificateNumber) : undefined;
        return {
          id: c.id,
          occupationCode: c.occupationCode,
          occupationName: names.get(c.occupationCode) ?? null,
          workType: c.workType,
          rank: c.rank,
          rankLabel: RANK_INFO[c.rank].labelZh,
          levelDigit: RANK_INFO[c.rank].certificateLevel,
          certificateNumber: c.certificateNumber,
          issuedOn: c.issuedOn,
          issuerName: c.issuerName,
          source: c.source,
          sourceLabel: credentialSourceLabel(c.source, certificate?.route === 'competition'),
          status: c.status,
          statusLabel: CREDENTIAL_STATUS_LABELS[c.status],
          certificateId: certificate?.id ?? null,
          verificationUrl: certificate ? verificationUrl(this.config.PUBLIC_BASE_URL, certificate.certificateNumber, certificate.holderName) : null,
        };
      });
  }

  async careerPath(principal: Principal, personId: string): Promise<CareerPathResponse> {
    const em = this.dataSource.manager;
    const today = this.clock.today();
    const record = await this.workers.getRecord(principal, personId);
    // Every appointment of the person, wherever held, only to tell which credentials are appointments
    // (history, not a rank held); what is shown is limited to the cases the caller may see, so a new
    // employer or an agency does not read another enterprise's treatment, reasons or declined cases.
    const allAppointments = await appointmentsOfPerson(em, personId, visibleCasesWhere(principal, 'a'));
    const ended = new Set(allAppointments.filter((a) => a.credentialId && a.status !== 'appointed').map((a) => a.credentialId as string));
    const appointmentCredentials = new Set(allAppointments.map((a) => a.credentialId).filter((id): id is string => id !== null));
    const appointments = allAppointments.filter((a) => a.visible);
    const credentials = effectiveCredentials(record, ended);
    const held = { ...record, credentials };

    const running = currentEmployments(record, today)
      .filter((e) => e.occupationCode !== null)
      .sort((a, b) => compareDates(a.hiredOn, b.hiredOn));
    // Read once per request and passed down: which certificates came from a competition (this
    // person's for the timeline, and any behind a rank held), and the organizations of the paths.
    const competitionRows = await competitionPromotionsFor(
      em,
      personId,
      credentials.map((c) => c.certificateNumber).filter((n): n is string => n !== null),
    );
    const reference = await this.reader.organizationsAndTitleRules(running.flatMap((e) => [e.workOrganizationId, e.employerOrganizationId]), em);
    const context: PathContext = {
      competitionNumbers: new Set(competitionRows.map((r) => r.certificateNumber)),
      organizations: reference.organizations,
    };
    const paths: OccupationPath[] = [];
    const seen = new Set<string>();
    for (const employment of running) {
      const key = `${employment.occupationCode}|${employment.workOrganizationId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(await this.pathFor(em, principal, held, employment, appointments, today, context));
    }

    const region = running.length ? (await this.organization(em, context, running[0].workOrganizationId)).regionCode : null;
    const titleOptions = evaluateTitleOptions(
      rulesInForce(reference.titleRules, region, today),
      {
        credentials: credentials.map((c) => ({ id: c.id, rank: c.rank, occupationCode: c.occupationCode, obtainedOn: c.issuedOn })),
        titles: record.titles.map((t) => ({ id: t.id, series: t.series, grade: t.grade, obtainedOn: t.obtainedOn })),
      },
      today,
      region,
    );
    const competitionCertificates = new Set(competitionRows.filter((r) => r.personId === personId).map((r) => r.certificateNumber));
    return {
      personId: record.id,
      fullName: record.fullName,
      asOf: today,
      paths,
      titleOptions,
      appointments: appointments.map((a) => ({
        id: a.id,
        tierName: a.tierName,
        nationalRank: a.nationalRank,
        status: a.status,
        statusLabel: APPOINTMENT_STATUS_LABELS[a.status],
        organizationId: a.organizationId,
        termStartsOn: a.termStartsOn,
        termEndsOn: a.termEndsOn,
        treatment: a.treatment,
      })),
      timeline: buildTimeline(
        // The credential of an appointment is told by its appointment events, if the caller sees them.
        record.credentials.filter((c) => !appointmentCredentials.has(c.id)),
        record.titles,
        appointments.map(toHistory),
        competitionCertificates,
      ),
    };
  }

  private async pathFor(
    em: EntityManager,
    principal: Principal,
    record: WorkerRecord,
    employment: WorkerRecord['employments'][number],
    appointments: CareerAppointment[],
    today: string,
    context: PathContext,
  ): Promise<OccupationPath> {
    const occupationCode = employment.occupationCode as string;
    const organization = await this.organization(em, context, employment.workOrganizationId);
    const employer = await this.organization(em, context, employment.employerOrganizationId);
    // A term that starts later counts from its first day; the projection sees it coming.
    const heldToday = record.credentials.filter((c) => compareDates(c.issuedOn, today) <= 0);
    const current = currentRankIn(heldToday, occupationCode);
    const { levels, occupationName } = await this.standardsReader.levelsFor(
      { occupationCode, organizationId: organization.id, ranks: rungsAbove(current) as DefaultedRank[], on: today, readOnly: true },
      em,
    );
    const facts = toWorkerFacts(record, { occupationCode, asOf: today, ...(occupationName ? { occupationNames: new Map([[occupationCode, occupationName]]) } : {}) });
    const rungs = projectRungs(facts, current, (rank) => (levels.get(rank) as LevelSource).definition as LevelDefinition, today);
    const treatments = await this.policies.treatments(em, organization.id);
    const obtainedBy = current
      ? heldToday
          .filter((c) => c.occupationCode === occupationCode && c.rank === current)
          .sort((a, b) => compareDates(a.issuedOn, b.issuedOn))[0]
      : undefined;
    const competition = obtainedBy?.certificateNumber ? context.competitionNumbers.has(obtainedBy.certificateNumber) : false;
    const heldAppointments = appointments.filter((a) => a.status === 'appointed' && a.organizationId === organization.id && a.treatment);
    return {
      occupationCode,
      occupationName,
      organization: { id: organization.id, name: organization.name, regionCode: organization.regionCode },
      employmentType: employment.employmentType,
      employmentTypeLabel: EMPLOYMENT_TYPE_LABELS[employment.employmentType],
      employerOfRecord: { id: employer.id, name: employer.name },
      currentRank: current,
      currentRankLabel: current ? RANK_INFO[current].labelZh : '无职业技能等级',
      obtained: obtainedBy
        ? {
            credentialId: obtainedBy.id,
            issuedOn: obtainedBy.issuedOn,
            source: obtainedBy.source,
            sourceLabel: credentialSourceLabel(obtainedBy.source, competition),
            issuerName: obtainedBy.issuerName,
            certificateNumber: obtainedBy.certificateNumber,
          }
        : null,
      currentTreatment: [
        ...treatments.filter((t) => current !== null && !RANK_INFO[current].appointment && t.nationalRank === current && t.enterpriseTierId === null),
        ...heldAppointments.map((a) => a.treatment as Treatment),
      ],
      nextRungs: rungs.map((rung) => ({
        ...rung,
        conditionsFrom: (levels.get(rung.rank) as LevelSource).standard ?? 'national_default',
        treatment: treatments.filter((t) => t.nationalRank === rung.rank),
      })),
      openCampaigns: await this.openCampaigns(principal, record, employment, current, today),
    };
  }

  private async organization(em: EntityManager, context: PathContext, id: string): Promise<OrganizationInfo> {
    let organization = context.organizations.get(id);
    if (!organization) {
      organization = await this.organizationsReader.byId(id, em);
      context.organizations.set(id, organization);
    }
    return organization;
  }

  private async openCampaigns(
    principal: Principal,
    record: WorkerRecord,
    employment: WorkerRecord['employments'][number],
    current: Rank | null,
    today: string,
  ): Promise<OpenCampaign[]> {
    const occupationCode = employment.occupationCode as string;
    const campaigns = await this.campaigns.listFirstWithSnapshots(
      principal,
      { status: 'registration_open', organizationId: employment.workOrganizationId, occupationCode },
      200,
    );
    const out: OpenCampaign[] = [];
    for (const { campaign, snapshot } of campaigns) {
      if (!campaign.allowedEmploymentTypes.includes(employment.employmentType)) continue;
      let facts: WorkerFacts | undefined;
      for (const level of campaign.levels) {
        if ((current !== null && RANK_INFO[level.rank].order <= RANK_INFO[current].order) || level.seatsLeft <= 0) continue;
        // The snapshot was read for this request and is only evaluated: its routes are not copied.
        const defined = snapshot.levels.find((l) => l.rank === level.rank);
        const definition = defined ? toLevelDefinition(defined, snapshot.occupationCode, false) : levelOf(snapshot, level.rank).definition;
        facts ??= toWorkerFacts(record, { occupationCode: snapshot.occupationCode, asOf: today });
        const report = evaluateEligibility(definition, facts, today);
        if (!report.eligible) continue;
        out.push({
          campaignId: campaign.id,
          number: campaign.number,
          name: campaign.name,
          organizationId: campaign.organizationId,
          organizationName: campaign.organizationName,
          rank: level.rank,
          rankLabel: RANK_INFO[level.rank].labelZh,
          registrationClosesOn: campaign.registrationClosesOn,
          seatsLeft: level.seatsLeft,
          route: report.succeededRoute,
        });
      }
    }
    return out;
  }
}

/** What one career-path request reads once and every path shares. */
interface PathContext {
  /** Numbers of approved competition promotions: the person's own, and any behind a credential they hold. */
  competitionNumbers: ReadonlySet<string>;
  organizations: Map<string, OrganizationInfo>;
}

function toHistory(a: CareerAppointment): AppointmentHistory {
  return {
    id: a.id,
    tierName: a.tierName,
    nationalRank: a.nationalRank,
    status: a.status,
    appointedOn: a.appointedOn,
    termStartsOn: a.termStartsOn,
    termEndsOn: a.termEndsOn,
    renewals: a.renewals,
    endedOn: a.endedOn,
    endReason: a.endReason,
    treatment: a.treatment,
    credentialId: a.credentialId,
  };
}
