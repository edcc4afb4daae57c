import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@skill-ladder/config';
import { UsersService } from '@skill-ladder/identity';
import { SYSTEM_ACTOR } from '@skill-ladder/platform';
import { generatePassword } from './runtime';

/**
 * First start: create the platform administrator. Without ADMIN_PASSWORD a password is
 * generated and returned so the caller can print it once; it is stored only as a hash.
 */
export async function ensurePlatformAdmin(app: INestApplicationContext, config: AppConfig): Promise<{ created: boolean; generatedPassword?: string }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = app.get(UsersService);
  return dataSource.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('bootstrap-admin', 7))`);
    const [existing] = await em.query(`SELECT 1 FROM user_roles WHERE role = 'platform_admin' LIMIT 1`);
    if (existing) return { created: false };
    const password = config.ADMIN_PASSWORD ?? generatePassword();
    await users.createAccount(em, SYSTEM_ACTOR, {
      username: config.ADMIN_USERNAME,
      password,
      displayName: '平台管理员 / Platform administrator',
      organizationId: null,
      roles: ['platform_admin'],
    });
    return { created: true, generatedPassword: config.ADMIN_PASSWORD ? undefined : password };
  });
}
