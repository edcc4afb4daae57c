import { EntityManager } from 'typeorm';
import { organizationSql } from '@skill-ladder/identity';
import { Principal, scopeOf } from '@skill-ladder/platform';
import { COMPONENT_KIND_LABELS, occupationSql, standardVersionSql, toVersionSnapshot } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EmploymentType } from '@skill-ladder/workforce';
import { EVALUATION_RANK_LABELS, NATIONAL_RANKS, NationalRank } from '../draw/ranks';
import { CAMPAIGN_BODY_HR, CAMPAIGN_FILING_BUREAU } from './campaign-scope';
import { allowedCampaignActions, CAMPAIGN_STATUS_LABELS, CampaignActor, CampaignStatus } from './campaign-workflow';
import { CampaignResponseDto } from './dto/campaign.dto';

/** A campaign row as the services of this module read it; dates are China dates `YYYY-MM-DD`. */
export interface CampaignRow {
  id: string;
  number: number;
  organization_id: string;
  name: string;
  occupation_code: string;
  standard_version_id: string;
  status: CampaignStatus;
  bureau_id: string | null;
  registration_opens_on: string;
  registration_closes_on: string;
  assessment_starts_on: string;
  assessment_ends_on: string;
  allowed_employment_types: EmploymentType[];
  workload_cap: number | null;
  status_reason: string | null;
}

export const CAMPAIGN_COLUMNS = `c.id, c.number, c.organization_id, c.name, c.occupation_code, c.standard_version_id, c.status, c.bureau_id,
  c.registration_opens_on::text AS registration_opens_on, c.registration_closes_on::text AS registration_closes_on,
  c.assessment_starts_on::text AS assessment_starts_on, c.assessment_ends_on::text AS assessment_ends_on,
  c.allowed_employment_types, c.workload_cap, c.status_reason`;

/**
 * A campaign as answered (`c` in scope), with the names of its body, bureau and occupation and
 * its standard version (through identity's and standards' fragments), and its levels.
 */
export const RESPONSE_COLUMNS = `${CAMPAIGN_COLUMNS}, ${organizationSql.name('c.organization_id')} AS organization_name,
  ${organizationSql.name('c.bureau_id')} AS bureau_name, ${occupationSql.name('c.occupation_code')} AS occupation_name,
  ${standardVersionSql.snapshot('c.standard_version_id')} AS standard_version,
  c.filed_at, c.created_at,
  COALESCE((SELECT json_agg(json_build_object('rank', l.rank, 'capacity', l.capacity, 'seatsTaken', l.seats_taken))
              FROM campaign_levels l WHERE l.campaign_id = c.id), '[]') AS levels`;

export const RESPONSE_FROM = `FROM campaigns c`;

export interface ResponseRow extends CampaignRow {
  organization_name: string;
  bureau_name: string | null;
  occupation_name: string | null;
  /** `standardVersionSql.snapshot` json, read by `toVersionSnapshot`. */
  standard_version: unknown;
  filed_at: Date | null;
  created_at: Date;
  levels: { rank: NationalRank; capacity: number; seatsTaken: number }[];
}

/** Campaigns as answered to `principal`, in the order of `ids` (unknown ids left out). */
export async function loadCampaigns(em: EntityManager, principal: Principal, ids: string[]): Promise<CampaignResponseDto[]> {
  if (ids.length === 0) return [];
  const rows: ResponseRow[] = await em.query(`SELECT ${RESPONSE_COLUMNS} ${RESPONSE_FROM} WHERE c.id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, toCampaignResponse(principal, r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function toCampaignResponse(principal: Principal, r: ResponseRow): CampaignResponseDto {
  const byRank = new Map(r.levels.map((l) => [l.rank, l]));
  const { snapshot: version, title } = toVersionSnapshot(r.standard_version);
  const versionLevels = new Map(version.levels.map((l) => [l.rank as string, l]));
  let actor: CampaignActor | null = null;
  const scope = scopeOf(principal);
  if (CAMPAIGN_BODY_HR.allows(scope, { organizationId: r.organization_id })) actor = 'hr';
  if (CAMPAIGN_FILING_BUREAU.allows(scope, { bureauId: r.bureau_id })) actor = 'bureau';
  return {
    id: r.id,
    number: r.number,
    name: r.name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name ?? r.occupation_code,
    standard: { versionId: r.standard_version_id, standardId: version.standardId, version: version.version, title, source: version.source },
    status: r.status,
    statusLabel: CAMPAIGN_STATUS_LABELS[r.status],
    statusReason: r.status_reason,
    bureauId: r.bureau_id,
    bureauName: r.bureau_name,
    registrationOpensOn: r.registration_opens_on,
    registrationClosesOn: r.registration_closes_on,
    assessmentStartsOn: r.assessment_starts_on,
    assessmentEndsOn: r.assessment_ends_on,
    allowedEmploymentTypes: r.allowed_employment_types,
    allowedEmploymentTypeLabels: r.allowed_employment_types.map((t) => EMPLOYMENT_TYPE_LABELS[t]),
    workloadCap: r.workload_cap,
    levels: NATIONAL_RANKS.filter((rank) => byRank.has(rank)).map((rank) => {
      const l = byRank.get(rank) as { capacity: number; seatsTaken: number };
      return {
        rank,
        rankLabel: EVALUATION_RANK_LABELS[rank],
        capacity: l.capacity,
        seatsTaken: l.seatsTaken,
        seatsLeft: l.capacity - l.seatsTaken,
        components: (versionLevels.get(rank)?.components ?? []).map((c) => ({
          kind: c.kind,
          label: c.label ?? COMPONENT_KIND_LABELS[c.kind],
          passMark: c.passMark,
          weight: c.weight,
          minEvaluators: c.minEvaluators,
          oddEvaluators: c.oddEvaluators,
          candidatesPerEvaluator: c.candidatesPerEvaluator,
        })),
      };
    }),
    filedAt: r.filed_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    allowedActions: actor ? allowedCampaignActions(r.status, actor) : [],
  };
}
