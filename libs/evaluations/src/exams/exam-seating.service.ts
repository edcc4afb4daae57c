import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { ComponentKind } from '@skill-ladder/standards';
import { randomSeed } from '../draw/prng';
import { SeatingResponseDto } from './dto/exam-session.dto';
import { AdmittedCandidate, ExamSessionsService, fieldProblem, SESSION_COLUMNS, SessionRow } from './exam-sessions.service';
import { overlaps, planSeating, SEATING_ALGORITHM } from './rules/seating';

/** Campaign statuses in which seats may be assigned: the candidates are known and scoring has not begun. */
const SEATING = ['registration_closed', 'assessing'];

/** 编排: seating a component's admitted candidates in its scheduled sessions, recorded with its seed. */
@Injectable()
export class ExamSeatingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: ExamSessionsService,
  ) {}

  /**
   * 编排: every admitted candidate of the component (approved, the level has the component, not
   * carried over from an earlier campaign) gets a room and a seat in the component's scheduled
   * sessions, neighbours of one employer kept apart where possible, with a server-made seed that
   * is recorded. A candidate may not sit a room whose invigilator must recuse from them, a room
   * of another level, or a room overlapping another session they sit. Replaces the last run.
   */
  async seat(principal: Principal, campaignId: string, component: ComponentKind): Promise<SeatingResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.sessions.ownCampaign(em, principal, campaignId);
      if (!SEATING.includes(campaign.status)) {
        throw new ConflictError('CAMPAIGN_NOT_READY_FOR_SEATING', '报名截止后（考生名单确定）才能编排考场 / Seats are assigned once registration has closed');
      }
      const sessions: SessionRow[] = await em.query(
        `SELECT ${SESSION_COLUMNS} FROM exam_sessions s WHERE s.campaign_id = $1 AND s.component = $2 AND s.status = 'scheduled' ORDER BY s.starts_at, s.room, s.id FOR UPDATE OF s`,
        [campaign.id, component],
      );
      if (sessions.length === 0) throw fieldProblem('NO_SESSIONS', 'component', 'noSessions', '该考核项目还没有安排考场 / No scheduled sessions for this component');
      const candidates = await this.sessions.admitted(em, campaign, component);
      if (candidates.length === 0) throw fieldProblem('NO_CANDIDATES', 'component', 'noCandidates', '该考核项目没有需要参加的考生 / No admitted candidate sits this component');

      // A candidate who has started an online exam keeps the seat (and the paper) they started on.
      const [{ started }]: { started: number }[] = await em.query(
        'SELECT count(*)::int AS started FROM exam_attempts ea JOIN exam_sessions s ON s.id = ea.session_id WHERE s.campaign_id = $1 AND s.component = $2',
        [campaign.id, component],
      );
      if (started > 0) throw new ConflictError('ONLINE_EXAM_STARTED', '已有考生开始机考，不能重新编排考场 / Candidates have started the online exam; seating cannot run again');
      // Earlier seats of this component go first, so they do not count as "another session".
      await em.query('DELETE FROM exam_seats WHERE campaign_id = $1 AND component = $2', [campaign.id, component]);
      const forbidden = await this.forbiddenRooms(em, sessions, candidates);
      const seed = randomSeed();
      const outcome = planSeating(
        sessions.map((s) => ({ id: s.id, seats: s.seat_count })),
        candidates.map((c) => ({ id: c.applicationId, group: c.employerOrgId, forbiddenRooms: forbidden.get(c.applicationId) ?? [] })),
        seed,
      );
      if (!outcome.ok) {
        const ticketOf = new Map(candidates.map((c) => [c.applicationId, c.ticketNumber]));
        if (outcome.code === 'SEATS_SHORT') {
          throw fieldProblem('SEATS_SHORT', 'component', 'seatsShort', `考生${outcome.needed}人，考场座位只有${outcome.available}个，请增加考场或座位 / ${outcome.needed} candidates, ${outcome.available} seats`);
        }
        throw new UnprocessableError(
          'NO_ALLOWED_ROOM',
          `${outcome.unplaced.length}名考生没有可安排的考场（回避监考、等级不符或时间冲突） / ${outcome.unplaced.length} candidate(s) have no room they may sit in`,
          outcome.unplaced.map((applicationId) => ({ field: `candidates.${ticketOf.get(applicationId)}`, code: 'noAllowedRoom', message: `准考证号 ${ticketOf.get(applicationId)}：没有可安排的考场（回避监考、等级不符或时间冲突）` })),
        );
      }
      const [{ id: seatingId, created_at }] = await em.query(
        `INSERT INTO exam_seatings (campaign_id, component, seed, algorithm, candidate_count, adjacent_same_group, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
        [campaign.id, component, seed, SEATING_ALGORITHM, candidates.length, outcome.adjacentSameGroup, principal.userId],
      );
      await em.query(
        `INSERT INTO exam_seats (session_id, seat_no, application_id, campaign_id, component, seating_id)
         SELECT x.session_id, x.seat_no, x.application_id, $1, $2, $3 FROM jsonb_to_recordset($4::jsonb) AS x(session_id uuid, seat_no int, application_id uuid)`,
        [campaign.id, component, seatingId, JSON.stringify(outcome.seats.map((s) => ({ session_id: s.roomId, seat_no: s.seat, application_id: s.candidateId })))],
      );
      const response: SeatingResponseDto = {
        id: seatingId,
        campaignId: campaign.id,
        component,
        seed,
        algorithm: SEATING_ALGORITHM,
        candidateCount: candidates.length,
        adjacentSameGroup: outcome.adjacentSameGroup,
        sessions: sessions.map((s) => ({ sessionId: s.id, room: s.room, seatCount: s.seat_count, seated: outcome.seats.filter((x) => x.roomId === s.id).length })),
        createdAt: new Date(created_at).toISOString(),
      };
      await this.audit.record(em, principal, {
        action: 'exam_seating.run',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: { ...response, seats: outcome.seats.map((s) => ({ sessionId: s.roomId, seat: s.seat, applicationId: s.candidateId })) },
      });
      return response;
    });
  }

  /** Rooms each candidate may not sit: another level's, an invigilator's recusal, an overlapping seat elsewhere. */
  private async forbiddenRooms(em: EntityManager, sessions: SessionRow[], candidates: AdmittedCandidate[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const forbid = (applicationId: string, sessionId: string) => out.set(applicationId, [...(out.get(applicationId) ?? []), sessionId]);
    const invigilators = sessions.flatMap((s) => s.invigilators);
    const conflicts = await this.sessions.recusalsOf(em, invigilators, candidates.map((c) => c.personId));
    const elsewhere: { person_id: string; starts_at: Date; ends_at: Date }[] = await em.query(
      `SELECT a.person_id, s.starts_at, s.ends_at FROM exam_seats st JOIN exam_sessions s ON s.id = st.session_id AND s.status = 'scheduled'
         JOIN applications a ON a.id = st.application_id WHERE a.person_id = ANY($1::uuid[])`,
      [candidates.map((c) => c.personId)],
    );
    for (const c of candidates) {
      for (const s of sessions) {
        const times = { startsAt: new Date(s.starts_at), endsAt: new Date(s.ends_at) };
        if (
          (s.rank !== null && s.rank !== c.rank) ||
          s.invigilators.some((inv) => conflicts.get(inv.profileId)?.has(c.personId)) ||
          elsewhere.some((e) => e.person_id === c.personId && overlaps(times, { startsAt: new Date(e.starts_at), endsAt: new Date(e.ends_at) }))
        ) {
          forbid(c.applicationId, s.id);
        }
      }
    }
    return out;
  }

}
