import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, Clock, ConflictError, NotFoundError, Principal } from '@skill-ladder/platform';
import { PersonPhotoReader } from '@skill-ladder/workforce';
import { IdentityCheck, IdentityCheckDto } from './dto/identity-check.dto';
import { RoomViewDto } from './dto/online-exam.dto';
import { OnlineExamRoomService } from './online-exam-room.service';

/**
 * 核验身份 in the online exam room: the invigilator (or HR of the campaign's body) sees each seated
 * candidate's 证件照 and records that the person at the seat matched it and their ID card, or did
 * not. The check is a record for the room, never a gate: the candidate's start and the exam clock
 * are the server's and do not wait for it.
 */
@Injectable()
export class OnlineExamIdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly room: OnlineExamRoomService,
    private readonly photos: PersonPhotoReader,
  ) {}

  /** The 证件照 of a candidate seated in this room (JPEG); 404 for a candidate seated elsewhere or without a photo. */
  async photo(principal: Principal, campaignId: string, sessionId: string, applicationId: string): Promise<Buffer> {
    const em = this.dataSource.manager;
    await this.room.roomAccess(em, principal, campaignId, sessionId);
    const [seat]: { person_id: string }[] = await em.query(
      'SELECT a.person_id FROM exam_seats st JOIN applications a ON a.id = st.application_id WHERE st.session_id = $1 AND st.application_id = $2',
      [sessionId, applicationId],
    );
    if (!seat) throw new NotFoundError('Exam seat');
    const jpeg = (await this.photos.jpegsOf([seat.person_id], em)).get(seat.person_id);
    if (!jpeg) throw new NotFoundError('Photo');
    return jpeg;
  }

  /**
   * Records the check on the seat, audited; the same result and note again change nothing. A
   * mismatch needs a note (the DTO refuses it without one). Refused once the session has ended.
   */
  async check(principal: Principal, campaignId: string, sessionId: string, applicationId: string, dto: IdentityCheckDto): Promise<RoomViewDto> {
    const setup = await this.room.roomAccess(this.dataSource.manager, principal, campaignId, sessionId);
    const result: IdentityCheck = dto.result ?? 'verified';
    const note = dto.note ?? null;
    await this.dataSource.transaction(async (em) => {
      const [seat]: { seat_no: number; identity_check: IdentityCheck | null; identity_check_note: string | null; identity_checked_at: Date | null }[] = await em.query(
        `SELECT seat_no, identity_check, identity_check_note, identity_checked_at FROM exam_seats WHERE session_id = $1 AND application_id = $2 FOR UPDATE`,
        [sessionId, applicationId],
      );
      if (!seat) throw new NotFoundError('Exam seat');
      const now = this.clock.now();
      if (now >= new Date(setup.ends_at)) throw new ConflictError('SESSION_ENDED', '考试已结束，不能再核验身份 / The session has ended; identity can no longer be checked');
      if (seat.identity_check === result && seat.identity_check_note === note) return;
      await em.query(
        `UPDATE exam_seats SET identity_check = $3, identity_check_note = $4, identity_checked_at = $5, identity_checked_by = $6 WHERE session_id = $1 AND seat_no = $2`,
        [sessionId, seat.seat_no, result, note, now, principal.userId],
      );
      await this.audit.record(em, principal, {
        action: 'exam_seat.identity_checked',
        entityType: 'application',
        entityId: applicationId,
        organizationId: setup.organization_id,
        reason: note,
        before: seat.identity_check
          ? { result: seat.identity_check, note: seat.identity_check_note, checkedAt: new Date(seat.identity_checked_at as Date).toISOString() }
          : null,
        after: { sessionId, seatNo: seat.seat_no, result, note, checkedAt: now.toISOString() },
      });
    });
    return this.room.roomView(this.dataSource.manager, sessionId);
  }
}
