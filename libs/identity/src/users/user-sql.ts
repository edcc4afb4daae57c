import { Role } from '@skill-ladder/platform';

/**
 * SQL over the user tables for another lib's query that must keep a column or a condition in one
 * statement (a name next to a row, a filter of a page): identity keeps the knowledge of its
 * tables here, as `organizationSql` does for organizations.
 */
export const userSql = {
  /** The display name of the user `column` points at. */
  displayName: (column: string): string => `(SELECT user_of.display_name FROM users user_of WHERE user_of.id = ${column})`,
  /** The id of the account of the person `personColumn` points at (a worker's own login), or NULL. */
  accountOfPerson: (personColumn: string): string => `(SELECT user_of.id FROM users user_of WHERE user_of.person_id = ${personColumn})`,
  /** The user `column` points at is active (may sign in). */
  isActive: (column: string): string => `EXISTS (SELECT 1 FROM users user_of WHERE user_of.id = ${column} AND user_of.status = 'active')`,
  /** The user `column` points at holds `role`. */
  hasRole: (column: string, role: Role): string => {
    if (!/^[a-z_]+$/.test(role)) throw new RangeError(`not a role: ${role}`);
    return `EXISTS (SELECT 1 FROM user_roles role_of WHERE role_of.user_id = ${column} AND role_of.role = '${role}')`;
  },
};
