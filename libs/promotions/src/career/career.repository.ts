import { EntityManager } from 'typeorm';
import { namedQuery, SqlFilter } from '@skill-ladder/platform';
import type { Appointment } from '../entities/appointment.entity';

/*
 * The career path's own reads, in plain SQL of the columns it uses: it is a hot route, and
 * TypeORM's query builder and entity mapping showed in its CPU profile (docs/SCALING.md).
 */

/** The columns of an appointment the career path reads. */
export type CareerAppointment = Pick<
  Appointment,
  'id' | 'tierName' | 'nationalRank' | 'status' | 'organizationId' | 'appointedOn' | 'termStartsOn' | 'termEndsOn' | 'renewals' | 'treatment' | 'credentialId' | 'endedOn' | 'endReason'
>;

/** Every appointment of the person, wherever held, each marked whether `scope` (on alias `a`) lets the caller see it. */
export function appointmentsOfPerson(em: EntityManager, personId: string, scope: SqlFilter): Promise<(CareerAppointment & { visible: boolean })[]> {
  return namedQuery<CareerAppointment & { visible: boolean }>(
    em,
    `SELECT a.id, a.tier_name AS "tierName", a.national_rank AS "nationalRank", a.status, a.organization_id AS "organizationId",
            a.appointed_on::text AS "appointedOn", a.term_starts_on::text AS "termStartsOn", a.term_ends_on::text AS "termEndsOn",
            a.renewals, a.treatment, a.credential_id AS "credentialId", a.ended_on::text AS "endedOn", a.end_reason AS "endReason",
            (${scope.sql}) AS visible
       FROM appointments a WHERE a.person_id = :personId ORDER BY a.created_at, a.id`,
    { ...scope.params, personId },
  );
}

/** Approved competition promotions: the person's own, and any behind one of `certificateNumbers`. */
export async function competitionPromotionsFor(
  em: EntityManager,
  personId: string,
  certificateNumbers: readonly string[],
): Promise<{ certificateNumber: string; personId: string }[]> {
  return (await em.query(
    `SELECT certificate_number AS "certificateNumber", person_id AS "personId" FROM competition_promotions
      WHERE status = 'approved' AND (person_id = $1 OR certificate_number = ANY($2::text[]))`,
    [personId, certificateNumbers],
  )) as { certificateNumber: string; personId: string }[];
}
