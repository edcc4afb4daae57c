import type { components } from '../api/schema';

export type Me = components['schemas']['MeResponseDto'];
export type Role = Me['roles'][number];

/** Each role's home and its label in the header's switcher. */
export const ROLE_HOME: Record<Role, string> = {
  worker: '/worker/career',
  evaluator: '/evaluator/tasks',
  hr_admin: '/hr/campaigns',
  bureau_officer: '/bureau/inbox',
  platform_admin: '/admin/organizations',
};

export const ROLE_NAMES: Record<Role, string> = {
  worker: '职工',
  evaluator: '考评员',
  hr_admin: '企业人力资源',
  bureau_officer: '人社局',
  platform_admin: '平台管理员',
};

/** A worker account with no worker record cannot use the worker screens. */
export function usableRoles(me: Me): Role[] {
  return me.roles.filter((r) => r !== 'worker' || me.personId !== null);
}

/** The role a route prefix belongs to, e.g. /hr/... → hr_admin. */
export function roleOfPath(pathname: string): Role | null {
  const entry = Object.entries(ROLE_HOME).find(([, home]) => pathname.startsWith(home.split('/').slice(0, 2).join('/') + '/'));
  return entry ? (entry[0] as Role) : null;
}
