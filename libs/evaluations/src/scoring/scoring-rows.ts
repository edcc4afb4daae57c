import { COMPONENT_KIND_LABELS, ComponentKind } from '@skill-ladder/standards';
import { personSql } from '@skill-ladder/workforce';
import { NationalRank } from '../draw/ranks';
import { ComponentScoreDto, ComponentSheetDto } from './dto/scoring.dto';
import {
  COMPONENT_SCORE_STATUS_LABELS,
  ComponentScoreStatus,
  ModerationAction,
  SCORE_SOURCE_LABELS,
  ScoreSource,
  VOID_KIND_LABELS,
  VoidKind,
} from './moderation-rules';

/** A component score row as the scoring and results services read it; numerics come back as text. */
export interface ComponentScoreRow {
  id: string;
  campaign_id: string;
  organization_id: string;
  application_id: string;
  person_id: string;
  rank: NationalRank;
  component: ComponentKind;
  status: ComponentScoreStatus;
  source: ScoreSource | null;
  score: string | null;
  aggregate_score: string | null;
  spread: string | null;
  sheet_count: number;
  dropped: string[] | null;
  max_score: string;
  pass_mark: string;
  weight: string;
  moderation_threshold: string;
  state_reason: string | null;
  void_kind: VoidKind | null;
  moderation_action: ModerationAction | null;
  moderation_reason: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  carried_from: string | null;
  revision: number;
  candidate_name: string;
  campaign_name: string;
  ticket_number: string | null;
  carried_passed_on: string | null;
}

export const COMPONENT_SCORE_COLUMNS = `cs.id, cs.campaign_id, cs.organization_id, cs.application_id, cs.person_id, cs.rank, cs.component, cs.status,
  cs.source, cs.score::text AS score, cs.aggregate_score::text AS aggregate_score, cs.spread::text AS spread, cs.sheet_count,
  cs.dropped::text[] AS dropped, cs.max_score::text AS max_score, cs.pass_mark::text AS pass_mark, cs.weight::text AS weight,
  cs.moderation_threshold::text AS moderation_threshold, cs.state_reason, cs.void_kind, cs.moderation_action, cs.moderation_reason,
  cs.moderated_by, cs.moderated_at, cs.carried_from, cs.revision, ${personSql.fullName('cs.person_id')} AS candidate_name, cmp.name AS campaign_name, a.ticket_number,
  pc.passed_on::text AS carried_passed_on`;

export const COMPONENT_SCORE_FROM = `FROM component_scores cs
  JOIN applications a ON a.id = cs.application_id
  JOIN campaigns cmp ON cmp.id = cs.campaign_id
  LEFT JOIN passed_components pc ON pc.id = cs.carried_from`;

export const num = (value: string | null): number | null => (value === null ? null : Number(value));

export function toComponentScore(r: ComponentScoreRow, sheets: ComponentSheetDto[] = []): ComponentScoreDto {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    applicationId: r.application_id,
    personId: r.person_id,
    candidateName: r.candidate_name,
    ticketNumber: r.ticket_number,
    rank: r.rank,
    component: r.component,
    componentLabel: COMPONENT_KIND_LABELS[r.component],
    status: r.status,
    statusLabel: COMPONENT_SCORE_STATUS_LABELS[r.status],
    source: r.source,
    sourceLabel: r.source ? SCORE_SOURCE_LABELS[r.source] : null,
    score: num(r.score),
    aggregateScore: num(r.aggregate_score),
    spread: num(r.spread),
    dropped: (r.dropped ?? []).map(Number),
    maxScore: Number(r.max_score),
    passMark: Number(r.pass_mark),
    weight: Number(r.weight),
    moderationThreshold: Number(r.moderation_threshold),
    stateReason: r.state_reason,
    voidKind: r.void_kind,
    voidKindLabel: r.void_kind ? VOID_KIND_LABELS[r.void_kind] : null,
    moderation: r.moderation_action
      ? { action: r.moderation_action, reason: r.moderation_reason as string, moderatedBy: r.moderated_by, moderatedAt: r.moderated_at?.toISOString() ?? null }
      : null,
    carriedOverFrom: r.carried_passed_on,
    revision: r.revision,
    sheets,
  };
}

/** What the audit trail keeps of a component score. */
export function componentAuditView(r: ComponentScoreRow) {
  return {
    applicationId: r.application_id,
    component: r.component,
    status: r.status,
    source: r.source,
    score: num(r.score),
    aggregateScore: num(r.aggregate_score),
    spread: num(r.spread),
    revision: r.revision,
  };
}
