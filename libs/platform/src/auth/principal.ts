export const ROLES = ['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ['bureau', 'enterprise', 'dispatch_agency'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** zh-CN first, English second. */
export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: '平台管理员 / Platform administrator',
  bureau_officer: '人社局经办人 / Bureau officer',
  hr_admin: '企业人力资源管理员 / Enterprise HR administrator',
  evaluator: '考评员 / Evaluator',
  worker: '职工 / Worker',
};

/** Who is calling, as established by the access guard from a valid access token. */
export interface Principal {
  userId: string;
  username: string;
  sessionId: string;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  regionCode: string | null;
  personId: string | null;
  roles: Role[];
  /** The role this request is served under: the strongest role the route admits. */
  actingAs: Role;
  requestId: string;
}

/** Who did something, for the audit trail: a principal, or the system itself (jobs, seeding). */
export interface AuditActor {
  userId: string | null;
  username: string;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, username: 'system', requestId: null };

/** Strongest first: when a user holds several roles a route admits, the first one applies. */
export const ROLE_PRECEDENCE: readonly Role[] = ['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker'];
