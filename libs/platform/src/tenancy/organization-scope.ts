import { Principal } from '../auth/principal';

/**
 * Platform rows that belong to an organization (audit events) are filtered by that
 * organization's place (the bureau's region), which only identity knows: identity owns the
 * `organizations` table and sits above platform in the chain. So platform asks for the
 * condition through this token and identity provides it (`OrganizationScopeModule`).
 */
export interface OrganizationScopeSql {
  /** The organization `column` points at is one the principal sees; named parameters (`:scopeRegion`, `:scopeOrganizationId`). */
  visibleTo(principal: Principal, column: string): { sql: string; params: Record<string, unknown> };
}

export const ORGANIZATION_SCOPE_SQL = Symbol('ORGANIZATION_SCOPE_SQL');
