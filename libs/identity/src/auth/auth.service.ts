import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import {
  APP_CONFIG,
  AuditService,
  Clock,
  DomainError,
  OrganizationKind,
  Principal,
  regionPrefix,
  Role,
  ROLE_LABELS,
  ROLE_PRECEDENCE,
} from '@skill-ladder/platform';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../users/password-hasher';
import { MeResponseDto, TokenResponseDto } from './dto/auth.dto';
import type { ErrorCode } from '@skill-ladder/platform';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

const unauthenticated = (code: ErrorCode, detail: string) => new DomainError(401, code, '认证失败 / Authentication failed', detail);

/** Sessions: a short-lived access JWT plus a rotating, single-use refresh token per session. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get refreshTokenTtlSeconds(): number {
    return this.config.REFRESH_TOKEN_TTL_SECONDS;
  }

  async login(usernameInput: string, password: string): Promise<TokenResponseDto> {
    const username = usernameInput.trim().toLowerCase();
    // Count the attempt before checking the password, atomically, so parallel guesses cannot
    // all slip under the limit; a successful sign-in clears the count.
    if ((await this.countAttempt(username)) > this.config.LOGIN_MAX_FAILURES) {
      throw new DomainError(429, 'LOGIN_LOCKED', '登录失败次数过多 / Too many failed sign-ins', 'Too many failed sign-ins for this account; try again later');
    }
    const [user] = (await this.dataSource.query(`SELECT id, password_hash, status FROM users WHERE username = $1`, [username])) as {
      id: string;
      password_hash: string;
      status: string;
    }[];
    const ok = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH_PROMISE), password);
    if (!user || !ok || user.status !== 'active') {
      throw unauthenticated('INVALID_CREDENTIALS', 'Username or password is wrong, or the account is disabled');
    }
    await this.dataSource.query('DELETE FROM login_failures WHERE username = $1', [username]);
    return this.dataSource.transaction(async (em) => {
      const [session] = (await em.query('INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id', [user.id])) as { id: string }[];
      return this.issueTokens(em, user.id, session.id);
    });
  }

  async refresh(refreshToken: string): Promise<TokenResponseDto> {
    const tokenHash = sha256(refreshToken);
    const outcome = await this.dataSource.transaction(async (em) => {
      const [row] = (await em.query(
        `SELECT t.id, t.used_at, t.expires_at, s.id AS session_id, s.user_id, s.revoked_at, u.username, u.organization_id
           FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
        [tokenHash],
      )) as { id: string; used_at: Date | null; expires_at: Date; session_id: string; user_id: string; revoked_at: Date | null; username: string; organization_id: string | null }[];
      if (!row || row.revoked_at) return { error: unauthenticated('INVALID_REFRESH_TOKEN', 'The refresh token is not valid') };
      if (row.used_at) {
        // A used token came back: someone holds a copy. End the whole session (RFC 9700 §4.14).
        await em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'refresh_token_reuse' WHERE id = $1`, [row.session_id]);
        await this.audit.record(em, { userId: row.user_id, username: row.username, requestId: null }, {
          action: 'auth.session_revoked',
          entityType: 'auth_session',
          entityId: row.session_id,
          organizationId: row.organization_id,
          after: { revokedReason: 'refresh_token_reuse' },
          reason: 'A refresh token was used twice',
        });
        return { error: unauthenticated('REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been ended for safety') };
      }
      if (row.expires_at.getTime() <= this.clock.now().getTime()) {
        return { error: unauthenticated('REFRESH_TOKEN_EXPIRED', 'The refresh token has expired; sign in again') };
      }
      await em.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      return { tokens: await this.issueTokens(em, row.user_id, row.session_id) };
    });
    if ('error' in outcome && outcome.error) throw outcome.error;
    return (outcome as { tokens: TokenResponseDto }).tokens;
  }

  async logout(principal: Principal): Promise<void> {
    await this.dataSource.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'logout' WHERE id = $1 AND revoked_at IS NULL`, [
      principal.sessionId,
    ]);
  }

  /** Builds the principal for a verified access token, or refuses it. */
  async principalFor(payload: AccessTokenPayload, requestId: string): Promise<Principal> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.username, u.organization_id, u.person_id, u.status, s.revoked_at, o.kind, o.region_code, o.status AS org_status,
              ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles
         FROM users u JOIN auth_sessions s ON s.id = $2 AND s.user_id = u.id
         LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1`,
      [payload.sub, payload.sid],
    )) as {
      id: string; username: string; organization_id: string | null; person_id: string | null; status: string; revoked_at: Date | null;
      kind: OrganizationKind | null; region_code: string | null; org_status: string | null; roles: Role[];
    }[];
    if (!row || row.revoked_at) throw unauthenticated('SESSION_ENDED', 'This session has ended; sign in again');
    if (row.status !== 'active' || row.org_status === 'suspended') throw unauthenticated('ACCOUNT_DISABLED', 'This account is disabled');
    const roles = ROLE_PRECEDENCE.filter((r) => row.roles.includes(r));
    return {
      userId: row.id,
      username: row.username,
      sessionId: payload.sid,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      regionCode: row.region_code,
      personId: row.person_id,
      roles,
      actingAs: roles[0],
      requestId,
    };
  }

  async me(principal: Principal): Promise<MeResponseDto> {
    const [row] = (await this.dataSource.query(
      `SELECT u.display_name, o.id AS org_id, o.kind, o.name, o.region_code FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
      [principal.userId],
    )) as { display_name: string; org_id: string | null; kind: string; name: string; region_code: string }[];
    return {
      id: principal.userId,
      username: principal.username,
      displayName: row.display_name,
      roles: principal.roles,
      roleLabels: principal.roles.map((r) => ROLE_LABELS[r]),
      organization: row.org_id ? { id: row.org_id, kind: row.kind, name: row.name, regionCode: row.region_code } : null,
      personId: principal.personId,
      scope: scopeOf(principal),
    };
  }

  private async issueTokens(em: EntityManager, userId: string, sessionId: string): Promise<TokenResponseDto> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    await em.query('INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, $3)', [sessionId, sha256(refreshToken), expiresAt]);
    const payload: AccessTokenPayload = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' };
  }

  /** Attempts for this username in the current window, this one included. */
  private async countAttempt(username: string): Promise<number> {
    const windowStart = new Date(this.clock.now().getTime() - this.config.LOGIN_FAILURE_WINDOW_SECONDS * 1000);
    const [row] = (await this.dataSource.query(
      `INSERT INTO login_failures (username, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN login_failures.window_started_at > $3 THEN login_failures.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_failures.window_started_at > $3 THEN login_failures.window_started_at ELSE $2 END
       RETURNING failures`,
      [username, this.clock.now(), windowStart],
    )) as { failures: number }[];
    return row.failures;
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function scopeOf(p: Principal): MeResponseDto['scope'] {
  if (p.roles.includes('platform_admin')) return { kind: 'platform', description: '全平台 / The whole platform' };
  if (p.roles.includes('bureau_officer') && p.regionCode) {
    return { kind: 'region', regionPrefix: regionPrefix(p.regionCode), description: `辖区 ${p.regionCode} 内的组织 / Organizations in region ${p.regionCode}` };
  }
  if (p.roles.includes('hr_admin') || p.roles.includes('evaluator')) return { kind: 'organization', description: '本单位 / Your organization' };
  return { kind: 'self', description: '本人 / Yourself' };
}
