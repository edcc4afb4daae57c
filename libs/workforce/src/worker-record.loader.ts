import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { userSql } from '@skill-ladder/identity';
import { Clock, ForbiddenError, namedQuery, NotFoundError, Principal, scopeOf } from '@skill-ladder/platform';
import { toWorkerRecord } from './worker-mapper';
import { WorkerRecord } from './worker-record';
import { visibleWorkersWhere } from './workforce-scope';

/**
 * A worker's record read in one statement, and the visibility check every change starts with:
 * shared by the services that change a record (the person, its employments, its facts) and
 * answer with it.
 */
@Injectable()
export class WorkerRecordLoader {
  constructor(private readonly clock: Clock) {}

  /**
   * 404 unless visible; `forWrite` also requires HR (bureau and workers read only) with an
   * employment of the worker still running today, and `current` that running employment alone.
   */
  async assertVisible(em: EntityManager, principal: Principal, personId: string, forWrite = false, current = forWrite): Promise<void> {
    if (forWrite && scopeOf(principal).kind !== 'organization') throw new ForbiddenError('WORKER_READ_ONLY', 'Only HR of the worker’s organization may change a worker record');
    const scope = visibleWorkersWhere(principal, 'p', current ? this.clock.today() : undefined);
    const rows = await namedQuery(em, `SELECT 1 FROM persons p WHERE p.id = :personId AND ${scope.sql}${forWrite ? ' FOR UPDATE' : ''}`, {
      ...scope.params,
      personId,
    });
    if (rows.length === 0) throw new NotFoundError('Worker');
  }

  /**
   * A worker's record in one statement (the person and each kind of fact as a JSON array), so a
   * read costs one round trip rather than eight. With `scope`, a worker outside it is not found.
   */
  async load(em: EntityManager, personId: string, scope?: { sql: string; params: Record<string, unknown> }): Promise<WorkerRecord> {
    const facts = (table: string, fields: string, orderBy: string) =>
      `COALESCE((SELECT json_agg(json_build_object(${fields}) ORDER BY ${orderBy}) FROM ${table} x WHERE x.person_id = p.id), '[]')`;
    const [person] = await namedQuery<Record<string, unknown> & Record<'employments' | 'credentials' | 'titles' | 'honors' | 'trainings' | 'innovations' | 'relations', Record<string, unknown>[]>>(
      em,
      `SELECT p.id, p.full_name, p.id_number_masked, p.birth_date::text AS birth_date, p.sex, p.phone, p.education,
              p.graduated_on::text AS graduated_on, p.apprenticeship_completed_on::text AS apprenticeship_completed_on, ${userSql.accountOfPerson('p.id')} AS user_id,
              ${facts('employments', `'id', x.id, 'employer_org_id', x.employer_org_id, 'work_org_id', x.work_org_id, 'employment_type', x.employment_type,
                'occupation_code', x.occupation_code, 'occupation_started_on', x.occupation_started_on::text, 'hired_on', x.hired_on::text,
                'ended_on', x.ended_on::text, 'job_title', x.job_title`, 'x.hired_on, x.created_at')} AS employments,
              ${facts('person_credentials', `'id', x.id, 'occupation_code', x.occupation_code, 'work_type', x.work_type, 'rank', x.rank,
                'certificate_number', x.certificate_number, 'issued_on', x.issued_on::text, 'issuer_name', x.issuer_name, 'source', x.source, 'status', x.status`, 'x.issued_on, x.created_at')} AS credentials,
              ${facts('person_titles', `'id', x.id, 'series', x.series, 'grade', x.grade, 'title_name', x.title_name, 'obtained_on', x.obtained_on::text, 'source', x.source`, 'x.obtained_on')} AS titles,
              ${facts('person_honors', `'id', x.id, 'kind', x.kind, 'level', x.level, 'name', x.name, 'awarded_on', x.awarded_on::text`, 'x.awarded_on')} AS honors,
              ${facts('person_trainings', `'id', x.id, 'name', x.name, 'hours', x.hours::float8, 'completed_on', x.completed_on::text`, 'x.completed_on')} AS trainings,
              ${facts('person_innovations', `'id', x.id, 'kind', x.kind, 'title', x.title, 'level', x.level, 'achieved_on', x.achieved_on::text`, 'x.achieved_on')} AS innovations,
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'direction', CASE WHEN r.person_id = p.id THEN 'outgoing' ELSE 'incoming' END,
                        'other_id', o.id, 'other_name', o.full_name) ORDER BY r.created_at)
                 FROM person_relations r JOIN persons o ON o.id = CASE WHEN r.person_id = p.id THEN r.related_person_id ELSE r.person_id END
                WHERE r.person_id = p.id OR r.related_person_id = p.id), '[]') AS relations
         FROM persons p
        WHERE p.id = :personId${scope ? ` AND ${scope.sql}` : ''}`,
      { ...(scope?.params ?? {}), personId },
    );
    if (!person) throw new NotFoundError('Worker');
    const { employments, credentials, titles, honors, trainings, innovations, relations } = person;
    return toWorkerRecord(person, { employments, credentials, titles, honors, trainings, innovations, relations });
  }
}
