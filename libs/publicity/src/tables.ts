/**
 * The tables publicity owns: the working-day calendar, publicity notices with their entries, and the objections to them.
 * Only this lib names them in SQL or entities; other libs read them through this lib's services.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'calendar_years',
  'publicity_notices',
  'publicity_entries',
  'publicity_objections',
] as const;
