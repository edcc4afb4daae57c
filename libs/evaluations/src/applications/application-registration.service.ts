import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConflictError, Principal, UnprocessableError, updateReturning } from '@skill-ladder/platform';
import { currentEmployments, evaluateEligibility, levelOf, OccupationsService, StandardVersionSnapshot, toWorkerFacts } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EmploymentType, WorkersService } from '@skill-ladder/workforce';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { freeSeat } from './application-rows';
import { ApplicationSource } from './application-rules';

/** What a registration needs to know about its campaign, read once per request. */
export interface RegistrationContext {
  campaign: CampaignRow;
  snapshot: StandardVersionSnapshot;
  relatedCodes: string[];
  /** The campaign occupation's name by its code, for the eligibility report's words. */
  occupationNames: ReadonlyMap<string, string>;
  ranks: ReadonlySet<string>;
  today: string;
}

export type Registration = { outcome: 'created'; id: string; eligible: boolean } | { outcome: 'exists'; id: string };

/**
 * Registering one worker at one level of a campaign (报名登记), for a single application and for
 * each row of an imported sheet alike: the campaign's context read once, the worker's employment,
 * eligibility on the day and the level's seat.
 */
@Injectable()
export class ApplicationRegistrationService {
  constructor(
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly workers: WorkersService,
    private readonly occupations: OccupationsService,
  ) {}

  /**
   * Registers one worker at one level inside the caller's transaction, which holds the campaign
   * FOR SHARE. The seat is taken by a conditional UPDATE, so the level can never overfill; the
   * insert yields to a live application of the same worker and level, and then hands the seat back.
   */
  async register(
    em: EntityManager,
    principal: Principal,
    ctx: RegistrationContext,
    personId: string,
    rank: NationalRank,
    source: ApplicationSource,
  ): Promise<Registration> {
    const { campaign } = ctx;
    if (!ctx.ranks.has(rank)) {
      throw new UnprocessableError('LEVEL_NOT_IN_CAMPAIGN', `This campaign does not certify ${rank}`, [
        { field: 'rank', code: 'notInCampaign', message: '本计划不认定该等级 / not a level of this campaign' },
      ]);
    }
    const record = await this.workers.getRecord(principal, personId, em);
    const here = currentEmployments(record, ctx.today).filter((e) => e.workOrganizationId === campaign.organization_id);
    if (here.length === 0) {
      throw new UnprocessableError('NOT_WORKING_AT_BODY', 'The worker does not currently work at the enterprise running this campaign', [
        { field: 'personId', code: 'notWorkingHere', message: '该职工目前不在本单位在岗 / the worker does not work here now' },
      ]);
    }
    const admitted = here.filter((e) => campaign.allowed_employment_types.includes(e.employmentType));
    if (admitted.length === 0) {
      const types = (list: readonly EmploymentType[]) => list.map((t) => EMPLOYMENT_TYPE_LABELS[t].split(' / ')[0]).join('、');
      throw new UnprocessableError('EMPLOYMENT_TYPE_NOT_ALLOWED', `The campaign admits ${campaign.allowed_employment_types.join(', ')} staff only`, [
        {
          field: 'personId',
          code: 'employmentType',
          message: `本计划仅限${types(campaign.allowed_employment_types)}报名，该职工为${types(here.map((e) => e.employmentType))} / employment type not admitted`,
        },
      ]);
    }
    const employment = admitted.find((e) => e.occupationCode === campaign.occupation_code) ?? admitted[0];
    const live = async () =>
      ((await em.query(`SELECT id FROM applications WHERE campaign_id = $1 AND person_id = $2 AND rank = $3 AND status IN ('pending', 'approved')`, [
        campaign.id, personId, rank,
      ])) as { id: string }[])[0];
    const existing = await live();
    if (existing) return { outcome: 'exists', id: existing.id };

    const { definition } = levelOf(ctx.snapshot, rank);
    const facts = toWorkerFacts(record, {
      occupationCode: ctx.snapshot.occupationCode,
      relatedOccupationCodes: definition.relatedOccupationCodes ?? ctx.relatedCodes,
      asOf: ctx.today,
      occupationNames: ctx.occupationNames,
    });
    const report = evaluateEligibility(definition, facts, ctx.today);

    const seat = await updateReturning(
      em,
      `UPDATE campaign_levels SET seats_taken = seats_taken + 1 WHERE campaign_id = $1 AND rank = $2 AND seats_taken < capacity RETURNING seats_taken`,
      [campaign.id, rank],
    );
    if (seat.length === 0) throw new ConflictError('LEVEL_FULL', `No seats are left at ${rank} in this campaign`);
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO applications (campaign_id, organization_id, person_id, rank, source, employment_type, employer_org_id, eligible,
         eligibility_as_of, eligibility_report, route_code, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (campaign_id, person_id, rank) WHERE status IN ('pending', 'approved') DO NOTHING
       RETURNING id`,
      [campaign.id, campaign.organization_id, personId, rank, source, employment.employmentType, employment.employerOrganizationId, report.eligible,
        ctx.today, JSON.stringify(report), report.succeededRoute, principal.userId],
    );
    if (inserted.length === 0) {
      await freeSeat(em, { campaign_id: campaign.id, rank });
      return { outcome: 'exists', id: ((await live()) as { id: string }).id };
    }
    return { outcome: 'created', id: inserted[0].id, eligible: report.eligible };
  }

  /** What registrations in `campaign` need, read once per request. */
  async context(em: EntityManager, campaign: CampaignRow): Promise<RegistrationContext> {
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const occupation = await this.occupations.findByCode(em, campaign.occupation_code);
    const levels: { rank: string }[] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1', [campaign.id]);
    return {
      campaign,
      snapshot,
      relatedCodes: occupation?.relatedCodes ?? [],
      occupationNames: new Map(occupation ? [[campaign.occupation_code, occupation.nameZh]] : []),
      ranks: new Set(levels.map((l) => l.rank)),
      today: this.clock.today(),
    };
  }

  assertRegistrationOpen(campaign: CampaignRow): void {
    if (campaign.status !== 'registration_open' || campaign.registration_closes_on < this.clock.today()) {
      throw new ConflictError('REGISTRATION_NOT_OPEN', `Registration is not open for this campaign (it is ${campaign.status.replace(/_/g, ' ')})`);
    }
  }
}
