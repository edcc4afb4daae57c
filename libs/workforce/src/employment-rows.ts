import { EntityManager } from 'typeorm';
import { Employment } from './entities/employment.entity';

/** What registering or adding an employment supplies; the database fills in `id` and `createdAt`. */
export type NewEmployment = Omit<Employment, 'id' | 'createdAt'>;

/**
 * Every column of `employments` under its property name in `Employment` (entities/employment.entity.ts),
 * dates as `YYYY-MM-DD` text as the entity reads them: what the services hand on and audit.
 */
const COLUMNS = `id, person_id AS "personId", employer_org_id AS "employerOrganizationId", work_org_id AS "workOrganizationId",
  employment_type AS "employmentType", occupation_code AS "occupationCode", occupation_started_on::text AS "occupationStartedOn",
  hired_on::text AS "hiredOn", ended_on::text AS "endedOn", job_title AS "jobTitle", created_at AS "createdAt"`;

/** Inserts an employment and answers the row as stored. */
export async function insertEmployment(em: EntityManager, employment: NewEmployment): Promise<Employment> {
  const [row] = (await em.query(
    `INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, occupation_code, occupation_started_on, hired_on, ended_on, job_title)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING ${COLUMNS}`,
    [
      employment.personId,
      employment.employerOrganizationId,
      employment.workOrganizationId,
      employment.employmentType,
      employment.occupationCode,
      employment.occupationStartedOn,
      employment.hiredOn,
      employment.endedOn,
      employment.jobTitle,
    ],
  )) as Employment[];
  return row;
}

/** A worker's employment with `organizationId` as employer or work organization, locked for the change that follows; undefined if none. */
export async function lockEmployment(em: EntityManager, personId: string, employmentId: string, organizationId: string): Promise<Employment | undefined> {
  const [row] = (await em.query(
    `SELECT ${COLUMNS} FROM employments
      WHERE id = $1 AND person_id = $2 AND (employer_org_id = $3 OR work_org_id = $3)
        FOR UPDATE`,
    [employmentId, personId, organizationId],
  )) as Employment[];
  return row;
}

/** Sets the end date of an employment. */
export async function endEmployment(em: EntityManager, employmentId: string, endedOn: string): Promise<void> {
  await em.query('UPDATE employments SET ended_on = $2 WHERE id = $1', [employmentId, endedOn]);
}
