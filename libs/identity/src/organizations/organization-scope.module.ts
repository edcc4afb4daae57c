import { Global, Module } from '@nestjs/common';
import { ORGANIZATION_SCOPE_SQL, OrganizationScopeSql } from '@skill-ladder/platform';
import { organizationSql } from './organizations.reader';

/**
 * Gives platform the organization scope of its rows (`ORGANIZATION_SCOPE_SQL`): the SQL stays in
 * identity, which owns `organizations`. Global, because platform's modules cannot import identity.
 */
@Global()
@Module({
  providers: [{ provide: ORGANIZATION_SCOPE_SQL, useValue: organizationSql satisfies OrganizationScopeSql }],
  exports: [ORGANIZATION_SCOPE_SQL],
})
export class OrganizationScopeModule {}
