import { EntityManager } from 'typeorm';
import { namedQuery, pageQuery, setList, updateReturning } from '@skill-ladder/platform';
import { Organization } from '../entities/organization.entity';

/** What filing an organization supplies; the database fills in `id`, `status`, `createdAt` and `updatedAt`. */
export type NewOrganization = Omit<Organization, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

/** A policy's condition on the alias `o` (`ORGANIZATIONS.where(scope, 'o')`). */
type Condition = { sql: string; params: Record<string, unknown> };

/** Every column of `organizations` under its property name in `Organization` (entities/organization.entity.ts): what the services hand on and audit. */
const COLUMNS = `o.id, o.kind, o.name, o.region_code AS "regionCode", o.credit_code AS "creditCode", o.status, o.warnings,
  o.created_by AS "createdBy", o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

/** The fields of an organization that may be changed (`UpdateOrganizationDto`), each with its column: the only names an UPDATE of `organizations` is built from. */
const UPDATABLE_COLUMNS = { name: 'name', status: 'status' } as const satisfies Partial<Record<keyof Organization, string>>;

export type OrganizationChanges = { [K in keyof typeof UPDATABLE_COLUMNS]?: Organization[K] };

/** Whether an organization with this credit code is registered. */
export async function creditCodeRegistered(em: EntityManager, creditCode: string): Promise<boolean> {
  const rows = (await em.query('SELECT 1 FROM organizations WHERE credit_code = $1 LIMIT 1', [creditCode])) as unknown[];
  return rows.length > 0;
}

/** Inserts an organization and answers the row as stored. */
export async function insertOrganization(em: EntityManager, org: NewOrganization): Promise<Organization> {
  const [row] = (await em.query(
    `INSERT INTO organizations AS o (kind, name, region_code, credit_code, warnings, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)
     RETURNING ${COLUMNS}`,
    [org.kind, org.name, org.regionCode, org.creditCode, JSON.stringify(org.warnings), org.createdBy],
  )) as Organization[];
  return row;
}

/** The organization `id` if `visible` lets it through, locked `FOR UPDATE` when asked; undefined otherwise. */
export async function visibleOrganization(em: EntityManager, visible: Condition, id: string, lock: boolean): Promise<Organization | undefined> {
  const [row] = await namedQuery<Organization>(
    em,
    `SELECT ${COLUMNS} FROM organizations o WHERE o.id = :id AND (${visible.sql})${lock ? ' FOR UPDATE' : ''}`,
    { ...visible.params, id },
  );
  return row;
}

/** One page of the organizations `visible` lets through, by region code then name, narrowed to a kind and a region (a LIKE pattern). */
export async function organizationPage(
  em: EntityManager,
  visible: Condition,
  filter: { kind?: string; regionPattern?: string },
  page: { page: number; pageSize: number },
): Promise<{ rows: Organization[]; total: number }> {
  const where = [`(${visible.sql})`];
  if (filter.kind) where.push('o.kind = :kind');
  if (filter.regionPattern) where.push('o.region_code LIKE :region');
  return pageQuery<Organization>(
    em,
    {
      select: COLUMNS,
      from: `FROM organizations o WHERE ${where.join(' AND ')}`,
      orderBy: 'o.region_code ASC, o.name ASC',
      params: { ...visible.params, kind: filter.kind, region: filter.regionPattern },
    },
    page,
  );
}

/**
 * Sets the fields given (undefined ones stay as they are), stamps `updated_at` as the entity's
 * `UpdateDateColumn` did, and answers the row as stored; a field outside the updatable ones is refused.
 */
export async function updateOrganization(em: EntityManager, id: string, changes: OrganizationChanges): Promise<Organization> {
  const set = setList('organizations', UPDATABLE_COLUMNS, changes, [id]);
  if (!set) throw new Error('organizations: nothing to update');
  const [row] = await updateReturning<Organization>(em, `UPDATE organizations o SET ${set.sql}, updated_at = CURRENT_TIMESTAMP WHERE o.id = $1 RETURNING ${COLUMNS}`, set.values);
  return row;
}

/** The organization `id`, unscoped (the caller reached it through a row it may see); an error if there is none. */
export async function organizationById(em: EntityManager, id: string): Promise<Organization> {
  const [row] = (await em.query(`SELECT ${COLUMNS} FROM organizations o WHERE o.id = $1`, [id])) as Organization[];
  if (!row) throw new Error(`organizations: no organization ${id}`);
  return row;
}
