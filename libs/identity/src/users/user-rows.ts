import { EntityManager } from 'typeorm';
import { namedQuery, pageQuery, Role, setList, updateReturning } from '@skill-ladder/platform';
import { User } from '../entities/user.entity';

/** A user as the services read it: every column but the password hash (not selected by the entity either). */
export type UserRow = Omit<User, 'passwordHash'>;

/** What opening an account supplies; the database fills in `id`, `status`, `createdAt` and `updatedAt`. */
export type NewUser = Omit<User, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

/** A policy's condition on the alias `u` (`USERS.where(scope, 'u')`). */
type Condition = { sql: string; params: Record<string, unknown> };

/** The columns of `users` under their property names in `User` (entities/user.entity.ts), the password hash left out. */
const COLUMNS = `u.id, u.username, u.display_name AS "displayName", u.organization_id AS "organizationId", u.person_id AS "personId",
  u.status, u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/** The fields of a user that may be changed (`UpdateUserDto`), each with its column: the only names an UPDATE of `users` is built from. */
const UPDATABLE_COLUMNS = { displayName: 'display_name', status: 'status' } as const satisfies Partial<Record<keyof User, string>>;

export type UserChanges = { [K in keyof typeof UPDATABLE_COLUMNS]?: User[K] };

/** Whether the username is taken. */
export async function usernameTaken(em: EntityManager, username: string): Promise<boolean> {
  const rows = (await em.query('SELECT 1 FROM users WHERE username = $1 LIMIT 1', [username])) as unknown[];
  return rows.length > 0;
}

/** Inserts a user and answers the row as stored (without the hash). */
export async function insertUser(em: EntityManager, user: NewUser): Promise<UserRow> {
  const [row] = (await em.query(
    `INSERT INTO users AS u (username, password_hash, display_name, organization_id, person_id)
     VALUES ($1, $2, $3, $4, $5)
     RETURNING ${COLUMNS}`,
    [user.username, user.passwordHash, user.displayName, user.organizationId, user.personId],
  )) as UserRow[];
  return row;
}

/** Grants the roles to a user, each held in `organizationId` (platform administration in none). */
export async function insertRoles(em: EntityManager, userId: string, roles: Role[], organizationId: string | null): Promise<void> {
  if (roles.length === 0) return;
  await em.query(
    `INSERT INTO user_roles (user_id, role, organization_id)
     SELECT $1::uuid, r.role, CASE WHEN r.role = 'platform_admin' THEN NULL ELSE $3::uuid END FROM unnest($2::text[]) WITH ORDINALITY AS r(role, n) ORDER BY r.n`,
    [userId, roles, organizationId],
  );
}

/** The roles of each user, in role order. */
export async function rolesOfUsers(em: EntityManager, userIds: string[]): Promise<{ userId: string; role: Role }[]> {
  return (await em.query('SELECT user_id AS "userId", role FROM user_roles WHERE user_id = ANY($1::uuid[]) ORDER BY role ASC', [userIds])) as {
    userId: string;
    role: Role;
  }[];
}

/** The user `id` if `visible` lets it through; undefined otherwise. */
export async function visibleUser(em: EntityManager, visible: Condition, id: string): Promise<UserRow | undefined> {
  const [row] = await namedQuery<UserRow>(em, `SELECT ${COLUMNS} FROM users u WHERE u.id = :id AND (${visible.sql})`, { ...visible.params, id });
  return row;
}

/** One page of the users `visible` lets through, by username, narrowed to an organization and to holders of a role. */
export async function userPage(
  em: EntityManager,
  visible: Condition,
  filter: { organizationId?: string; role?: Role },
  page: { page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const where = [`(${visible.sql})`];
  if (filter.organizationId) where.push('u.organization_id = :org');
  if (filter.role) where.push('EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role)');
  return pageQuery<UserRow>(
    em,
    {
      select: COLUMNS,
      from: `FROM users u WHERE ${where.join(' AND ')}`,
      orderBy: 'u.username ASC',
      params: { ...visible.params, org: filter.organizationId, role: filter.role },
    },
    page,
  );
}

/**
 * Sets the fields given (undefined ones stay as they are), stamps `updated_at` as the entity's
 * `UpdateDateColumn` did, and answers the row as stored; a field outside the updatable ones is refused.
 */
export async function updateUser(em: EntityManager, id: string, changes: UserChanges): Promise<UserRow> {
  const set = setList('users', UPDATABLE_COLUMNS, changes, [id]);
  if (!set) throw new Error('users: nothing to update');
  const [row] = await updateReturning<UserRow>(em, `UPDATE users u SET ${set.sql}, updated_at = CURRENT_TIMESTAMP WHERE u.id = $1 RETURNING ${COLUMNS}`, set.values);
  return row;
}
