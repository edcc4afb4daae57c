/**
 * The tables identity owns: organizations (bureaus, enterprises, agencies), users, their roles and sessions.
 * Only this lib names them in SQL or entities; other libs read them through this lib's readers.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'organizations',
  'users',
  'user_roles',
  'auth_sessions',
  'refresh_tokens',
  'login_failures',
] as const;
