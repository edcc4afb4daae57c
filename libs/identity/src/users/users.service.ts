import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditActor,
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  Role,
  scopeOf,
  UnprocessableError,
  uniqueViolation,
} from '@skill-ladder/platform';
import { Organization } from '../entities/organization.entity';
import { organizationById } from '../organizations/organization-rows';
import { OrganizationsService } from '../organizations/organizations.service';
import { grantableRoles, USER_GRANTS, USERS } from './user-policies';
import { CreateUserDto, UpdateUserDto, UserQueryDto, UserResponseDto } from './dto/user.dto';
import { hashPassword } from './password-hasher';
import { insertRoles, insertUser, rolesOfUsers, UserChanges, updateUser, userPage, usernameTaken, UserRow, visibleUser } from './user-rows';

export interface NewAccount {
  username: string;
  password: string;
  displayName: string;
  organizationId: string | null;
  roles: Role[];
  personId?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Who may create whom: platform admin → bureau officers (and other platform admins);
   * bureau officer → HR admins of organizations in its region, officers of its own bureau;
   * HR admin → HR admins and evaluators of its own organization (`USER_GRANTS`). Worker accounts
   * are opened from the worker record (POST /workers/{id}/account).
   */
  async create(principal: Principal, dto: CreateUserDto): Promise<UserResponseDto> {
    if (dto.roles.includes('worker') || dto.personId) {
      throw new UnprocessableError('WORKER_ACCOUNT_VIA_WORKER', 'Open worker accounts from the worker record: POST /workers/{id}/account');
    }
    return this.dataSource.transaction(async (em) => {
      let organizationId: string | null = dto.organizationId ?? (scopeOf(principal).kind === 'all' ? null : principal.organizationId);
      let org: Organization | null = null;
      if (organizationId) org = await this.organizations.findVisible(em, principal, organizationId);
      this.assertMayGrant(principal, org, dto.roles);
      organizationId = org?.id ?? null;
      return this.createAccount(em, principal, { ...dto, organizationId });
    });
  }

  /** Creates an account inside the caller's transaction, with its audit event. */
  async createAccount(em: EntityManager, actor: AuditActor, account: NewAccount): Promise<UserResponseDto> {
    if (await usernameTaken(em, account.username)) {
      throw new ConflictError('USERNAME_TAKEN', 'This username is already taken');
    }
    const user = await insertUser(em, {
      username: account.username,
      passwordHash: await hashPassword(account.password),
      displayName: account.displayName,
      organizationId: account.organizationId,
      personId: account.personId ?? null,
    }).catch((error: unknown) => {
        const constraint = uniqueViolation(error);
        if (constraint === 'users_username_key') throw new ConflictError('USERNAME_TAKEN', 'This username is already taken');
        if (constraint === 'users_person_id_key') throw new ConflictError('WORKER_ACCOUNT_EXISTS', 'This worker already has an account');
        throw error;
      });
    await insertRoles(em, user.id, account.roles, account.organizationId);
    const response = UserResponseDto.from(user, account.roles);
    await this.audit.record(em, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      organizationId: account.organizationId,
      after: response,
    });
    return response;
  }

  /** Whether the person already has an account of their own (a worker's login); unscoped, the caller checked the person. */
  async personHasAccount(em: EntityManager, personId: string): Promise<boolean> {
    const rows = (await em.query('SELECT 1 FROM users WHERE person_id = $1', [personId])) as unknown[];
    return rows.length > 0;
  }

  async list(principal: Principal, q: UserQueryDto): Promise<Page<UserResponseDto>> {
    const { rows, total } = await userPage(this.dataSource.manager, USERS.where(scopeOf(principal), 'u'), { organizationId: q.organizationId, role: q.role }, q);
    const roles = await this.rolesOf(this.dataSource.manager, rows.map((u) => u.id));
    return { items: rows.map((u) => UserResponseDto.from(u, roles.get(u.id) ?? [])), total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<UserResponseDto> {
    const user = await this.findVisible(this.dataSource.manager, principal, id);
    return UserResponseDto.from(user, (await this.rolesOf(this.dataSource.manager, [id])).get(id) ?? []);
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto): Promise<UserResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const user = await this.findVisible(em, principal, id);
      const roles = (await this.rolesOf(em, [id])).get(id) ?? [];
      const org = user.organizationId ? await organizationById(em, user.organizationId) : null;
      if (user.id !== principal.userId) this.assertMayGrant(principal, org, roles);
      if (dto.status === 'disabled' && user.id === principal.userId) {
        throw new UnprocessableError('CANNOT_DISABLE_SELF', 'You cannot disable your own account');
      }
      const before = UserResponseDto.from(user, roles);
      // Only what differs is written (and `updated_at` stamped), as saving the entity did.
      const changes: UserChanges = {
        displayName: dto.displayName !== undefined && dto.displayName !== user.displayName ? dto.displayName : undefined,
        status: dto.status !== undefined && dto.status !== user.status ? dto.status : undefined,
      };
      const saved = changes.displayName !== undefined || changes.status !== undefined ? await updateUser(em, id, changes) : user;
      if (dto.status === 'disabled') {
        await em.query(
          `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'user_disabled' WHERE user_id = $1 AND revoked_at IS NULL`,
          [id],
        );
      }
      const after = UserResponseDto.from(saved, roles);
      await this.audit.record(em, principal, {
        action: dto.status && dto.status !== before.status ? `user.${dto.status === 'disabled' ? 'disable' : 'enable'}` : 'user.update',
        entityType: 'user',
        entityId: id,
        organizationId: user.organizationId,
        before,
        after,
        reason: dto.reason,
      });
      return after;
    });
  }

  async rolesOf(em: EntityManager, userIds: string[]): Promise<Map<string, Role[]>> {
    const map = new Map<string, Role[]>();
    if (userIds.length === 0) return map;
    for (const r of await rolesOfUsers(em, userIds)) map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
    return map;
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string): Promise<UserRow> {
    const user = await visibleUser(em, USERS.where(scopeOf(principal), 'u'), id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** 403 unless the scope may manage an account of `org` holding `roles` (`USER_GRANTS`), naming the roles it may not grant. */
  private assertMayGrant(principal: Principal, org: Organization | null, roles: Role[]): void {
    const scope = scopeOf(principal);
    const account = { organizationId: org?.id ?? null, organizationKind: org?.kind ?? null, organizationRegion: org?.regionCode ?? null, roles };
    if (!USER_GRANTS.allows(scope, account)) {
      const allowed = grantableRoles(scope, org);
      const refused = roles.filter((r) => !allowed.includes(r));
      throw new ForbiddenError('ROLE_GRANT_NOT_ALLOWED', `You may not grant ${refused.join(', ')} in this organization`);
    }
  }
}
