import { EntityManager } from 'typeorm';
import { namedQuery, setList, SqlFilter, updateReturning } from '@skill-ladder/platform';
import type { EvaluatorConflict } from './entities/evaluator-conflict.entity';
import type { EvaluatorProfile } from './entities/evaluator-profile.entity';

/** What registering an evaluator supplies; the database fills in the id, the sharing (none) and the stamps. */
export type NewEvaluatorProfile = Pick<
  EvaluatorProfile,
  'userId' | 'personId' | 'organizationId' | 'occupations' | 'highestRank' | 'qualificationCertificateNumber' | 'validFrom' | 'validUntil' | 'createdBy'
>;

/** The columns of `evaluator_profiles` a change may set, each under its property name in `EvaluatorProfile`: the only names an UPDATE is built from. */
const UPDATABLE_COLUMNS = {
  occupations: 'occupations',
  highestRank: 'highest_rank',
  qualificationCertificateNumber: 'qualification_certificate_number',
  validFrom: 'valid_from',
  validUntil: 'valid_until',
  status: 'status',
  sharedWithRegion: 'shared_with_region',
  sharedByBureauId: 'shared_by_bureau_id',
} as const satisfies Partial<Record<keyof EvaluatorProfile, string>>;

export type EvaluatorProfileChanges = { [K in keyof typeof UPDATABLE_COLUMNS]?: EvaluatorProfile[K] };

/** Every column of `evaluator_profiles` under its property name, dates as `YYYY-MM-DD` text as the entity reads them. */
const PROFILE_COLUMNS = `p.id, p.user_id AS "userId", p.person_id AS "personId", p.organization_id AS "organizationId", p.occupations,
  p.highest_rank AS "highestRank", p.qualification_certificate_number AS "qualificationCertificateNumber",
  p.valid_from::text AS "validFrom", p.valid_until::text AS "validUntil", p.status, p.shared_with_region AS "sharedWithRegion",
  p.shared_by_bureau_id AS "sharedByBureauId", p.created_by AS "createdBy", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

const CONFLICT_COLUMNS = `k.id, k.evaluator_profile_id AS "evaluatorProfileId", k.person_id AS "personId", k.organization_id AS "organizationId",
  k.reason, k.declared_by AS "declaredBy", k.created_at AS "createdAt"`;

/** Inserts an active, unshared profile and answers its id; a unique constraint it hits is the caller's to translate. */
export async function insertEvaluatorProfile(em: EntityManager, p: NewEvaluatorProfile): Promise<string> {
  const [row] = (await em.query(
    `INSERT INTO evaluator_profiles (user_id, person_id, organization_id, occupations, highest_rank, qualification_certificate_number, valid_from, valid_until, created_by)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9) RETURNING id`,
    [p.userId, p.personId, p.organizationId, p.occupations, p.highestRank, p.qualificationCertificateNumber, p.validFrom, p.validUntil, p.createdBy],
  )) as { id: string }[];
  return row.id;
}

/** The profile `id` if `visible` (on the alias `p`) lets it through, locked `FOR UPDATE` when asked; undefined otherwise. */
export async function visibleEvaluatorProfile(em: EntityManager, visible: SqlFilter, id: string, lock: boolean): Promise<EvaluatorProfile | undefined> {
  const [row] = await namedQuery<EvaluatorProfile>(
    em,
    `SELECT ${PROFILE_COLUMNS} FROM evaluator_profiles p WHERE p.id = :id AND (${visible.sql})${lock ? ' FOR UPDATE OF p' : ''}`,
    { ...visible.params, id },
  );
  return row;
}

/** Sets the fields given (undefined ones stay as they are) and stamps `updated_at`; a field outside the updatable ones is refused. */
export async function updateEvaluatorProfile(em: EntityManager, id: string, changes: EvaluatorProfileChanges): Promise<void> {
  const set = setList('evaluator_profiles', UPDATABLE_COLUMNS, changes, [id]);
  if (!set) return;
  await em.query(`UPDATE evaluator_profiles SET ${set.sql}, updated_at = CURRENT_TIMESTAMP WHERE id = $1`, set.values);
}

/** The conflicts declared for profile `id` that `visible` (on the alias `k`) lets through, oldest first. */
export async function visibleConflicts(em: EntityManager, visible: SqlFilter, id: string): Promise<EvaluatorConflict[]> {
  return namedQuery<EvaluatorConflict>(
    em,
    `SELECT ${CONFLICT_COLUMNS} FROM evaluator_conflicts k WHERE k.evaluator_profile_id = :id AND (${visible.sql}) ORDER BY k.created_at, k.id`,
    { ...visible.params, id },
  );
}

/** Inserts a declared conflict and answers it as stored. */
export async function insertConflict(em: EntityManager, c: Omit<EvaluatorConflict, 'id' | 'createdAt'>): Promise<EvaluatorConflict> {
  const [row] = (await em.query(
    `INSERT INTO evaluator_conflicts AS k (evaluator_profile_id, person_id, organization_id, reason, declared_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${CONFLICT_COLUMNS}`,
    [c.evaluatorProfileId, c.personId, c.organizationId, c.reason, c.declaredBy],
  )) as EvaluatorConflict[];
  return row;
}

/** Deletes the conflict `conflictId` of profile `profileId` that organization `organizationId` declared, answering it; undefined when there is none. */
export async function deleteConflict(em: EntityManager, profileId: string, conflictId: string, organizationId: string): Promise<EvaluatorConflict | undefined> {
  const [row] = await updateReturning<EvaluatorConflict>(
    em,
    `DELETE FROM evaluator_conflicts k WHERE k.id = $1 AND k.evaluator_profile_id = $2 AND k.organization_id = $3 RETURNING ${CONFLICT_COLUMNS}`,
    [conflictId, profileId, organizationId],
  );
  return row;
}
