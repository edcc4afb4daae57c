import { EntityManager } from 'typeorm';
import { setList } from '@skill-ladder/platform';
import { Person } from './entities/person.entity';

/** What registering a person supplies; the database fills in `id`, `createdAt` and `updatedAt`. */
export type NewPerson = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

/** The fields of a person HR may change (`UpdateWorkerDto`), each with its column: the only names an UPDATE of `persons` is built from. */
const UPDATABLE_COLUMNS = {
  fullName: 'full_name',
  phone: 'phone',
  education: 'education',
  graduatedOn: 'graduated_on',
  apprenticeshipCompletedOn: 'apprenticeship_completed_on',
} as const satisfies Partial<Record<keyof Person, string>>;

export type PersonChanges = { [K in keyof typeof UPDATABLE_COLUMNS]?: Person[K] | null };

/** Inserts a person and answers the new id. */
export async function insertPerson(em: EntityManager, person: NewPerson): Promise<string> {
  const [row] = (await em.query(
    `INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex, phone, education, graduated_on, apprenticeship_completed_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING id`,
    [
      person.organizationId,
      person.fullName,
      person.idNumberCipher,
      person.idNumberIndex,
      person.idNumberMasked,
      person.birthDate,
      person.sex,
      person.phone,
      person.education,
      person.graduatedOn,
      person.apprenticeshipCompletedOn,
    ],
  )) as { id: string }[];
  return row.id;
}

/** Sets the fields given (undefined ones stay as they are) and stamps `updated_at`; a field outside the updatable ones is refused. */
export async function updatePerson(em: EntityManager, personId: string, changes: PersonChanges): Promise<void> {
  const set = setList('persons', UPDATABLE_COLUMNS, changes, [personId]);
  if (!set) return;
  await em.query(`UPDATE persons SET ${set.sql}, updated_at = CURRENT_TIMESTAMP WHERE id = $1`, set.values);
}
