import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@skill-ladder/config';
import { OrganizationsService } from '@skill-ladder/identity';
import { generateCreditCode, generateResidentId, Principal } from '@skill-ladder/platform';
import { WorkersService } from '@skill-ladder/workforce';
import { AppModule } from '../apps/api/src/app.module';
import { runWithDatabase } from '../scripts/cli-runtime';

/**
 * `npm run bench:bulk-register`: worker registration throughput, batched (seed:demo, imports)
 * against one-by-one through the same service the API uses, on a scratch database.
 * Prints both rates and their ratio; nothing is asserted.
 */
const ONE_BY_ONE = 300;
const BULK = 20000;

void runWithDatabase(async (baseConfig) => {
  const scratch = `sl_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: baseConfig.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(baseConfig.DATABASE_URL as string);
  url.pathname = `/${scratch}`;
  try {
    const { migrateDatabase } = await import('../apps/api/src/database/migrate');
    await migrateDatabase(url.toString());
    const config = { ...loadConfig({ ...process.env, DATABASE_URL: url.toString() }), JWT_SECRET: baseConfig.JWT_SECRET, PII_ENCRYPTION_KEY: baseConfig.PII_ENCRYPTION_KEY, PII_BLIND_INDEX_KEY: baseConfig.PII_BLIND_INDEX_KEY, DATABASE_URL: url.toString() };
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
    try {
      const ds = app.get<DataSource>(getDataSourceToken());
      const workers = app.get(WorkersService);
      const [{ id: adminId }] = await ds.query(`INSERT INTO users (username, password_hash, display_name) VALUES ('bench', 'x', 'bench') RETURNING id`);
      const base: Omit<Principal, 'roles' | 'actingAs' | 'organizationId' | 'organizationKind' | 'regionCode'> = {
        userId: adminId, username: 'bench', sessionId: 'bench', personId: null, requestId: 'bench',
      };
      const [{ id: bureauId }] = await ds.query(`INSERT INTO organizations (kind, name, region_code) VALUES ('bureau', '吕梁市人社局', '141100') RETURNING id`);
      const officer: Principal = { ...base, roles: ['bureau_officer'], actingAs: 'bureau_officer', organizationId: bureauId, organizationKind: 'bureau', regionCode: '141100' };
      const org = await app.get(OrganizationsService).create(officer, { kind: 'enterprise', name: '基准测试企业', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 7 }) });
      const hr: Principal = { ...base, roles: ['hr_admin'], actingAs: 'hr_admin', organizationId: org.id, organizationKind: 'enterprise', regionCode: '141102' };
      let seq = 0;
      const row = () => {
        seq++;
        // A birth day per seq within 27 years, the order code from seq / 10,000: every number is new,
        // so the batched rate is of rows written, not of rows skipped as already registered.
        const birthDate = new Date(Date.UTC(1970, 0, 1) + (seq % 10000) * 86400000).toISOString().slice(0, 10);
        return {
          fullName: `职工${seq}`,
          idNumber: generateResidentId({ regionCode: '141102', birthDate, sequence: Math.floor(seq / 10000) % 1000 }),
          employment: { employmentType: 'regular' as const, hiredOn: '2020-01-01', occupationCode: '6-18-02-04' },
        };
      };

      let t = process.hrtime.bigint();
      for (let i = 0; i < ONE_BY_ONE; i++) await workers.create(hr, row());
      const oneByOne = ONE_BY_ONE / (Number(process.hrtime.bigint() - t) / 1e9);

      t = process.hrtime.bigint();
      let skipped = 0;
      for (let done = 0; done < BULK; done += 2000) {
        const batch = Array.from({ length: 2000 }, row);
        skipped += (await ds.transaction((em) => workers.bulkRegister(em, hr, batch))).skipped;
      }
      if (skipped > 0) throw new Error(`${skipped} bench rows were skipped as already registered`);
      const bulk = BULK / (Number(process.hrtime.bigint() - t) / 1e9);

      process.stdout.write(
        [
          `one by one (baseline): ${oneByOne.toFixed(0)} workers/s over ${ONE_BY_ONE}`,
          `batched:               ${bulk.toFixed(0)} workers/s over ${BULK}`,
          `ratio batched / baseline: ${(bulk / oneByOne).toFixed(1)}x  → 100 000 workers ≈ ${Math.ceil(100000 / bulk)} s batched`,
        ].join('\n') + '\n',
      );
    } finally {
      await app.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
});
