import { organizationSql, userSql } from '@skill-ladder/identity';
import { ObjectionResponseDto, PublicityEntryDto, PublicityNoticeSummaryDto } from './dto/publicity.dto';
import {
  ENTRY_STATUS_LABELS,
  EntryStatus,
  NOTICE_PHASE_LABELS,
  noticePhase,
  NoticeStatus,
  OBJECTION_STATUS_LABELS,
  ObjectionStatus,
} from './publicity-rules';

/** Date columns leave PostgreSQL as text, so no process time zone can shift them. */
export const NOTICE_COLUMNS = `n.id, n.organization_id, ${organizationSql.name('n.organization_id')} AS organization_name, n.subject_type, n.subject_id, n.title, n.status,
  n.published_on::text AS published_on, n.working_days, n.round, n.counted_from::text AS counted_from, n.starts_on::text AS starts_on,
  n.ends_on::text AS ends_on, n.provisional, n.finalized_at`;

export const NOTICE_FROM = 'FROM publicity_notices n';

export interface NoticeRow {
  id: string;
  organization_id: string;
  organization_name: string;
  subject_type: string;
  subject_id: string;
  title: string;
  status: NoticeStatus;
  published_on: string;
  working_days: number;
  round: number;
  counted_from: string;
  starts_on: string;
  ends_on: string;
  provisional: boolean;
  finalized_at: Date | null;
}

export const ENTRY_COLUMNS = 'e.person_id, e.position, e.payload, e.status, e.revision, e.withdrawn_reason';

export interface EntryRow {
  person_id: string;
  position: number;
  payload: Record<string, unknown>;
  status: EntryStatus;
  revision: number;
  withdrawn_reason: string | null;
}

export const OBJECTION_COLUMNS = `x.id, x.notice_id, x.organization_id, x.person_id, x.filed_by, ${userSql.displayName('x.filed_by')} AS filed_by_name, x.reason, x.round,
  x.filed_at, x.status, x.upheld_person_id, x.resolution, x.resolved_by, x.resolved_at`;

export const OBJECTION_FROM = 'FROM publicity_objections x';

export interface ObjectionRow {
  id: string;
  notice_id: string;
  organization_id: string;
  person_id: string | null;
  filed_by: string;
  filed_by_name: string;
  reason: string;
  round: number;
  filed_at: Date;
  status: ObjectionStatus;
  upheld_person_id: string | null;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}

export function toNoticeSummary(r: NoticeRow, today: string, entryCount: number): PublicityNoticeSummaryDto {
  const phase = noticePhase({ status: r.status, publishedOn: r.published_on, endsOn: r.ends_on }, today);
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    title: r.title,
    phase,
    phaseLabel: NOTICE_PHASE_LABELS[phase],
    publishedOn: r.published_on,
    workingDays: r.working_days,
    round: r.round,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    provisional: r.provisional,
    entryCount,
    finalizedAt: r.finalized_at?.toISOString() ?? null,
  };
}

export function toEntry(r: EntryRow): PublicityEntryDto {
  return {
    personId: r.person_id,
    payload: r.payload,
    status: r.status,
    statusLabel: ENTRY_STATUS_LABELS[r.status],
    revision: r.revision,
    withdrawnReason: r.withdrawn_reason,
  };
}

export function toObjection(r: ObjectionRow): ObjectionResponseDto {
  return {
    id: r.id,
    noticeId: r.notice_id,
    organizationId: r.organization_id,
    personId: r.person_id,
    filedBy: r.filed_by,
    filedByName: r.filed_by_name,
    reason: r.reason,
    round: r.round,
    filedAt: r.filed_at.toISOString(),
    status: r.status,
    statusLabel: OBJECTION_STATUS_LABELS[r.status],
    upheldPersonId: r.upheld_person_id,
    resolution: r.resolution,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at?.toISOString() ?? null,
  };
}
