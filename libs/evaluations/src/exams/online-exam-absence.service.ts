import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, Clock, ConflictError, NotFoundError, Principal } from '@skill-ladder/platform';
import { CampaignsService } from '../campaigns/campaigns.service';
import { stateChangeRefusal } from '../scoring/moderation-rules';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, componentAuditView, ComponentScoreRow } from '../scoring/scoring-rows';
import { AbsentSkipDto, MarkNotStartedAbsentDto, MarkNotStartedAbsentResponseDto } from './dto/online-exam.dto';
import { ExamSessionsService } from './exam-sessions.service';

const DEFAULT_REASON = '机考未开考 / Did not start the online exam';

/**
 * 缺考 of an online session: once the session has ended and the campaign is scoring, HR marks every
 * seated candidate who never started as absent from the theory component in one action, as the
 * scoring stage marks one candidate absent (status `absent`, no score, the reason kept; draft
 * sheets, if any, cancelled). Running it again changes nothing.
 */
@Injectable()
export class OnlineExamAbsenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly sessions: ExamSessionsService,
  ) {}

  async markNotStartedAbsent(principal: Principal, campaignId: string, sessionId: string, dto: MarkNotStartedAbsentDto): Promise<MarkNotStartedAbsentResponseDto> {
    const reason = dto.reason ?? DEFAULT_REASON;
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      const session = await this.sessions.row(em, campaign.id, sessionId, true);
      const [online] = await em.query('SELECT 1 FROM online_exams WHERE session_id = $1', [sessionId]);
      if (!online) throw new NotFoundError('Online exam');
      if (this.clock.now() < new Date(session.ends_at)) throw new ConflictError('SESSION_NOT_ENDED', '考试尚未结束，不能标记缺考 / The session has not ended yet');
      if (campaign.status !== 'scoring') {
        throw new ConflictError('CAMPAIGN_NOT_SCORING', '认定计划进入评分阶段后才能标记缺考 / Candidates are marked absent while the campaign is scoring');
      }
      const notStarted: { application_id: string; ticket_number: string }[] = await em.query(
        `SELECT a.id AS application_id, a.ticket_number FROM exam_seats st JOIN applications a ON a.id = st.application_id
          WHERE st.session_id = $1 AND NOT EXISTS (SELECT 1 FROM exam_attempts ea WHERE ea.session_id = st.session_id AND ea.application_id = st.application_id)
          ORDER BY st.seat_no`,
        [sessionId],
      );
      const theory = (await em.query(
        `SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.campaign_id = $1 AND cs.component = 'theory' AND cs.application_id = ANY($2::uuid[]) ORDER BY cs.id FOR UPDATE OF cs`,
        [campaign.id, notStarted.map((n) => n.application_id)],
      )) as ComponentScoreRow[];
      const theoryOf = new Map(theory.map((t) => [t.application_id, t]));
      const skipped: AbsentSkipDto[] = [];
      let markedAbsent = 0;
      let alreadyAbsent = 0;
      for (const candidate of notStarted) {
        const row = theoryOf.get(candidate.application_id);
        const skip = (code: string, message: string) => skipped.push({ applicationId: candidate.application_id, ticketNumber: candidate.ticket_number, code, message });
        if (!row) {
          skip('noTheory', '该考生没有理论知识考试成绩项目 / no theory component');
          continue;
        }
        if (row.status === 'absent') {
          alreadyAbsent++;
          continue;
        }
        const refusal = stateChangeRefusal(row.status, 'absent', 0, row.source);
        if (refusal) {
          skip(SKIP_CODES[refusal.code] ?? 'settled', SKIP_MESSAGES[refusal.code] ?? refusal.detail);
          continue;
        }
        await em.query(`UPDATE component_scores SET status = 'absent', score = NULL, state_reason = $2, revision = revision + 1, updated_at = now() WHERE id = $1`, [row.id, reason]);
        await em.query(`UPDATE score_sheets SET status = 'cancelled', updated_at = now() WHERE component_score_id = $1 AND status = 'draft'`, [row.id]);
        const [after] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1`, [row.id])) as ComponentScoreRow[];
        await this.audit.record(em, principal, {
          action: 'component_score.absent',
          entityType: 'component_score',
          entityId: row.id,
          organizationId: row.organization_id,
          reason,
          before: componentAuditView(row),
          after: { ...componentAuditView(after), onlineExamSessionId: sessionId },
        });
        markedAbsent++;
      }
      const response = { sessionId, notStarted: notStarted.length, markedAbsent, alreadyAbsent, skipped };
      if (markedAbsent > 0) {
        await this.audit.record(em, principal, { action: 'online_exam.absent', entityType: 'exam_session', entityId: sessionId, organizationId: campaign.organization_id, reason, after: response });
      }
      return response;
    });
  }
}

const SKIP_CODES: Record<string, string> = { SCORE_CARRIED_OVER: 'carriedOver', SCORES_ALREADY_GIVEN: 'scored', SCORE_ALREADY_SETTLED: 'voided' };
const SKIP_MESSAGES: Record<string, string> = {
  SCORE_CARRIED_OVER: '理论成绩已保留，无需参加考试 / the theory exam was passed earlier and carries over',
  SCORES_ALREADY_GIVEN: '已有理论成绩（如导入），不能标记缺考 / a theory score is already recorded',
  SCORE_ALREADY_SETTLED: '成绩已标记为无效 / the component is voided',
};
