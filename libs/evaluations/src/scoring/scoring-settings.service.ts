import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { userSql } from '@skill-ladder/identity';
import { DEFAULT_PUBLICITY_WORKING_DAYS } from '@skill-ladder/publicity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import { DEFAULT_MODERATION_THRESHOLD } from '../rules/score-aggregation';
import { ScoringSettingsDto, ScoringSettingsResponseDto } from './dto/scoring.dto';
import { num } from './scoring-rows';

/** A campaign's scoring settings as stored (`null`: the national default applies). */
export interface SettingsRow {
  moderation_threshold: string | null;
  publicity_working_days: number | null;
  chair_profile_id: string | null;
  chair_name: string | null;
}

/** 评分设置: a campaign's moderation threshold, publicity length and committee chair (评审委员会主任). */
@Injectable()
export class ScoringSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly evaluators: EvaluatorsService,
  ) {}

  async getSettings(principal: Principal, campaignId: string): Promise<ScoringSettingsResponseDto> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    return toSettings(campaign.id, await this.settingsRow(this.dataSource.manager, campaign.id));
  }

  /**
   * The campaign's own moderation threshold (before scoring starts: it is fixed on every
   * component score then), publicity length (until publication) and committee chair.
   */
  async updateSettings(principal: Principal, campaignId: string, dto: ScoringSettingsDto): Promise<ScoringSettingsResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      const started = ['scoring', 'publicity', 'finalized', 'cancelled'].includes(campaign.status);
      const published = ['publicity', 'finalized', 'cancelled'].includes(campaign.status);
      const beforeRow = await this.settingsRow(em, campaign.id);
      const before = toSettings(campaign.id, beforeRow);
      if (dto.moderationThreshold !== undefined && started && num(beforeRow?.moderation_threshold ?? null) !== dto.moderationThreshold) {
        throw new ConflictError('SETTINGS_LOCKED', 'The moderation threshold is fixed once scoring has started');
      }
      if ((dto.publicityWorkingDays !== undefined || dto.chairProfileId !== undefined) && published) {
        throw new ConflictError('SETTINGS_LOCKED', 'The results are already published');
      }
      // The chair comes from the pool the body draws from: its own evaluators, or those a bureau covering its region shared.
      if (dto.chairProfileId && !(await this.evaluators.poolFor(em, campaign.organization_id)).some((e) => e.profileId === dto.chairProfileId)) {
        throw new UnprocessableError('UNKNOWN_EVALUATOR', '评审委员会主任须为本机构或本地区共享的在册考评员 / the chair must be an active evaluator of the body or one shared with its region', [
          { field: 'chairProfileId', code: 'unknownEvaluator', message: '考评员不存在或不在本机构可用的考评员库中 / no such evaluator in the pool the body draws from' },
        ]);
      }
      const pick = <K extends keyof ScoringSettingsDto>(key: K, current: unknown) => (dto[key] === undefined ? current : dto[key]);
      await em.query(
        `INSERT INTO campaign_scoring_settings (campaign_id, organization_id, moderation_threshold, publicity_working_days, chair_profile_id, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (campaign_id) DO UPDATE SET moderation_threshold = $3, publicity_working_days = $4, chair_profile_id = $5, updated_by = $6, updated_at = now()`,
        [campaign.id, campaign.organization_id, pick('moderationThreshold', num(beforeRow?.moderation_threshold ?? null)),
          pick('publicityWorkingDays', beforeRow?.publicity_working_days ?? null), pick('chairProfileId', beforeRow?.chair_profile_id ?? null), principal.userId],
      );
      const after = toSettings(campaign.id, await this.settingsRow(em, campaign.id));
      await this.audit.record(em, principal, {
        action: 'scoring.settings_update',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        before,
        after,
      });
      return after;
    });
  }

  /** The settings stored for the campaign, or null when it keeps every default. */
  async settingsRow(em: EntityManager, campaignId: string): Promise<SettingsRow | null> {
    const [row] = await em.query(
      `SELECT st.moderation_threshold::text AS moderation_threshold, st.publicity_working_days, st.chair_profile_id, ${userSql.displayName('ep.user_id')} AS chair_name
         FROM campaign_scoring_settings st
         LEFT JOIN evaluator_profiles ep ON ep.id = st.chair_profile_id
        WHERE st.campaign_id = $1`,
      [campaignId],
    );
    return row ?? null;
  }
}

function toSettings(campaignId: string, row: SettingsRow | null): ScoringSettingsResponseDto {
  const threshold = num(row?.moderation_threshold ?? null);
  const days = row?.publicity_working_days ?? null;
  return {
    campaignId,
    moderationThreshold: threshold ?? DEFAULT_MODERATION_THRESHOLD,
    moderationThresholdIsDefault: threshold === null,
    publicityWorkingDays: days ?? DEFAULT_PUBLICITY_WORKING_DAYS,
    publicityWorkingDaysIsDefault: days === null,
    chairProfileId: row?.chair_profile_id ?? null,
    chairName: row?.chair_name ?? null,
  };
}

