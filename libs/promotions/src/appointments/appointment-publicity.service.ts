import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import { ObjectionResolvedEvent, PublicityService } from '@skill-ladder/publicity';
import { AuditActor, AuditService, ConflictError, Principal } from '@skill-ladder/platform';
import { StandardsReader } from '@skill-ladder/standards';
import { WorkersReader } from '@skill-ladder/workforce';
import { NoteDto } from '../common/dto';
import { Appointment } from '../entities/appointment.entity';
import { AppointmentCases } from './appointment-cases.service';
import { auditView } from './appointment-views';
import { AppointmentResponseDto, OpenPublicityDto } from './dto/appointment.dto';

export const APPOINTMENT_SUBJECT_TYPE = 'appointment';

/**
 * 公示 of an appointment: the notice opened and closed through the evaluations module's
 * publicity, and an upheld objection ending the case. Steps that touch the notice lock it before
 * the appointment, as the objection handler (called with the notice locked) does.
 */
@Injectable()
export class AppointmentPublicityService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: AppointmentCases,
    private readonly organizationsReader: OrganizationsReader,
    private readonly standardsReader: StandardsReader,
    private readonly workersReader: WorkersReader,
    private readonly publicity: PublicityService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.publicity.registerSubjectHandler(APPOINTMENT_SUBJECT_TYPE, { onObjectionResolved: (em, actor, event) => this.onObjectionResolved(em, actor, event) });
  }


  /** 公示: one notice per appointment, in working days, open to objections by the enterprise's workers. */
  openPublicity(principal: Principal, id: string, dto: OpenPublicityDto): Promise<AppointmentResponseDto> {
    return this.cases.step(principal, id, 'open_publicity', async (em, a) => {
      this.cases.assertEnterpriseHr(principal, a);
      const org = await this.organizationsReader.byId(a.organizationId, em);
      const person = (await this.workersReader.identity(a.personId, em)) as { fullName: string; idNumberMasked: string };
      const opened = await this.publicity.open(em, principal, {
        organizationId: a.organizationId,
        subjectType: APPOINTMENT_SUBJECT_TYPE,
        subjectId: a.id,
        title: `${org.name}${a.tierName}评聘公示`,
        publishedOn: dto.publishedOn,
        workingDays: dto.workingDays,
        entries: [
          {
            personId: a.personId,
            payload: {
              name: person.fullName,
              idNumber: person.idNumberMasked,
              occupationCode: a.occupationCode,
              occupationName: await this.standardsReader.occupationName(a.occupationCode, em),
              tier: a.tierName,
              reviewScore: a.reviewScore,
            },
          },
        ],
      });
      a.publicityNoticeId = opened.noticeId;
      a.publicityEndsOn = opened.endsOn;
      return {};
    });
  }

  /**
   * Ends the publicity once the window has closed and every objection is resolved (the notice
   * is finalized); the case goes to the bureau where the policy asks for its confirmation.
   */
  async closePublicity(principal: Principal, id: string, dto: NoteDto): Promise<AppointmentResponseDto> {
    const peek = await this.cases.findVisible(this.dataSource.manager, principal, id);
    return this.cases.step(
      principal,
      id,
      'close_publicity',
      async (em, a, policy) => {
        this.cases.assertEnterpriseHr(principal, a);
        if (a.publicityNoticeId !== peek.publicityNoticeId) throw new ConflictError('APPOINTMENT_CHANGED', 'The case changed meanwhile; reload it');
        await this.publicity.finalize(em, principal, a.publicityNoticeId as string);
        if (!policy.bureauConfirmation) return { to: 'confirmed', reason: dto.note ?? null };
        const org = await this.organizationsReader.byId(a.organizationId, em);
        a.bureauId = (await this.organizationsReader.competentBureau(org.regionCode, em)).id;
        return { to: 'awaiting_confirmation', reason: dto.note ?? null };
      },
      // The notice first, as the objection handler does, so the two cannot deadlock.
      async (em) => {
        if (peek.publicityNoticeId) await this.publicity.assertFinalizable(em, peek.publicityNoticeId);
      },
    );
  }


  /** An upheld objection to an appointment's publicity voids the entry and ends the case; a dismissed one changes nothing. */
  private async onObjectionResolved(em: EntityManager, actor: AuditActor, event: ObjectionResolvedEvent): Promise<void> {
    if (event.outcome !== 'upheld') return;
    const a = await em.getRepository(Appointment).createQueryBuilder('a').where('a.id = :id', { id: event.subjectId }).setLock('pessimistic_write').getOne();
    if (!a || a.status !== 'in_publicity') return;
    const reason = `公示异议成立：${event.resolution}`.slice(0, 1000);
    await this.publicity.withdrawEntry(em, actor, event.noticeId, a.personId, reason);
    const before = auditView(a);
    a.status = 'withdrawn';
    a.endReason = reason;
    await em.getRepository(Appointment).save(a);
    await this.audit.record(em, actor, {
      action: 'appointment.withdraw',
      entityType: 'appointment',
      entityId: a.id,
      organizationId: a.organizationId,
      before,
      after: auditView(a),
      reason,
    });
  }
}
