/**
 * SQL over the user tables for another lib's query that must keep a column or a condition in one
 * statement (a name next to a row, a filter of a page): identity keeps the knowledge of its
 * tables here, as `organizationSql` does for organizations.
 */
export const userSql = {
  /** The display name of the user `column` points at. */
  displayName: (column: string): string => `(SELECT user_of.display_name FROM users user_of WHERE user_of.id = ${column})`,
};
