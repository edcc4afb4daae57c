import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import { PublicityService } from '@skill-ladder/evaluations';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  scopeOf,
  SYSTEM_ACTOR,
  UnprocessableError,
  pageIds,
  tryAdvisoryXactLock,
} from '@skill-ladder/platform';
import { currentEmployments, DefaultedRank, evaluateEligibility, StandardsReader, toWorkerFacts } from '@skill-ladder/standards';
import { WorkersService } from '@skill-ladder/workforce';
import { TIER_POLICY_HR, visibleCasesWhere } from '../common/case-scope';
import { ReasonDto, NoteDto } from '../common/dto';
import { effectiveCredentials, PromotionsReader } from '../common/promotions-reader';
import { termEndsOn } from '../common/term';
import { AppointmentReview } from '../entities/appointment-review.entity';
import { Appointment } from '../entities/appointment.entity';
import { TierPolicy } from '../entities/tier-policy.entity';
import { TierPoliciesService } from '../policy/tier-policies.service';
import { treatmentOf } from '../policy/treatment';
import { AppointmentCases } from './appointment-cases.service';
import { hasAppointmentConditions, tierHoldsRankLevel } from './appointment-eligibility';
import { auditView, unmetConditions } from './appointment-views';
import { AppointDto, AppointmentQueryDto, AppointmentResponseDto, NominateDto, ReviewDto } from './dto/appointment.dto';
import { ReviewOutcome, scoreReview } from './review-score';
import { addDays, addMonths, compareDates } from '@skill-ladder/vocabulary';

/** Months before the end of a term from which it may be renewed. */
export const RENEWAL_WINDOW_MONTHS = 6;

/**
 * 评聘 (docs/domain.md §2, §6) of 特级技师, 首席技师 and an enterprise's own tiers: nomination with the
 * eligibility report, committee review on the policy's weighted rubric, publicity with objections
 * (the evaluations module's notices), bureau confirmation where the policy asks for it, then
 * appointment for the term, under the quota. Terms are renewed after a review, expire on their
 * own, or are revoked with a reason. Every step is audited with before and after
 * (`AppointmentCases.step`); publicity is `AppointmentPublicityService`'s.
 *
 * Locks: an appointment row, then its policy row (the quota), then the audit chain. Steps that
 * touch the publicity notice lock the notice before the appointment, as the objection handler
 * (called by the publicity module with the notice locked) does.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: AppointmentCases,
    private readonly workers: WorkersService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly standardsReader: StandardsReader,
    private readonly policies: TierPoliciesService,
    private readonly publicity: PublicityService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** HR nominates a worker of the enterprise, or a worker applies; refused unless the eligibility report says eligible. */
  async nominate(principal: Principal, dto: NominateDto): Promise<AppointmentResponseDto> {
    const personId = this.applicant(principal, dto.personId);
    try {
      return await this.dataSource.transaction(async (em) => {
        const today = this.clock.today();
        const record = await this.workers.getRecord(principal, personId, em);
        const policy = await em.getRepository(TierPolicy).findOneBy({ id: dto.policyId });
        // A policy of an enterprise the caller has nothing to do with does not exist for them.
        const scope = scopeOf(principal);
        if (!policy || (scope.kind === 'organization' && !TIER_POLICY_HR.allows(scope, policy))) throw new NotFoundError('Tier policy');
        const employment = currentEmployments(record, today).find(
          (e) => e.workOrganizationId === policy.organizationId && (!dto.occupationCode || e.occupationCode === dto.occupationCode),
        );
        if (!employment) {
          if (scope.kind === 'person') throw new NotFoundError('Tier policy');
          throw new UnprocessableError('NOT_WORKING_AT_ENTERPRISE', 'The worker does not work at this enterprise now (in this occupation)', [
            { field: 'personId', code: 'notWorkingHere', message: '该职工目前不在本企业（该职业）工作 / not working here now' },
          ]);
        }
        if (policy.status !== 'active' || policy.termMonths === null) {
          throw new UnprocessableError('TIER_NOT_APPOINTED', 'This tier is not appointed (评聘) or its policy is retired', [
            { field: 'policyId', code: 'notAppointed', message: '该等级不实行评聘或政策已停用 / not an active appointment tier' },
          ]);
        }
        const occupationCode = dto.occupationCode ?? employment.occupationCode;
        if (!occupationCode) {
          throw new UnprocessableError('OCCUPATION_REQUIRED', 'The employment records no occupation; name it', [
            { field: 'occupationCode', code: 'required', message: '请指定职业 / name the occupation' },
          ]);
        }
        const named = await this.policies.find(em, policy.organizationId, policy.id);
        const level = hasAppointmentConditions(policy.nationalRank)
          ? (await this.standardsReader.levelFor({ occupationCode, organizationId: policy.organizationId, rank: policy.nationalRank as DefaultedRank, on: today }, em)).definition
          : tierHoldsRankLevel(policy.nationalRank, occupationCode);
        const ended = await this.reader.endedAppointmentCredentials([personId], em);
        const report = evaluateEligibility(level, toWorkerFacts({ ...record, credentials: effectiveCredentials(record, ended) }, { occupationCode, asOf: today }), today);
        if (!report.eligible) {
          throw new UnprocessableError('NOT_ELIGIBLE', `The worker does not meet the conditions of ${named.tierName} yet`, unmetConditions(report));
        }
        const repo = em.getRepository(Appointment);
        const saved = await repo.save(
          repo.create({
            organizationId: policy.organizationId,
            personId,
            policyId: policy.id,
            nationalRank: policy.nationalRank,
            enterpriseTierId: policy.enterpriseTierId,
            tierName: named.tierName,
            occupationCode,
            status: 'nominated',
            nominatedVia: scope.kind === 'person' ? 'self' : 'hr',
            nominationNote: dto.note ?? null,
            eligibility: report,
            renewals: 0,
            createdBy: principal.userId,
          }),
        );
        await this.audit.record(em, principal, {
          action: 'appointment.nominate',
          entityType: 'appointment',
          entityId: saved.id,
          organizationId: saved.organizationId,
          after: auditView(saved),
          reason: dto.note ?? null,
        });
        return this.cases.load(em, principal, saved.id);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'appointments_open_uq') {
        throw new ConflictError('APPOINTMENT_OPEN', 'This worker already has an open case or holds this tier');
      }
      throw error;
    }
  }

  async list(principal: Principal, q: AppointmentQueryDto): Promise<Page<AppointmentResponseDto>> {
    const scope = visibleCasesWhere(principal, 'a');
    const query = this.dataSource.getRepository(Appointment).createQueryBuilder('a').where(scope.sql, scope.params);
    for (const [key, column] of [['status', 'status'], ['personId', 'person_id'], ['policyId', 'policy_id']] as const) {
      if (q[key]) query.andWhere(`a.${column} = :${key}`, { [key]: q[key] });
    }
    const { ids, total: count } = await pageIds(query, [['a.created_at', 'DESC'], ['a.id', 'ASC']], q);
    const items: AppointmentResponseDto[] = [];
    for (const id of ids) items.push(await this.cases.load(this.dataSource.manager, principal, id));
    return { items, total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<AppointmentResponseDto> {
    await this.cases.findVisible(this.dataSource.manager, principal, id);
    return this.cases.load(this.dataSource.manager, principal, id);
  }

  decline(principal: Principal, id: string, dto: ReasonDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'decline', async (_em, a) => {
      this.cases.assertEnterpriseHr(principal, a);
      a.endReason = dto.reason;
      return { reason: dto.reason };
    });
  }

  /** 评审: the committee's sheets, scored on the policy's rubric; below the pass mark ends the case. */
  review(principal: Principal, id: string, dto: ReviewDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'review', async (em, a, policy) => {
      this.cases.assertEnterpriseHr(principal, a);
      const outcome = await this.recordReview(em, principal, a, policy, 'appointment', dto);
      a.reviewScore = outcome.total;
      if (!outcome.passed) a.endReason = `评审得分${outcome.total}，低于${outcome.passMark}分`;
      return { to: outcome.passed ? 'reviewed' : 'not_passed', reason: dto.comment ?? null };
    });
  }

  confirm(principal: Principal, id: string, dto: NoteDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'confirm', async (_em, a) => {
      this.cases.assertDecidingBureau(principal, a);
      a.bureauDecidedBy = principal.userId;
      a.bureauDecidedAt = this.clock.now();
      a.bureauNote = dto.note ?? null;
      return { reason: dto.note ?? null };
    });
  }

  reject(principal: Principal, id: string, dto: ReasonDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'reject', async (_em, a) => {
      this.cases.assertDecidingBureau(principal, a);
      a.bureauDecidedBy = principal.userId;
      a.bureauDecidedAt = this.clock.now();
      a.bureauNote = dto.reason;
      a.endReason = dto.reason;
      return { reason: dto.reason };
    });
  }

  /**
   * 聘任: takes a place under the quota. The policy row is locked first, so two HR admins
   * appointing the last place at once queue on it and the second finds no place left.
   */
  appoint(principal: Principal, id: string, dto: AppointDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'appoint', async (em, a) => {
      this.cases.assertEnterpriseHr(principal, a);
      const today = this.clock.today();
      const startsOn = dto.startsOn ?? today;
      if (compareDates(startsOn, today) < 0) {
        throw new UnprocessableError('TERM_STARTS_IN_PAST', 'A term cannot start in the past', [
          { field: 'startsOn', code: 'inPast', message: '聘期起始日不得早于今天 / cannot start in the past' },
        ]);
      }
      const policy = await this.policies.lock(em, a.organizationId, a.policyId);
      if (policy.status !== 'active') throw new ConflictError('TIER_POLICY_RETIRED', 'The tier policy was retired; nobody is appointed under it');
      const quota = await this.policies.quota(em, policy, today);
      if (quota.remaining !== null && quota.remaining <= 0) throw new ConflictError('QUOTA_EXHAUSTED', `名额已满：${quota.explanation}`);
      const org = await this.organizationsReader.byId(a.organizationId, em);
      if (a.enterpriseTierId === null && hasAppointmentConditions(a.nationalRank)) {
        a.credentialId = await this.workers.recordIssuedCredential(em, principal, a.organizationId, a.personId, {
          occupationCode: a.occupationCode,
          workType: null,
          rank: a.nationalRank,
          certificateNumber: null,
          issuedOn: startsOn,
          issuerName: org.name,
          source: 'appointed',
        });
      }
      a.appointedOn = startsOn;
      a.termStartsOn = startsOn;
      a.termEndsOn = termEndsOn(startsOn, policy.termMonths as number);
      a.treatment = treatmentOf(policy, a.tierName);
      return {};
    });
  }

  /**
   * 续聘: from RENEWAL_WINDOW_MONTHS before the term ends, after a committee review on the
   * policy's rubric. Passed: a new term follows the old one, with the treatment the policy gives
   * now. Not passed: the review is kept and the term runs out.
   */
  async renew(principal: Principal, id: string, dto: ReviewDto): Promise<AppointmentResponseDto> {
    let passed = false;
    const result = await this.cases.step(principal, id, 'renew', async (em, a, policy) => {
      this.cases.assertEnterpriseHr(principal, a);
      const today = this.clock.today();
      const opensOn = addMonths(a.termEndsOn as string, -RENEWAL_WINDOW_MONTHS);
      if (compareDates(today, opensOn) < 0) throw new ConflictError('RENEWAL_NOT_DUE', `续聘自${opensOn}起办理 / renewal opens on ${opensOn}`);
      const outcome = await this.recordReview(em, principal, a, policy, 'renewal', dto);
      passed = outcome.passed;
      if (!outcome.passed) return { reason: `续聘评审得分${outcome.total}，低于${outcome.passMark}分` };
      if (policy.termMonths === null) throw new ConflictError('TIER_NOT_APPOINTED', 'The tier is no longer appointed; it cannot be renewed');
      a.termStartsOn = addDays(a.termEndsOn as string, 1);
      a.termEndsOn = termEndsOn(a.termStartsOn, policy.termMonths);
      a.renewals += 1;
      a.treatment = treatmentOf(policy, a.tierName);
      return { reason: dto.comment ?? null };
    }, undefined, () => (passed ? 'appointment.renew' : 'appointment.renewal_not_passed'));
    return result;
  }

  /** 解聘, with a reason; the 特级技师/首席技师 credential the appointment recorded is revoked. */
  revoke(principal: Principal, id: string, dto: ReasonDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'revoke', async (em, a) => {
      this.cases.assertEnterpriseHr(principal, a);
      a.endedOn = this.clock.today();
      a.endReason = dto.reason;
      if (a.credentialId) await this.workers.revokeIssuedCredential(em, principal, a.organizationId, a.credentialId, dto.reason);
      return { reason: dto.reason };
    });
  }

  /** Before appointment, HR or the worker withdraws; an entry under publicity is withdrawn from the notice too. */
  async withdraw(principal: Principal, id: string, dto: ReasonDto): Promise<AppointmentResponseDto> {
    const peek = await this.cases.findVisible(this.dataSource.manager, principal, id);
    return this.cases.step(
      principal,
      id,
      'withdraw',
      async (_em, a) => {
        this.cases.assertMayWithdraw(principal, a);
        if (a.status !== peek.status) throw new ConflictError('APPOINTMENT_CHANGED', 'The case changed meanwhile; reload it');
        a.endReason = dto.reason;
        return { reason: dto.reason };
      },
      async (em) => {
        if (peek.status === 'in_publicity' && peek.publicityNoticeId) await this.publicity.withdrawEntry(em, principal, peek.publicityNoticeId, peek.personId, dto.reason);
      },
    );
  }

  /**
   * Terms that ended before today expire. Run daily by the scheduler (once across replicas, see
   * AppointmentTermJob) and callable at any time (one pass at a time, by an advisory lock); rows another transaction holds are left for
   * the next run.
   */
  async expireDueTerms(): Promise<{ ran: boolean; expired: string[] }> {
    return this.dataSource.transaction((em) => this.expireDueTermsIn(em));
  }

  /** The same pass inside the caller's transaction (the scheduled job's run). */
  async expireDueTermsIn(em: EntityManager): Promise<{ ran: boolean; expired: string[] }> {
    if (!(await tryAdvisoryXactLock(em, 'promotions:appointment-expiry'))) return { ran: false, expired: [] };
    const today = this.clock.today();
    const due = await em
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where(`a.status = 'appointed' AND a.term_ends_on < :today`, { today })
      .orderBy('a.term_ends_on')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const a of due) {
      const before = auditView(a);
      a.status = 'expired';
      a.endedOn = a.termEndsOn;
      a.endReason = '聘期届满，未续聘';
      await em.getRepository(Appointment).save(a);
      if (a.credentialId) await this.workers.endAppointedCredential(em, SYSTEM_ACTOR, a.organizationId, a.credentialId, a.endReason);
      await this.audit.record(em, SYSTEM_ACTOR, {
        action: 'appointment.expire',
        entityType: 'appointment',
        entityId: a.id,
        organizationId: a.organizationId,
        before,
        after: auditView(a),
        reason: a.endReason,
      });
    }
    return { ran: true, expired: due.map((a) => a.id) };
  }

  private async recordReview(
    em: EntityManager,
    principal: Principal,
    a: Appointment,
    policy: TierPolicy,
    kind: 'appointment' | 'renewal',
    dto: ReviewDto,
  ): Promise<ReviewOutcome> {
    const scored = scoreReview(policy.rubric, dto.sheets, { passMark: policy.passMark, minReviewers: policy.minReviewers });
    if (!scored.ok) throw new UnprocessableError('REVIEW_INVALID', 'The committee’s sheets do not fit the rubric', scored.errors);
    const repo = em.getRepository(AppointmentReview);
    await repo.save(
      repo.create({
        appointmentId: a.id,
        organizationId: a.organizationId,
        kind,
        reviewedOn: this.clock.today(),
        criteria: policy.rubric,
        scores: dto.sheets.map((s) => ({ reviewer: s.reviewer, scores: s.scores })),
        total: scored.outcome.total,
        passMark: scored.outcome.passMark,
        passed: scored.outcome.passed,
        comment: dto.comment ?? null,
        recordedBy: principal.userId,
      }),
    );
    return scored.outcome;
  }

  private applicant(principal: Principal, personId: string | undefined): string {
    const scope = scopeOf(principal);
    if (scope.kind === 'person') {
      if (!scope.personId || (personId && personId !== scope.personId)) throw new ForbiddenError('OWN_APPLICATION_ONLY', 'A worker applies for themself');
      return scope.personId;
    }
    if (!personId) throw new UnprocessableError('PERSON_REQUIRED', 'Name the worker', [{ field: 'personId', code: 'required', message: '请指定职工 / name the worker' }]);
    return personId;
  }
}
