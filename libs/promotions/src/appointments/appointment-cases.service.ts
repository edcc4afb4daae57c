import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictError, NotFoundError, Principal, scopeOf } from '@skill-ladder/platform';
import { RANK_INFO } from '@skill-ladder/vocabulary';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, CASE_WITHDRAWAL, visibleCasesWhere } from '../common/case-scope';
import { notTheDecidingBureau, notTheEnterpriseHr } from '../common/errors';
import { PromotionsReader } from '../common/promotions-reader';
import { AppointmentReview } from '../entities/appointment-review.entity';
import { Appointment } from '../entities/appointment.entity';
import { TierPolicy } from '../entities/tier-policy.entity';
import { TierPoliciesService } from '../policy/tier-policies.service';
import { APPOINTMENT_STATUS_LABELS, APPOINTMENT_WORKFLOW, AppointmentAction, AppointmentStatus } from './appointment-workflow';
import { auditView, toReviewView } from './appointment-views';
import { AppointmentResponseDto } from './dto/appointment.dto';

export interface StepResult {
  /** The status the action leads to, where it has several. */
  to?: AppointmentStatus;
  reason?: string | null;
}

/**
 * One appointment case (评聘) as the services that move it see it: found within the caller's
 * scope, moved one audited step of the workflow at a time, answered as the response view.
 */
@Injectable()
export class AppointmentCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: PromotionsReader,
    private readonly policies: TierPoliciesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * One audited step: `before` runs first (locks that must precede the appointment's), then the
   * appointment row is locked, the transition checked, `apply` does the work and names the
   * outcome, and the change is saved and audited in the same transaction.
   */
  async step(
    principal: Principal,
    id: string,
    action: AppointmentAction,
    apply: (em: EntityManager, a: Appointment, policy: TierPolicy) => Promise<StepResult>,
    before?: (em: EntityManager) => Promise<void>,
    auditAction?: () => string,
  ): Promise<AppointmentResponseDto> {
    return this.dataSource.transaction(async (em) => {
      if (before) await before(em);
      const a = await this.findVisible(em, principal, id, true);
      if (!APPOINTMENT_WORKFLOW.allowed(a.status).includes(action)) {
        const allowed = APPOINTMENT_WORKFLOW.allowed(a.status);
        throw new ConflictError('INVALID_TRANSITION', `An appointment that is ${a.status} cannot take "${action}"; it allows: ${allowed.length ? allowed.join(', ') : 'nothing'}`);
      }
      const policy = await em.getRepository(TierPolicy).findOneByOrFail({ id: a.policyId });
      const beforeView = auditView(a);
      const result = await apply(em, a, policy);
      const transition = APPOINTMENT_WORKFLOW.transition(a.status, action, result.to);
      if (!transition.ok) throw new Error('unreachable: the transition was checked above');
      a.status = transition.to;
      await em.getRepository(Appointment).save(a);
      await this.audit.record(em, principal, {
        action: auditAction ? auditAction() : `appointment.${action}`,
        entityType: 'appointment',
        entityId: id,
        organizationId: a.organizationId,
        before: beforeView,
        after: auditView(a),
        reason: result.reason ?? null,
      });
      return this.load(em, principal, id);
    });
  }

  /** 403 unless HR of the enterprise (`CASE_ENTERPRISE_HR`). */
  assertEnterpriseHr(principal: Principal, a: Appointment): void {
    if (!CASE_ENTERPRISE_HR.allows(scopeOf(principal), a)) throw notTheEnterpriseHr();
  }

  /** 403 unless the bureau the case went to (`CASE_DECIDING_BUREAU`). */
  assertDecidingBureau(principal: Principal, a: Appointment): void {
    if (!CASE_DECIDING_BUREAU.allows(scopeOf(principal), a)) throw notTheDecidingBureau();
  }

  /** 403 unless the worker whose case it is or HR of the enterprise (`CASE_WITHDRAWAL`). */
  assertMayWithdraw(principal: Principal, a: Appointment): void {
    if (!CASE_WITHDRAWAL.allows(scopeOf(principal), a)) throw notTheEnterpriseHr();
  }

  async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<Appointment> {
    const scope = visibleCasesWhere(principal, 'a');
    const qb = em.getRepository(Appointment).createQueryBuilder('a').where('a.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Appointment');
    return row;
  }


  async load(em: EntityManager, principal: Principal, id: string): Promise<AppointmentResponseDto> {
    const a = await em.getRepository(Appointment).findOneByOrFail({ id });
    const names = await this.reader.caseNames(a.personId, a.organizationId, em);
    const reviews = await em.getRepository(AppointmentReview).find({ where: { appointmentId: id }, order: { createdAt: 'ASC' } });
    const policy = await em.getRepository(TierPolicy).findOneByOrFail({ id: a.policyId });
    return {
      id: a.id,
      organizationId: a.organizationId,
      organizationName: names.organizationName,
      personId: a.personId,
      personName: names.personName,
      policyId: a.policyId,
      tierName: a.tierName,
      nationalRank: a.nationalRank,
      nationalRankLabel: RANK_INFO[a.nationalRank].labelZh,
      occupationCode: a.occupationCode,
      status: a.status,
      statusLabel: APPOINTMENT_STATUS_LABELS[a.status],
      // Expiry is the scheduler's, not a person's.
      allowedActions: APPOINTMENT_WORKFLOW.allowed(a.status).filter((action) => action !== 'expire'),
      nominatedVia: a.nominatedVia,
      nominationNote: a.nominationNote,
      eligibility: a.eligibility,
      reviewScore: a.reviewScore,
      reviews: reviews.map(toReviewView),
      publicity: a.publicityNoticeId ? { noticeId: a.publicityNoticeId, endsOn: a.publicityEndsOn } : null,
      bureau: a.bureauId ? { id: a.bureauId, decidedAt: a.bureauDecidedAt?.toISOString() ?? null, note: a.bureauNote } : null,
      appointedOn: a.appointedOn,
      termStartsOn: a.termStartsOn,
      termEndsOn: a.termEndsOn,
      renewals: a.renewals,
      treatment: a.treatment,
      credentialId: a.credentialId,
      endedOn: a.endedOn,
      endReason: a.endReason,
      quota: scopeOf(principal).kind === 'person' ? null : await this.policies.quota(em, policy),
    };
  }
}
