import { Global, Module } from '@nestjs/common';
import { ORGANIZATION_SCOPE_SQL, OrganizationScopeSql, scopeOf } from '@skill-ladder/platform';
import { ORGANIZATIONS_BY_ID } from './organization-policies';

const organizationScope: OrganizationScopeSql = { visibleTo: (principal, column) => ORGANIZATIONS_BY_ID.where(scopeOf(principal), column) };

/**
 * Gives platform the organization scope of its rows (`ORGANIZATION_SCOPE_SQL`): the
 * `ORGANIZATIONS_BY_ID` policy, whose SQL stays in identity, which owns `organizations`. Global,
 * because platform's modules cannot import identity.
 */
@Global()
@Module({
  providers: [{ provide: ORGANIZATION_SCOPE_SQL, useValue: organizationScope }],
  exports: [ORGANIZATION_SCOPE_SQL],
})
export class OrganizationScopeModule {}
