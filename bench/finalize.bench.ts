import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@skill-ladder/config';
import { CertificatesService } from '@skill-ladder/evaluations';
import { Clock, verifyAuditChains } from '@skill-ladder/platform';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';
import { createFastifyAdapter } from '../apps/api/src/fastify-adapter';
import { runWithDatabase } from '../scripts/cli-runtime';
import { DEMO_PASSWORD, seedDemo } from '../scripts/seed-demo-scenario';
import { copyCandidates, scoreDemoCampaign } from './demo-world';

/**
 * `npm run bench:finalize [-- --candidates N]` (default 10,000): finalizing a campaign of N
 * passed candidates through the HTTP route HR uses, on a scratch database. The demo world's
 * campaign in scoring is scored through the API (evaluators' sheets, the theory sheet), its first
 * candidate is then copied in SQL to N candidates with the same scores, the results are published
 * through the API and the clock passes the publicity window. Reported: publish and finalize times,
 * certificates per second, serial gaps, whether every audit chain verifies; and, in the same run
 * as the baseline, issuing one certificate at a time as finalization did before (rolled back).
 */
const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 3) throw new Error(`--${name} must be a whole number of at least 3`);
  return value;
};
const CANDIDATES = argument('candidates', 10_000);
const ONE_BY_ONE = Math.min(300, CANDIDATES);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

void runWithDatabase(async (baseConfig) => {
  const scratch = `sl_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: baseConfig.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(baseConfig.DATABASE_URL as string);
  url.pathname = `/${scratch}`;
  let app: NestFastifyApplication | undefined;
  try {
    const { migrateDatabase } = await import('../apps/api/src/database/migrate');
    await migrateDatabase(url.toString());
    const config = {
      ...loadConfig({ ...process.env, DATABASE_URL: url.toString(), AUTH_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' }),
      JWT_SECRET: baseConfig.JWT_SECRET,
      PII_ENCRYPTION_KEY: baseConfig.PII_ENCRYPTION_KEY,
      PII_BLIND_INDEX_KEY: baseConfig.PII_BLIND_INDEX_KEY,
      DATABASE_URL: url.toString(),
    };
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(), { logger: ['error'] });
    configureApp(app, { ...config, OPENAPI_ENABLED: false, WEB_DIR: '' });
    await app.init();
    const ds = app.get<DataSource>(getDataSourceToken());
    const clock = app.get(Clock);
    const http = inject(app);

    const setupStarted = Date.now();
    await seedDemo(app, config, 0, () => undefined);
    const campaign = { id: (await scoreDemoCampaign(ds, http, DEMO_PASSWORD)).campaignId };
    const hr = await http.login('coking.hr', DEMO_PASSWORD);
    const tickets: { ticket_number: string; full_name: string }[] = await ds.query(
      `SELECT a.ticket_number, p.full_name FROM applications a JOIN persons p ON p.id = a.person_id WHERE a.campaign_id = $1 AND a.status = 'approved'`,
      [campaign.id],
    );
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('理论成绩');
    sheet.addRow(['准考证号', '姓名', '成绩']);
    for (const t of tickets) sheet.addRow([t.ticket_number, t.full_name, 88]);
    await http.call(hr, 'POST', `/campaigns/${campaign.id}/theory-scores/import`, Buffer.from(await book.xlsx.writeBuffer()), XLSX);
    await copyCandidates(ds, campaign.id, CANDIDATES - tickets.length);
    const setupMs = Date.now() - setupStarted;

    const publishStarted = Date.now();
    const publication = await http.call<{ endsOn: string }>(hr, 'POST', `/campaigns/${campaign.id}/publish-results`);
    const publishMs = Date.now() - publishStarted;
    clock.travelTo(new Date(`${plusDays(publication.endsOn, 1)}T09:00:00+08:00`));
    const hrAfter = await http.login('coking.hr', DEMO_PASSWORD);

    // The baseline, in this run: one certificate at a time, as finalization issued them before (rolled back).
    const [body]: { organization_id: string; occupation_code: string }[] = await ds.query('SELECT organization_id, occupation_code FROM campaigns WHERE id = $1', [campaign.id]);
    const sample: { id: string; person_id: string }[] = await ds.query(
      `SELECT id, person_id FROM applications WHERE campaign_id = $1 AND status = 'approved' ORDER BY ticket_number LIMIT $2`,
      [campaign.id, ONE_BY_ONE],
    );
    const certificates = app.get(CertificatesService);
    const actor = { userId: null, username: 'bench', requestId: null };
    const oneByOneStarted = Date.now();
    await ds
      .transaction(async (em) => {
        for (const a of sample) {
          await certificates.issue(em, actor, {
            bodyOrganizationId: body.organization_id, personId: a.person_id, occupationCode: body.occupation_code, rank: 'L4',
            issuedOn: clock.today(), route: 'campaign', campaignId: campaign.id, applicationId: a.id,
          });
        }
        throw new RollBack();
      })
      .catch((error) => {
        if (!(error instanceof RollBack)) throw error;
      });
    const oneByOneMs = Date.now() - oneByOneStarted;

    const finalizeStarted = Date.now();
    const final = await http.call<{ certificates: unknown[] }>(hrAfter, 'POST', `/campaigns/${campaign.id}/finalize`);
    const finalizeMs = Date.now() - finalizeStarted;

    const [serials]: { count: string; gaps: string }[] = await ds.query(
      `SELECT count(*) AS count, sum(gaps) AS gaps FROM (
         SELECT count(*), max(serial) - min(serial) + 1 - count(*) AS gaps FROM certificates WHERE campaign_id = $1 GROUP BY serial_year, level_digit) g`,
      [campaign.id],
    );
    const audit = await verifyAuditChains((text, values) => ds.query(text, values));
    const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms);
    const report = [
      `# Finalization, ${new Date().toISOString()}`,
      '',
      `${CANDIDATES} passed candidates in one campaign (setup ${(setupMs / 1000).toFixed(1)} s). Load average at the end: ` +
        `${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs. Shared machine: compare the ratio, not the seconds.`,
      '',
      '| step | count | time | per second |',
      '|---|---|---|---|',
      `| publish results (POST /publish-results) | ${CANDIDATES} | ${(publishMs / 1000).toFixed(1)} s | ${perSecond(CANDIDATES, publishMs)} |`,
      `| finalize (POST /finalize), batched | ${final.certificates.length} certificates | ${(finalizeMs / 1000).toFixed(1)} s | ${perSecond(final.certificates.length, finalizeMs)} |`,
      `| baseline: issuing one at a time, as before (rolled back) | ${ONE_BY_ONE} | ${(oneByOneMs / 1000).toFixed(1)} s | ${perSecond(ONE_BY_ONE, oneByOneMs)} |`,
      '',
      `Batched against one at a time: ${(perSecond(final.certificates.length, finalizeMs) / perSecond(ONE_BY_ONE, oneByOneMs)).toFixed(1)}× the certificates per second. ` +
        `Serial gaps: ${serials.gaps} in ${serials.count} series. Audit chains: ${audit.chains} with ${audit.events} events, ` +
        `${audit.firstBreak ? `BROKEN at ${JSON.stringify(audit.firstBreak)}` : 'all intact'}. ` +
        `Target: ${CANDIDATES >= 10_000 ? '10,000 candidates' : 'scaled'} within 60 s — ${finalizeMs * (10_000 / CANDIDATES) <= 60_000 ? 'met' : 'NOT met'} (${((finalizeMs * 10_000) / CANDIDATES / 1000).toFixed(1)} s per 10,000).`,
    ].join('\n');
    const dir = join(process.cwd(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `finalize-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, `${report}\n`);
    process.stdout.write(`${report}\n\nWritten to ${file}\n`);
    return audit.firstBreak || Number(serials.gaps) !== 0 ? 1 : 0;
  } finally {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
});

class RollBack extends Error {}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function inject(app: NestFastifyApplication) {
  const call = async <T = unknown>(token: string | null, method: string, path: string, body?: unknown, contentType?: string): Promise<T> => {
    const res = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: method as 'GET',
        url: `/api/v1${path}`,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}) },
        payload: body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body),
      });
    if (res.statusCode >= 300) throw new Error(`${method} ${path} → ${res.statusCode} ${res.body.slice(0, 500)}`);
    return (res.body ? res.json() : undefined) as T;
  };
  return {
    call,
    login: async (username: string, password: string) => (await call<{ accessToken: string }>(null, 'POST', '/auth/login', { username, password })).accessToken,
  };
}
