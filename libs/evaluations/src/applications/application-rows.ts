import { EntityManager } from 'typeorm';
import { organizationSql } from '@skill-ladder/identity';
import { NotFoundError } from '@skill-ladder/platform';
import { EligibilityReport } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EmploymentType, personSql } from '@skill-ladder/workforce';
import { EVALUATION_RANK_LABELS, NationalRank } from '../draw/ranks';
import { APPLICATION_SOURCE_LABELS, APPLICATION_STATUS_LABELS, ApplicationSource, ApplicationStatus } from './application-rules';
import { ApplicationResponseDto } from './dto/application.dto';

/** An application row as the services of this module read it. */
export interface ApplicationRow {
  id: string;
  campaign_id: string;
  organization_id: string;
  employer_org_id: string;
  person_id: string;
  rank: NationalRank;
  status: ApplicationStatus;
  eligible: boolean;
}

export const APPLICATION_COLUMNS = `a.id, a.campaign_id, a.organization_id, a.employer_org_id, a.person_id, a.rank, a.status, a.eligible`;

/** One application, locked until the transaction ends; 404 when there is none. */
export async function lockApplication(em: EntityManager, id: string): Promise<ApplicationRow> {
  const [row] = await em.query(`SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1 FOR UPDATE`, [id]);
  if (!row) throw new NotFoundError('Application');
  return row;
}

/** Gives the application's seat back to its level. */
export async function freeSeat(em: EntityManager, application: Pick<ApplicationRow, 'campaign_id' | 'rank'>): Promise<void> {
  await em.query('UPDATE campaign_levels SET seats_taken = seats_taken - 1 WHERE campaign_id = $1 AND rank = $2', [application.campaign_id, application.rank]);
}

/** One application as answered; 404 when there is none. */
export async function loadApplication(em: EntityManager, id: string): Promise<ApplicationResponseDto> {
  const [one] = await loadApplications(em, [id]);
  if (!one) throw new NotFoundError('Application');
  return one;
}

/** Applications as answered, in the order of `ids` (unknown ids left out). */
export async function loadApplications(em: EntityManager, ids: string[]): Promise<ApplicationResponseDto[]> {
  if (ids.length === 0) return [];
  const rows: ResponseRow[] = await em.query(
    `SELECT a.*, a.eligibility_as_of::text AS eligibility_as_of, c.number AS campaign_number, c.name AS campaign_name,
            c.status AS campaign_status, c.occupation_code, ${organizationSql.name('a.organization_id')} AS organization_name,
            ${organizationSql.name('a.employer_org_id')} AS employer_name,
            ${personSql.fullName('a.person_id')} AS full_name, ${personSql.idNumberMasked('a.person_id')} AS id_number_masked,
            (SELECT count(*)::int FROM application_files f WHERE f.application_id = a.id) AS file_count
       FROM applications a
       JOIN campaigns c ON c.id = a.campaign_id
      WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, toResponse(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

interface ResponseRow extends ApplicationRow {
  campaign_number: number;
  campaign_name: string;
  campaign_status: string;
  occupation_code: string;
  organization_name: string;
  employer_name: string;
  full_name: string;
  id_number_masked: string;
  source: ApplicationSource;
  employment_type: EmploymentType;
  eligibility_as_of: string;
  eligibility_report: EligibilityReport;
  route_code: string | null;
  exceptional: boolean;
  exceptional_route_code: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  ticket_number: string | null;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  file_count: number;
  created_at: Date;
}

function toResponse(r: ResponseRow): ApplicationResponseDto {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignNumber: r.campaign_number,
    campaignName: r.campaign_name,
    campaignStatus: r.campaign_status,
    occupationCode: r.occupation_code,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    personId: r.person_id,
    fullName: r.full_name,
    idNumberMasked: r.id_number_masked,
    rank: r.rank,
    rankLabel: EVALUATION_RANK_LABELS[r.rank],
    status: r.status,
    statusLabel: APPLICATION_STATUS_LABELS[r.status],
    source: r.source,
    sourceLabel: APPLICATION_SOURCE_LABELS[r.source],
    employmentType: r.employment_type,
    employmentTypeLabel: EMPLOYMENT_TYPE_LABELS[r.employment_type],
    employerOrganizationId: r.employer_org_id,
    employerOrganizationName: r.employer_name,
    eligible: r.eligible,
    eligibilityAsOf: r.eligibility_as_of,
    routeCode: r.route_code,
    eligibilityReport: r.eligibility_report,
    exceptional: r.exceptional,
    exceptionalRouteCode: r.exceptional_route_code,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at?.toISOString() ?? null,
    ticketNumber: r.ticket_number,
    withdrawalReason: r.withdrawal_reason,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    fileCount: r.file_count,
    createdAt: r.created_at.toISOString(),
  };
}

/** What the audit trail keeps of an application: its state, never the name with the ID number. */
export function auditView(a: ApplicationResponseDto) {
  return {
    id: a.id,
    campaignId: a.campaignId,
    personId: a.personId,
    rank: a.rank,
    status: a.status,
    source: a.source,
    employmentType: a.employmentType,
    employerOrganizationId: a.employerOrganizationId,
    eligible: a.eligible,
    eligibilityAsOf: a.eligibilityAsOf,
    routeCode: a.routeCode,
    exceptional: a.exceptional,
    exceptionalRouteCode: a.exceptionalRouteCode,
    ticketNumber: a.ticketNumber,
  };
}
