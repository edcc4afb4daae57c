import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, chinaDate, ConflictError, FieldError, namedQuery, NotFoundError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { COMPONENT_KIND_LABELS, ComponentKind, levelOf } from '@skill-ladder/standards';
import { organizationSql, userSql } from '@skill-ladder/identity';
import { personSql, WorkersService } from '@skill-ladder/workforce';
import { visibleApplicationsWhere } from '../campaigns/campaign-scope';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { recusals, RECUSAL_REASON_LABELS } from '../draw/recusal';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import { CarryOverService } from '../carry-over/carry-over.service';
import {
  EXAM_SESSION_STATUS_LABELS,
  ExamSessionDto,
  ExamSessionResponseDto,
  ExamSessionStatus,
  MyExamSeatDto,
  SeatDto,
  SeatPlanDto,
} from './dto/exam-session.dto';
import { adjacentPairs, chinaDateTime, seatLabel, sessionWindow } from './rules/seating';
import { OnlineExamDeadlines } from './online-exam-deadlines';
import { OnlineExamPapers } from './online-exam-papers';
import type { ErrorCode } from '@skill-ladder/platform';

export interface SessionRow {
  id: string;
  campaign_id: string;
  organization_id: string;
  component: ComponentKind;
  rank: NationalRank | null;
  place: string;
  room: string;
  seat_count: number;
  starts_at: Date;
  ends_at: Date;
  status: ExamSessionStatus;
  cancel_reason: string | null;
  seated: number;
  started: number;
  invigilators: { profileId: string; name: string; organizationName: string; personId: string | null }[];
}

export const SESSION_COLUMNS = `s.id, s.campaign_id, s.organization_id, s.component, s.rank, s.place, s.room, s.seat_count, s.starts_at, s.ends_at, s.status, s.cancel_reason,
  (SELECT count(*)::int FROM exam_seats st WHERE st.session_id = s.id) AS seated,
  (SELECT count(*)::int FROM exam_attempts ea WHERE ea.session_id = s.id) AS started,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('profileId', inv.id, 'name', inv.name, 'organizationName', inv.organization_name, 'personId', inv.person_id) ORDER BY inv.name, inv.id)
     FROM (SELECT ep.id, ep.person_id, ${userSql.displayName('ep.user_id')} AS name, ${organizationSql.name('ep.organization_id')} AS organization_name
             FROM exam_session_invigilators si JOIN evaluator_profiles ep ON ep.id = si.evaluator_profile_id WHERE si.session_id = s.id) inv), '[]'::jsonb) AS invigilators`;

/** Campaign statuses in which sessions may be planned or changed. */
const PLANNING = ['draft', 'filed', 'acknowledged', 'returned', 'registration_open', 'registration_closed', 'assessing'];

/** One admitted candidate of a component, with what seating and tickets need. */
export interface AdmittedCandidate {
  applicationId: string;
  personId: string;
  rank: NationalRank;
  ticketNumber: string;
  employerOrgId: string;
}

/**
 * 考场编排: the sessions (考点、考场、场次) of a campaign's components with their invigilators,
 * their seat plans and the seat each candidate sees (seating itself is ExamSeatingService's, the
 * printed tickets and check-in lists ExamDocumentsService's). Every rule is checked under one
 * advisory lock, so two HR officers cannot double-book an invigilator or a candidate between
 * their checks.
 */
@Injectable()
export class ExamSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
    private readonly carryOver: CarryOverService,
    private readonly papers: OnlineExamPapers,
    private readonly deadlines: OnlineExamDeadlines,
  ) {}

  async create(principal: Principal, campaignId: string, dto: ExamSessionDto): Promise<ExamSessionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.ownCampaign(em, principal, campaignId);
      const times = await this.checkSession(em, campaign, dto, null);
      const [{ id }] = await em.query(
        `INSERT INTO exam_sessions (campaign_id, organization_id, component, rank, place, room, seat_count, starts_at, ends_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [campaign.id, campaign.organization_id, dto.component, dto.rank ?? null, dto.place, dto.room, dto.seatCount, times.startsAt, times.endsAt, principal.userId],
      );
      await this.setInvigilators(em, id, dto.invigilatorIds);
      const after = await this.load(em, campaign.id, id);
      await this.audit.record(em, principal, { action: 'exam_session.create', entityType: 'exam_session', entityId: id, organizationId: campaign.organization_id, after: auditView(after) });
      return after;
    });
  }

  async list(principal: Principal, campaignId: string): Promise<ExamSessionResponseDto[]> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM exam_sessions s WHERE s.campaign_id = $1 ORDER BY s.status DESC, s.starts_at, s.room, s.id`,
      [campaign.id],
    );
    return rows.map(toSession);
  }

  /**
   * Place, room, seats, times and invigilators may change while the campaign is being prepared; the
   * seats already assigned must still fit. After candidates started an online session, its end may
   * only move later (running attempts get the later deadline); its start, seats and level stay.
   */
  async update(principal: Principal, campaignId: string, id: string, dto: ExamSessionDto): Promise<ExamSessionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.ownCampaign(em, principal, campaignId);
      const before = await this.load(em, campaign.id, id, true);
      if (before.status === 'cancelled') throw new ConflictError('SESSION_CANCELLED', '考场已取消，不能修改 / The session is cancelled');
      if (before.seated > 0 && (dto.component !== before.component || (dto.rank ?? null) !== before.rank)) {
        throw fieldProblem('SESSION_SEATED', 'component', 'seated', '考场已编排考生，不能更改考核项目或等级；请先取消后重新编排 / Candidates are seated; the component and level cannot change');
      }
      if (dto.seatCount < before.seated) {
        throw fieldProblem('SEATS_TAKEN', 'seatCount', 'belowSeated', `已编排${before.seated}名考生，座位数不能少于${before.seated} / ${before.seated} candidates are seated`);
      }
      const times = await this.checkSession(em, campaign, dto, id);
      // 机考: once a candidate has started, the start, the seats and the level are what their time
      // and paper were computed from, and the end may only move later; before that, a new seat
      // count or level draws the seats' papers again.
      const online = await this.papers.state(em, id);
      const reseated = dto.seatCount !== before.seatCount || (dto.rank ?? null) !== before.rank;
      OnlineExamDeadlines.refuseChange(online, { startsAt: new Date(before.startsAt), endsAt: new Date(before.endsAt) }, times, reseated);
      const extendedEnd = !!online && online.attempts > 0 && times.endsAt.getTime() > Date.parse(before.endsAt);
      if (online && dto.component !== 'theory') {
        throw fieldProblem('ONLINE_EXAM_SET_UP', 'component', 'online', '本考场已设为机考，只能是理论知识考试 / The session runs an online theory exam');
      }
      await em.query(
        `UPDATE exam_sessions SET component = $2, rank = $3, place = $4, room = $5, seat_count = $6, starts_at = $7, ends_at = $8, updated_at = now() WHERE id = $1`,
        [id, dto.component, dto.rank ?? null, dto.place, dto.room, dto.seatCount, times.startsAt, times.endsAt],
      );
      await this.setInvigilators(em, id, dto.invigilatorIds);
      const maxSeat: { max: number | null }[] = await em.query('SELECT max(seat_no)::int AS max FROM exam_seats WHERE session_id = $1', [id]);
      if ((maxSeat[0]?.max ?? 0) > dto.seatCount) {
        throw fieldProblem('SEATS_TAKEN', 'seatCount', 'belowSeated', `已有考生坐在${maxSeat[0].max}号座位，座位数不能少于此数 / a candidate sits in seat ${maxSeat[0].max}`);
      }
      await this.checkSeatedAgainst(em, id);
      const redrawn = online && reseated ? await this.papers.draw(em, principal.userId, campaign, { id, rank: dto.rank ?? null, seat_count: dto.seatCount }, online.blueprintId, online.lateEntryMinutes) : null;
      const attemptsExtended = extendedEnd ? await this.deadlines.extendRunning(em, principal, id, `考试结束时间延后至${chinaDateTime(times.endsAt)}`) : null;
      const after = await this.load(em, campaign.id, id);
      await this.audit.record(em, principal, {
        action: 'exam_session.update',
        entityType: 'exam_session',
        entityId: id,
        organizationId: campaign.organization_id,
        before: auditView(before),
        after: {
          ...auditView(after),
          ...(redrawn ? { onlinePapersRedrawn: { baseSeed: redrawn.baseSeed, seats: redrawn.seats } } : {}),
          ...(attemptsExtended !== null ? { attemptsExtended } : {}),
        },
      });
      return after;
    });
  }

  /** A cancelled session frees its seats (seating is run again for the rest) and keeps its record. */
  async cancel(principal: Principal, campaignId: string, id: string, reason: string): Promise<ExamSessionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.ownCampaign(em, principal, campaignId);
      const before = await this.load(em, campaign.id, id, true);
      if (before.status === 'cancelled') throw new ConflictError('SESSION_CANCELLED', '考场已取消 / The session is already cancelled');
      OnlineExamPapers.refuseStarted(await this.papers.state(em, id), '考场不能取消');
      const freed: { application_id: string }[] = await em.query('DELETE FROM exam_seats WHERE session_id = $1 RETURNING application_id', [id]);
      await em.query(`UPDATE exam_sessions SET status = 'cancelled', cancel_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
      const after = await this.load(em, campaign.id, id);
      await this.audit.record(em, principal, {
        action: 'exam_session.cancel',
        entityType: 'exam_session',
        entityId: id,
        organizationId: campaign.organization_id,
        reason,
        before: auditView(before),
        after: { ...auditView(after), seatsFreed: freed.map((f) => f.application_id) },
      });
      return after;
    });
  }

  async seatPlan(principal: Principal, campaignId: string, id: string): Promise<SeatPlanDto> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const session = await this.load(this.dataSource.manager, campaign.id, id);
    const seats = await this.seatsOf(this.dataSource.manager, [id]);
    const employerOf = new Map(seats.map((s) => [s.applicationId, s.employerOrgId]));
    return {
      session,
      seats: seats.map(({ employerOrgId: _e, sessionId: _s, ...seat }) => seat),
      adjacentSameEmployer: adjacentPairs(seats.map((s) => ({ candidateId: s.applicationId, roomId: id, seat: s.seatNo })), (a) => employerOf.get(a) as string),
    };
  }

  /** The seats of one application the caller may see (a worker: their own), in time order. */
  async seatsOfApplication(principal: Principal, applicationId: string): Promise<MyExamSeatDto[]> {
    await this.visibleApplication(this.dataSource.manager, principal, applicationId);
    const rows: { session_id: string; component: ComponentKind; ticket_number: string; place: string; room: string; seat_no: number; starts_at: Date; ends_at: Date }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.component, a.ticket_number, s.place, s.room, st.seat_no, s.starts_at, s.ends_at
         FROM exam_seats st JOIN exam_sessions s ON s.id = st.session_id JOIN applications a ON a.id = st.application_id
        WHERE st.application_id = $1 AND s.status = 'scheduled' AND a.status = 'approved' ORDER BY s.starts_at, s.id`,
      [applicationId],
    );
    return rows.map((r) => ({
      applicationId,
      sessionId: r.session_id,
      component: r.component,
      componentLabel: componentLabel(r.component),
      ticketNumber: r.ticket_number,
      place: r.place,
      room: r.room,
      seatNo: r.seat_no,
      seatLabel: seatLabel(r.seat_no),
      ...sessionWindow(r),
    }));
  }

  /** The application, if the caller may see it; 404 otherwise. */
  async visibleApplication(em: EntityManager, principal: Principal, applicationId: string): Promise<{ id: string; campaign_id: string; status: string }> {
    const scope = visibleApplicationsWhere(principal);
    const [row] = await namedQuery<{ id: string; campaign_id: string; status: string }>(
      em,
      `SELECT a.id, a.campaign_id, a.status FROM applications a WHERE a.id = :id AND ${scope.sql}`,
      { ...scope.params, id: applicationId },
    );
    if (!row) throw new NotFoundError('Application');
    return row;
  }

  /** Seats of these sessions with candidate and employer, in seat order. */
  async seatsOf(em: EntityManager, sessionIds: string[]): Promise<(SeatDto & { sessionId: string; employerOrgId: string })[]> {
    const rows: { session_id: string; seat_no: number; application_id: string; ticket_number: string; full_name: string; rank: NationalRank; employer_org_id: string; employer_name: string }[] =
      await em.query(
        `SELECT st.session_id, st.seat_no, a.id AS application_id, a.ticket_number, ${personSql.fullName('a.person_id')} AS full_name, a.rank, a.employer_org_id,
                ${organizationSql.name('a.employer_org_id')} AS employer_name
           FROM exam_seats st JOIN applications a ON a.id = st.application_id
          WHERE st.session_id = ANY($1::uuid[]) ORDER BY st.session_id, st.seat_no`,
        [sessionIds],
      );
    return rows.map((r) => ({
      sessionId: r.session_id,
      seatNo: r.seat_no,
      seatLabel: seatLabel(r.seat_no),
      applicationId: r.application_id,
      ticketNumber: r.ticket_number,
      fullName: r.full_name,
      rank: r.rank,
      employerOrgId: r.employer_org_id,
      employerName: r.employer_name,
    }));
  }

  /** The campaign, visible to the caller (404 otherwise), owned by the caller's body, locked against concurrent planning. */
  async ownCampaign(em: EntityManager, principal: Principal, campaignId: string): Promise<CampaignRow> {
    const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
    // Invigilators and candidates are checked across campaigns: one lock for every session change.
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('exam-sessions', 7))`);
    if (!PLANNING.includes(campaign.status)) {
      throw new ConflictError('CAMPAIGN_CLOSED_FOR_SESSIONS', '认定计划已进入评分或已结束，不能再安排考场 / Sessions are planned before scoring starts');
    }
    return campaign;
  }

  async load(em: EntityManager, campaignId: string, id: string, lock = false): Promise<ExamSessionResponseDto> {
    return toSession(await this.row(em, campaignId, id, lock));
  }

  async row(em: EntityManager, campaignId: string, id: string, lock = false): Promise<SessionRow> {
    const [row] = await em.query(`SELECT ${SESSION_COLUMNS} FROM exam_sessions s WHERE s.id = $1 AND s.campaign_id = $2${lock ? ' FOR UPDATE OF s' : ''}`, [id, campaignId]);
    if (!row) throw new NotFoundError('Exam session');
    return row;
  }

  /** Approved candidates who sit `component`: their level has it and they do not carry it over. */
  async admitted(em: EntityManager, campaign: CampaignRow, component: ComponentKind): Promise<AdmittedCandidate[]> {
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const rows: { id: string; person_id: string; rank: NationalRank; ticket_number: string; employer_org_id: string }[] = await em.query(
      `SELECT id, person_id, rank, ticket_number, employer_org_id FROM applications WHERE campaign_id = $1 AND status = 'approved' ORDER BY ticket_number`,
      [campaign.id],
    );
    const out: AdmittedCandidate[] = [];
    for (const r of rows) {
      const level = levelOf(snapshot, r.rank);
      if (!level.components.some((c) => c.kind === component)) continue;
      const kept = await this.carryOver.carriedOverComponents(em, r.person_id, snapshot.standardId, r.rank, campaign.assessment_starts_on, level);
      if (kept.some((k) => k.component === component)) continue;
      out.push({ applicationId: r.id, personId: r.person_id, rank: r.rank, ticketNumber: r.ticket_number, employerOrgId: r.employer_org_id });
    }
    return out;
  }

  /** The rules of one session on its own and against the campaign; the invigilators' other sessions. */
  private async checkSession(em: EntityManager, campaign: CampaignRow, dto: ExamSessionDto, selfId: string | null): Promise<{ startsAt: Date; endsAt: Date }> {
    const errors: FieldError[] = [];
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (Number.isNaN(startsAt.getTime())) errors.push({ field: 'startsAt', code: 'invalid', message: '开始时间不是有效的时间 / not a valid time' });
    if (Number.isNaN(endsAt.getTime())) errors.push({ field: 'endsAt', code: 'invalid', message: '结束时间不是有效的时间 / not a valid time' });
    if (errors.length === 0) {
      if (endsAt <= startsAt) errors.push({ field: 'endsAt', code: 'notAfterStart', message: '结束时间须晚于开始时间 / the end must be after the start' });
      if (endsAt.getTime() - startsAt.getTime() > 12 * 3600_000) errors.push({ field: 'endsAt', code: 'tooLong', message: '一场考试不超过12小时 / a session lasts at most 12 hours' });
      const [from, to] = [campaign.assessment_starts_on, campaign.assessment_ends_on];
      if (chinaDate(startsAt) < from || chinaDate(startsAt) > to) {
        errors.push({ field: 'startsAt', code: 'outsideAssessment', message: `考试须在本计划的考核日期内（${from} 至 ${to}，北京时间） / within the assessment dates` });
      }
      if (chinaDate(endsAt) < from || chinaDate(endsAt) > to) {
        errors.push({ field: 'endsAt', code: 'outsideAssessment', message: `考试须在本计划的考核日期内（${from} 至 ${to}，北京时间） / within the assessment dates` });
      }
    }
    const ranks: { rank: NationalRank }[] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1 ORDER BY rank DESC', [campaign.id]);
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const ranksWithComponent = ranks.filter((r) => levelOf(snapshot, r.rank).components.some((c) => c.kind === dto.component)).map((r) => r.rank);
    if (dto.rank && !ranks.some((r) => r.rank === dto.rank)) {
      errors.push({ field: 'rank', code: 'notInCampaign', message: '本计划不认定该等级 / not a level of this campaign' });
    } else if (dto.rank ? !ranksWithComponent.includes(dto.rank) : ranksWithComponent.length === 0) {
      errors.push({ field: 'component', code: 'notInLevel', message: '本计划的等级标准没有这个考核项目 / no level of the campaign has this component' });
    }
    const pool = await this.evaluators.poolFor(em, campaign.organization_id);
    const inPool = new Map(pool.map((p) => [p.profileId, p]));
    dto.invigilatorIds.forEach((profileId, index) => {
      if (!inPool.has(profileId)) errors.push({ field: `invigilatorIds[${index}]`, code: 'notInPool', message: '不是本机构可用的考评员 / not an evaluator this body may use' });
    });
    if (errors.length === 0 && dto.invigilatorIds.length > 0) {
      const busy: { evaluator_profile_id: string; room: string; place: string; starts_at: Date; ends_at: Date }[] = await em.query(
        `SELECT si.evaluator_profile_id, s.room, s.place, s.starts_at, s.ends_at FROM exam_session_invigilators si JOIN exam_sessions s ON s.id = si.session_id
          WHERE si.evaluator_profile_id = ANY($1::uuid[]) AND s.status = 'scheduled' AND s.starts_at < $3 AND s.ends_at > $2 AND s.id IS DISTINCT FROM $4::uuid`,
        [dto.invigilatorIds, startsAt, endsAt, selfId],
      );
      for (const b of busy) {
        const index = dto.invigilatorIds.indexOf(b.evaluator_profile_id);
        if (errors.some((e) => e.field === `invigilatorIds[${index}]`)) continue;
        errors.push({
          field: `invigilatorIds[${index}]`,
          code: 'busy',
          message: `${inPool.get(b.evaluator_profile_id)?.displayName ?? ''}同一时间已在${b.place}${b.room}监考（${chinaDateTime(new Date(b.starts_at))}–${chinaDateTime(new Date(b.ends_at)).slice(11)}） / already invigilating an overlapping session`,
        });
      }
      if (busy.length > 0) throw new UnprocessableError('INVIGILATOR_BUSY', '监考人员在同一时间已安排在其他考场 / An invigilator is already in an overlapping session', errors);
    }
    if (errors.length > 0) throw new UnprocessableError('EXAM_SESSION_INVALID', '考场安排有误，请按提示修改 / The session is not valid', errors);
    return { startsAt, endsAt };
  }

  private async setInvigilators(em: EntityManager, sessionId: string, profileIds: string[]): Promise<void> {
    await em.query('DELETE FROM exam_session_invigilators WHERE session_id = $1', [sessionId]);
    if (profileIds.length > 0) {
      await em.query('INSERT INTO exam_session_invigilators (session_id, evaluator_profile_id) SELECT $1, unnest($2::uuid[])', [sessionId, profileIds]);
    }
  }

  /** After a change of a seated session: no invigilator must recuse from a seated candidate, no candidate sits an overlapping session elsewhere. */
  private async checkSeatedAgainst(em: EntityManager, sessionId: string): Promise<void> {
    const [session]: SessionRow[] = await em.query(`SELECT ${SESSION_COLUMNS} FROM exam_sessions s WHERE s.id = $1`, [sessionId]);
    const seated: { application_id: string; person_id: string; ticket_number: string }[] = await em.query(
      `SELECT a.id AS application_id, a.person_id, a.ticket_number FROM exam_seats st JOIN applications a ON a.id = st.application_id WHERE st.session_id = $1 ORDER BY st.seat_no`,
      [sessionId],
    );
    if (seated.length === 0) return;
    const errors: FieldError[] = [];
    const conflicts = await this.recusalsOf(em, session.invigilators, seated.map((s) => s.person_id));
    session.invigilators.forEach((inv, index) => {
      for (const s of seated) {
        const reason = conflicts.get(inv.profileId)?.get(s.person_id);
        if (reason) errors.push({ field: `invigilatorIds[${index}]`, code: 'recused', message: `${inv.name}须回避准考证号 ${s.ticket_number} 的考生（${RECUSAL_REASON_LABELS[reason]}）` });
      }
    });
    if (errors.length > 0) throw new UnprocessableError('INVIGILATOR_RECUSED', '监考人员须回避本考场的考生 / An invigilator must recuse from a candidate seated here', errors);
    const clash: { ticket_number: string; room: string }[] = await em.query(
      `SELECT a.ticket_number, o.room FROM exam_seats st JOIN applications a ON a.id = st.application_id
         JOIN applications oa ON oa.person_id = a.person_id JOIN exam_seats ost ON ost.application_id = oa.id
         JOIN exam_sessions o ON o.id = ost.session_id AND o.status = 'scheduled' AND o.id <> $1
        WHERE st.session_id = $1 AND o.starts_at < $3 AND o.ends_at > $2 ORDER BY a.ticket_number`,
      [sessionId, session.starts_at, session.ends_at],
    );
    if (clash.length > 0) {
      throw new UnprocessableError(
        'CANDIDATE_BUSY',
        '本考场的考生同一时间还有其他考试 / A seated candidate sits another overlapping session',
        clash.map((c) => ({ field: 'startsAt', code: 'candidateBusy', message: `准考证号 ${c.ticket_number} 的考生同一时间在${c.room}考试` })),
      );
    }
  }

  /** Which invigilators must recuse from which of these persons, and why (回避). */
  async recusalsOf(em: EntityManager, invigilators: SessionRow['invigilators'], personIds: string[]) {
    const profiles = [...new Map(invigilators.map((i) => [i.profileId, { profileId: i.profileId, personId: i.personId }])).values()];
    if (profiles.length === 0 || personIds.length === 0) return new Map<string, Map<string, keyof typeof RECUSAL_REASON_LABELS>>();
    const relations = await this.workers.relationsTouching(em, personIds);
    const declared = await this.evaluators.declaredConflicts(em, profiles.map((p) => p.profileId), personIds);
    return recusals(profiles, personIds, relations, declared);
  }
}

export function componentLabel(kind: ComponentKind): string {
  return COMPONENT_KIND_LABELS[kind].split(' / ')[0];
}

function toSession(row: SessionRow): ExamSessionResponseDto {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    component: row.component,
    componentLabel: componentLabel(row.component),
    rank: row.rank,
    place: row.place,
    room: row.room,
    seatCount: row.seat_count,
    seated: row.seated,
    started: row.started,
    ...sessionWindow(row),
    status: row.status,
    statusLabel: EXAM_SESSION_STATUS_LABELS[row.status],
    cancelReason: row.cancel_reason,
    invigilators: row.invigilators.map(({ profileId, name, organizationName }) => ({ profileId, name, organizationName })),
  };
}

function auditView(s: ExamSessionResponseDto): Record<string, unknown> {
  return { ...s, invigilators: s.invigilators.map((i) => i.profileId) };
}

export function fieldProblem(code: ErrorCode, field: string, fieldCode: string, message: string): UnprocessableError {
  return new UnprocessableError(code, message, [{ field, code: fieldCode, message: message.split(' / ')[0] }]);
}
