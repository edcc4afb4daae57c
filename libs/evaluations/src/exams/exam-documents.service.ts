import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { organizationSql } from '@skill-ladder/identity';
import { ConflictError, Principal } from '@skill-ladder/platform';
import { ComponentKind, occupationSql } from '@skill-ladder/standards';
import { PersonPhotoReader, personSql } from '@skill-ladder/workforce';
import { rankLabel } from '@skill-ladder/vocabulary';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { TicketQueryDto } from './dto/exam-session.dto';
import { AdmissionTicket, renderAdmissionTickets, renderCheckInList } from './exam-documents-pdf';
import { componentLabel, ExamSessionsService } from './exam-sessions.service';
import { chinaDateTime, seatLabel } from './rules/seating';

/**
 * The printed papers of 考务: admission tickets (准考证, one page per candidate with photo, masked
 * ID, level and every scheduled seat) and a room's check-in list (签到表). Names, ID numbers,
 * photos and occupation names come from their owners' readers and SQL fragments.
 */
@Injectable()
export class ExamDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly sessions: ExamSessionsService,
    private readonly photos: PersonPhotoReader,
  ) {}

  /** 准考证 of one candidate (the worker: their own), once they have a seat. */
  async ticketOfApplication(principal: Principal, applicationId: string): Promise<{ pdf: Buffer; filename: string }> {
    const application = await this.sessions.visibleApplication(this.dataSource.manager, principal, applicationId);
    const [campaign] = await this.campaignHeader(this.dataSource.manager, application.campaign_id);
    const tickets = await this.tickets(this.dataSource.manager, [applicationId]);
    if (tickets.length === 0 || tickets[0].seats.length === 0) {
      throw new ConflictError('NOT_SEATED', '尚未编排考场，暂无准考证 / No seat has been assigned yet');
    }
    return { pdf: await renderAdmissionTickets({ campaignName: campaign.name, bodyName: campaign.body_name, tickets }), filename: `admission-ticket-${tickets[0].ticketNumber}.pdf` };
  }

  /** 准考证 of every seated candidate of the campaign, or of one session or component: one page each. */
  async ticketsOfCampaign(principal: Principal, campaignId: string, query: TicketQueryDto): Promise<{ pdf: Buffer; filename: string }> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    if (query.sessionId) await this.sessions.row(this.dataSource.manager, campaign.id, query.sessionId);
    const rows: { application_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT st.application_id FROM exam_seats st JOIN exam_sessions s ON s.id = st.session_id
        WHERE st.campaign_id = $1 AND s.status = 'scheduled' AND ($2::uuid IS NULL OR s.id = $2) AND ($3::text IS NULL OR s.component = $3)`,
      [campaign.id, query.sessionId ?? null, query.component ?? null],
    );
    if (rows.length === 0) throw new ConflictError('NOT_SEATED', '尚未编排考场，暂无准考证 / No candidate has a seat yet');
    const [header] = await this.campaignHeader(this.dataSource.manager, campaign.id);
    const tickets = await this.tickets(this.dataSource.manager, rows.map((r) => r.application_id));
    return { pdf: await renderAdmissionTickets({ campaignName: header.name, bodyName: header.body_name, tickets }), filename: `admission-tickets-${String(campaign.number).padStart(6, '0')}.pdf` };
  }

  /** 签到表 of one room, in seat order. */
  async checkInList(principal: Principal, campaignId: string, id: string): Promise<{ pdf: Buffer; filename: string }> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const session = await this.sessions.load(this.dataSource.manager, campaign.id, id);
    if (session.status === 'cancelled') throw new ConflictError('SESSION_CANCELLED', '考场已取消 / The session is cancelled');
    const [header] = await this.campaignHeader(this.dataSource.manager, campaign.id);
    const seats = await this.sessions.seatsOf(this.dataSource.manager, [id]);
    const { masked, photos } = await this.identities(this.dataSource.manager, seats.map((s) => s.applicationId));
    const pdf = await renderCheckInList({
      campaignName: header.name,
      bodyName: header.body_name,
      componentLabel: session.componentLabel,
      place: session.place,
      room: session.room,
      startsAtChina: session.startsAtChina,
      endsAtChina: session.endsAtChina,
      invigilators: session.invigilators.map((i) => i.name),
      rows: seats.map((s) => ({ seatLabel: s.seatLabel, ticketNumber: s.ticketNumber, fullName: s.fullName, idNumberMasked: masked.get(s.applicationId) ?? '', levelLabel: rankLabel(s.rank), photo: photos.get(s.applicationId) })),
    });
    return { pdf, filename: `check-in-list-${session.id}.pdf` };
  }

  private campaignHeader(em: EntityManager, campaignId: string): Promise<{ name: string; body_name: string; occupation_name: string }[]> {
    return em.query(
      `SELECT c.name, ${organizationSql.name('c.organization_id')} AS body_name, COALESCE(${occupationSql.name('c.occupation_code')}, c.occupation_code) AS occupation_name
         FROM campaigns c WHERE c.id = $1`,
      [campaignId],
    );
  }

  /** The masked ID number and the photo (if any) of each application's candidate, by application. */
  private async identities(em: EntityManager, applicationIds: string[]): Promise<{ masked: Map<string, string>; photos: Map<string, Buffer> }> {
    const rows: { id: string; person_id: string; id_number_masked: string }[] = await em.query(
      `SELECT a.id, a.person_id, ${personSql.idNumberMasked('a.person_id')} AS id_number_masked FROM applications a WHERE a.id = ANY($1::uuid[])`,
      [applicationIds],
    );
    const jpegs = await this.photos.jpegsOf(rows.map((r) => r.person_id), em);
    const photos = new Map<string, Buffer>();
    for (const r of rows) {
      const jpeg = jpegs.get(r.person_id);
      if (jpeg) photos.set(r.id, jpeg);
    }
    return { masked: new Map(rows.map((r) => [r.id, r.id_number_masked])), photos };
  }

  /** The tickets of these approved applications, by ticket number, each with its scheduled seats in time order. */
  private async tickets(em: EntityManager, applicationIds: string[]): Promise<AdmissionTicket[]> {
    const people: { id: string; person_id: string; ticket_number: string; rank: NationalRank; full_name: string; id_number_masked: string; occupation_name: string }[] = await em.query(
      `SELECT a.id, a.person_id, a.ticket_number, a.rank, ${personSql.fullName('a.person_id')} AS full_name, ${personSql.idNumberMasked('a.person_id')} AS id_number_masked,
              COALESCE(${occupationSql.name('c.occupation_code')}, c.occupation_code) AS occupation_name
         FROM applications a JOIN campaigns c ON c.id = a.campaign_id
        WHERE a.id = ANY($1::uuid[]) AND a.status = 'approved' ORDER BY a.ticket_number`,
      [applicationIds],
    );
    const seats: { application_id: string; component: ComponentKind; place: string; room: string; seat_no: number; starts_at: Date; ends_at: Date }[] = await em.query(
      `SELECT st.application_id, s.component, s.place, s.room, st.seat_no, s.starts_at, s.ends_at FROM exam_seats st JOIN exam_sessions s ON s.id = st.session_id
        WHERE st.application_id = ANY($1::uuid[]) AND s.status = 'scheduled' ORDER BY s.starts_at, s.id`,
      [applicationIds],
    );
    const photos = await this.photos.jpegsOf(people.map((p) => p.person_id), em);
    return people.map((p) => ({
      ticketNumber: p.ticket_number,
      photo: photos.get(p.person_id) ?? null,
      fullName: p.full_name,
      idNumberMasked: p.id_number_masked,
      occupationName: p.occupation_name,
      levelLabel: rankLabel(p.rank),
      seats: seats
        .filter((s) => s.application_id === p.id)
        .map((s) => ({
          componentLabel: componentLabel(s.component),
          place: s.place,
          room: s.room,
          seatLabel: seatLabel(s.seat_no),
          startsAtChina: chinaDateTime(new Date(s.starts_at)),
          endsAtChina: chinaDateTime(new Date(s.ends_at)),
        })),
    }));
  }
}
