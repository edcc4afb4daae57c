import type { CredentialRecord, TitleRecord } from '@skill-ladder/workforce';
import { ConditionResult, CredentialFact, EligibilityReport, evaluateEligibility, LevelDefinition, RouteResult, WorkerFacts } from '@skill-ladder/standards';
import type { Treatment } from '../policy/treatment';
import { IsoDate, Rank, RANK_INFO, rankOrder, RANKS } from '@skill-ladder/vocabulary';

/*
 * A worker's path up the ladder (docs/domain.md §6): for each rung above the current one, whether they
 * may apply now, and the date they will if nothing else changes. Pure.
 */

/**
 * now: eligible today; time: time alone meets it on `projectedOn`; after_previous: met on
 * `projectedOn` provided each rung below is obtained as soon as it opens; not_by_time: a
 * missing condition (a contribution, an honor …) that time will not bring.
 */
export type Projection = 'now' | 'time' | 'after_previous' | 'not_by_time';

export interface MissingCondition {
  label: string;
  required: string;
  actual: string;
  /** When time alone meets it; null if it will not. */
  metOn: IsoDate | null;
}

export interface Rung {
  rank: Rank;
  rankLabel: string;
  /** 特级技师 and 首席技师 are appointments (评聘) with a term. */
  appointment: boolean;
  eligibleNow: boolean;
  projectedOn: IsoDate | null;
  projection: Projection;
  /** The route that qualifies now, or the one that opens first. */
  route: { code: string; label: string; kind: string } | null;
  /** What the route above still lacks. */
  missing: MissingCondition[];
  report: EligibilityReport;
}

/** The highest rank among credentials in `occupationCode`, or null. */
export function currentRankIn(credentials: readonly Pick<CredentialRecord, 'rank' | 'occupationCode'>[], occupationCode: string): Rank | null {
  let best: Rank | null = null;
  for (const c of credentials) {
    if (c.occupationCode === occupationCode && (best === null || rankOrder(c.rank) > rankOrder(best))) best = c.rank;
  }
  return best;
}

/** The rungs above `current`, up to 首席技师. */
export function rungsAbove(current: Rank | null): Rank[] {
  const from = current === null ? rankOrder('L5') : rankOrder(current) + 1;
  return RANKS.filter((rank) => rankOrder(rank) >= from);
}

function unmet(conditions: ConditionResult[]): MissingCondition[] {
  return conditions
    .filter((c) => !c.met)
    .map((c) => ({ label: c.label, required: c.required.text, actual: c.actual.text, metOn: c.metOn }));
}

/**
 * Evaluates each rung above `current` in turn, twice: against what the worker holds today (the
 * eligibility report; a route may skip a rung, e.g. a title opens 技师 to a 中级工), and for the
 * projection. For a rung beyond the next one the worker must first hold the one below, so the
 * projection assumes each lower rung obtained on the day it opens (a projected credential dated
 * then). Once a rung cannot be projected, the ones above cannot either.
 */
export function projectRungs(
  facts: WorkerFacts,
  current: Rank | null,
  levelOf: (rank: Rank) => LevelDefinition,
  asOf: IsoDate,
): Rung[] {
  const projected: CredentialFact[] = [];
  let chainBroken = false;
  return rungsAbove(current).map((rank) => {
    const level = levelOf(rank);
    const report = evaluateEligibility(level, facts, asOf);
    const assumed = !report.eligible && projected.length > 0;
    const basis = assumed ? evaluateEligibility(level, { ...facts, credentials: [...facts.credentials, ...projected] }, asOf) : report;
    const projectedOn = report.eligible ? asOf : chainBroken ? null : basis.earliestDate;
    const projection: Projection = report.eligible ? 'now' : projectedOn === null ? 'not_by_time' : assumed ? 'after_previous' : 'time';
    if (projectedOn === null) chainBroken = true;
    else projected.push({ rank, occupationCode: facts.occupationCode, obtainedOn: projectedOn });
    const routeCode = basis.succeededRoute ?? basis.earliestRoute;
    const route: RouteResult | undefined = basis.routes.find((r) => r.code === routeCode) ?? basis.routes[0];
    return {
      rank,
      rankLabel: RANK_INFO[rank].labelZh,
      appointment: RANK_INFO[rank].appointment,
      eligibleNow: report.eligible,
      projectedOn,
      projection,
      route: route ? { code: route.code, label: route.label, kind: route.kind } : null,
      missing: route ? unmet(route.conditions) : [],
      report,
    };
  });
}

export type TimelineKind = 'level' | 'title' | 'appointment' | 'renewal' | 'appointment_end' | 'competition_promotion';

export interface TimelineEvent {
  date: IsoDate;
  kind: TimelineKind;
  /** zh-CN */
  title: string;
  detail: string | null;
  rank?: Rank;
  occupationCode?: string;
  treatment?: Treatment;
  refId: string;
}

export interface AppointmentHistory {
  id: string;
  tierName: string;
  nationalRank: Rank;
  status: string;
  appointedOn: IsoDate | null;
  termStartsOn: IsoDate | null;
  termEndsOn: IsoDate | null;
  renewals: number;
  endedOn: IsoDate | null;
  endReason: string | null;
  treatment: Treatment | null;
  credentialId: string | null;
}

const SOURCE_LABELS: Record<CredentialRecord['source'], string> = {
  external: '外部取得',
  issued: '本平台评价发证',
  appointed: '企业评聘',
};

export function credentialSourceLabel(source: CredentialRecord['source'], competition: boolean): string {
  return competition ? '以赛代评' : SOURCE_LABELS[source];
}

const KIND_ORDER: Record<TimelineKind, number> = { level: 0, competition_promotion: 1, title: 2, appointment: 3, renewal: 4, appointment_end: 5 };

/**
 * History as one timeline, oldest first: levels, titles, appointments with the treatment they
 * brought, renewals and ends of terms. Credentials recorded by an appointment are shown as the
 * appointment, not twice.
 */
export function buildTimeline(
  credentials: readonly CredentialRecord[],
  titles: readonly TitleRecord[],
  appointments: readonly AppointmentHistory[],
  competitionCertificates: ReadonlySet<string>,
): TimelineEvent[] {
  const appointmentCredentials = new Set(appointments.map((a) => a.credentialId).filter((id): id is string => id !== null));
  const events: TimelineEvent[] = [];
  for (const c of credentials) {
    if (appointmentCredentials.has(c.id)) continue;
    const competition = c.certificateNumber !== null && competitionCertificates.has(c.certificateNumber);
    events.push({
      date: c.issuedOn,
      kind: competition ? 'competition_promotion' : 'level',
      title: `取得${RANK_INFO[c.rank].labelZh}${c.status === 'revoked' ? '（已撤销）' : ''}`,
      detail: `${credentialSourceLabel(c.source, competition)}；${c.issuerName}${c.certificateNumber ? `；证书编号${c.certificateNumber}` : ''}`,
      rank: c.rank,
      occupationCode: c.occupationCode,
      refId: c.id,
    });
  }
  for (const t of titles) {
    events.push({
      date: t.obtainedOn,
      kind: 'title',
      title: `取得${t.titleName}职称`,
      detail: t.source === 'recognized' ? '技能等级比照认定' : '外部取得',
      refId: t.id,
    });
  }
  for (const a of appointments) {
    if (!a.appointedOn || !a.termStartsOn || !a.treatment) continue;
    events.push({
      date: a.appointedOn,
      kind: 'appointment',
      title: `聘任为${a.tierName}`,
      detail: a.treatment.summary,
      rank: a.nationalRank,
      treatment: a.treatment,
      refId: a.id,
    });
    if (a.renewals > 0) {
      events.push({ date: a.termStartsOn, kind: 'renewal', title: `${a.tierName}续聘（第${a.renewals}次）`, detail: `聘期至${a.termEndsOn}`, refId: a.id });
    }
    if (a.endedOn) {
      events.push({
        date: a.endedOn,
        kind: 'appointment_end',
        title: a.status === 'revoked' ? `解聘${a.tierName}` : `${a.tierName}聘期届满`,
        detail: a.endReason,
        rank: a.nationalRank,
        refId: a.id,
      });
    }
  }
  return events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : KIND_ORDER[x.kind] - KIND_ORDER[y.kind]));
}
