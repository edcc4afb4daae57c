import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { loadConfig } from '@skill-ladder/config';
import { OrganizationsService } from '@skill-ladder/identity';
import { generateCreditCode, generateResidentId, maskResidentId, PiiCipher, Principal, validateResidentId, verifyAuditChains } from '@skill-ladder/platform';
import { parseWorkerLines, WorkerImportService } from '@skill-ladder/workforce';
import { AppModule } from '../apps/api/src/app.module';
import { runWithDatabase } from '../scripts/cli-runtime';

/**
 * `npm run bench:bulk-import [-- --rows N --rounds R --xlsx]`: the workers import against a raw
 * `COPY` of the same rows into the same tables, on a scratch database, in one run.
 *
 * - Raw baseline: one transaction, `COPY persons FROM STDIN` then `COPY employments FROM STDIN`
 *   (text format, ids made in the client). The ID cipher, blind index and masked number are
 *   computed the same way as the product (PiiCipher, validateResidentId, maskResidentId) inside
 *   the timed span; that share is also shown alone, so "COPY only" is the database part.
 * - Product: the rows as the sheet reader yields them (text cells), in files of 10,000 rows (the
 *   upload limit), each through `parseWorkerLines` (the DTO rules of `POST /workers`) and
 *   `WorkerImportService.importParsed` (agencies, already-registered check, ID encryption, blind
 *   index, insert, audit event) — everything `POST /workers/import` does after unzipping the XLSX.
 *
 * - With `--xlsx`, also the whole upload path: `importSheet` on XLSX workbooks of 10,000 rows
 *   (made before timing), i.e. the above plus unzipping and reading the workbook.
 *
 * Between runs the tables are emptied. 10% of the rows are dispatched workers naming an agency.
 * Prints one Markdown table and writes it to bench/results/; nothing is asserted beyond every row
 * being written and the audit chains verifying.
 */
async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('职工名单');
  sheet.addRow(HEADERS);
  for (const cells of rows) sheet.addRow(cells);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100000);
const ROUNDS = arg('rounds', 1);
const XLSX = process.argv.includes('--xlsx');
const FILE_ROWS = 10000;
const HEADERS = ['姓名', '身份证号码', '用工形式', '派遣单位', '入职日期', '职业编码', '手机号码'];
const AGENCY = '基准测试劳务派遣有限公司';

/** Unique valid ID numbers: a birth day per i within 27 years, the order code from i / 10,000. */
function idNumber(i: number): string {
  const day = new Date(Date.UTC(1970, 0, 1) + (i % 10000) * 86400000).toISOString().slice(0, 10);
  return generateResidentId({ regionCode: '141102', birthDate: day, sequence: Math.floor(i / 10000) % 1000 });
}

function sheetLines(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const dispatched = i % 10 === 9;
    return [`导入职工${i}`, idNumber(i), dispatched ? '劳务派遣工' : '正式职工', dispatched ? AGENCY : '', '2020-03-01', '6-18-02-04', `139${String(i).padStart(8, '0')}`];
  });
}

/** A value in COPY text format. */
function copyText(v: string | Buffer | null): string {
  if (v === null) return '\\N';
  if (Buffer.isBuffer(v)) return `\\\\x${v.toString('hex')}`;
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function copyRows(rows: (string | Buffer | null)[][]): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < rows.length; i += 1000) {
        yield rows
          .slice(i, i + 1000)
          .map((r) => `${r.map(copyText).join('\t')}\n`)
          .join('');
      }
    })(),
  );
}

void runWithDatabase(async (baseConfig) => {
  const scratch = `sl_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: baseConfig.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(baseConfig.DATABASE_URL as string);
  url.pathname = `/${scratch}`;
  const raw = new Client({ connectionString: url.toString() });
  try {
    const { migrateDatabase } = await import('../apps/api/src/database/migrate');
    await migrateDatabase(url.toString());
    await raw.connect();
    const config = { ...loadConfig({ ...process.env, DATABASE_URL: url.toString() }), JWT_SECRET: baseConfig.JWT_SECRET, PII_ENCRYPTION_KEY: baseConfig.PII_ENCRYPTION_KEY, PII_BLIND_INDEX_KEY: baseConfig.PII_BLIND_INDEX_KEY, DATABASE_URL: url.toString() };
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
    try {
      const ds = app.get<DataSource>(getDataSourceToken());
      const cipher = app.get(PiiCipher);
      const importer = app.get(WorkerImportService);
      const [{ id: adminId }] = await ds.query(`INSERT INTO users (username, password_hash, display_name) VALUES ('bench', 'x', 'bench') RETURNING id`);
      const base: Omit<Principal, 'roles' | 'actingAs' | 'organizationId' | 'organizationKind' | 'regionCode'> = {
        userId: adminId, username: 'bench', sessionId: 'bench', personId: null, requestId: 'bench',
      };
      const [{ id: bureauId }] = await ds.query(`INSERT INTO organizations (kind, name, region_code) VALUES ('bureau', '吕梁市人社局', '141100') RETURNING id`);
      const officer: Principal = { ...base, roles: ['bureau_officer'], actingAs: 'bureau_officer', organizationId: bureauId, organizationKind: 'bureau', regionCode: '141100' };
      const organizations = app.get(OrganizationsService);
      const org = await organizations.create(officer, { kind: 'enterprise', name: '基准测试企业', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 7 }) });
      const agency = await organizations.create(officer, { kind: 'dispatch_agency', name: AGENCY, regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 8 }) });
      const hr: Principal = { ...base, roles: ['hr_admin'], actingAs: 'hr_admin', organizationId: org.id, organizationKind: 'enterprise', regionCode: '141102' };
      const lines = sheetLines();

      const empty = async () => {
        await raw.query('TRUNCATE persons CASCADE');
        await raw.query('VACUUM ANALYZE persons');
        await raw.query('VACUUM ANALYZE employments');
      };
      const count = async () => Number((await raw.query('SELECT count(*)::int AS n FROM persons p JOIN employments e ON e.person_id = p.id')).rows[0].n);

      /** Raw: compute cipher, index, mask as the product does, then COPY both tables in one transaction. */
      const copyRun = async () => {
        const t0 = process.hrtime.bigint();
        const persons: (string | Buffer | null)[][] = [];
        const employments: (string | Buffer | null)[][] = [];
        for (const [fullName, id, type, agencyName, hiredOn, occupation, phone] of lines) {
          const parsed = validateResidentId(id);
          if (!parsed.valid) throw new Error('bench row with an invalid ID number');
          const personId = randomUUID();
          persons.push([personId, org.id, fullName, cipher.encrypt(id), cipher.blindIndex(id), maskResidentId(id), parsed.birthDate, parsed.sex, phone, null, null, null]);
          employments.push([personId, agencyName ? agency.id : org.id, org.id, type === '劳务派遣工' ? 'dispatched' : 'regular', occupation, null, hiredOn, null]);
        }
        const t1 = process.hrtime.bigint();
        await raw.query('BEGIN');
        await pipeline(
          copyRows(persons),
          raw.query(copyFrom(`COPY persons (id, organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex, phone, education, graduated_on, apprenticeship_completed_on) FROM STDIN`)),
        );
        await pipeline(
          copyRows(employments),
          raw.query(copyFrom(`COPY employments (person_id, employer_org_id, work_org_id, employment_type, occupation_code, occupation_started_on, hired_on, job_title) FROM STDIN`)),
        );
        await raw.query('COMMIT');
        const t2 = process.hrtime.bigint();
        return { computeS: Number(t1 - t0) / 1e9, copyS: Number(t2 - t1) / 1e9 };
      };

      /** Product: files of 10,000 rows, each parsed by the sheet rules and imported in its own transaction. */
      const productRun = async () => {
        let parseNs = 0n;
        const t0 = process.hrtime.bigint();
        for (let start = 0; start < lines.length; start += FILE_ROWS) {
          const chunk = lines.slice(start, start + FILE_ROWS);
          const p0 = process.hrtime.bigint();
          const parsed = parseWorkerLines([{ row: 1, cells: HEADERS }, ...chunk.map((cells, i) => ({ row: i + 2, cells }))]);
          parseNs += process.hrtime.bigint() - p0;
          const report = await importer.importParsed(hr, parsed);
          if (report.created !== chunk.length) throw new Error(`import wrote ${report.created} of ${chunk.length}: ${JSON.stringify(report.badRows.slice(0, 3))}`);
        }
        return { totalS: Number(process.hrtime.bigint() - t0) / 1e9, parseS: Number(parseNs) / 1e9 };
      };

      /** Product, whole upload path: the same rows as XLSX workbooks through importSheet. */
      const books: Buffer[] = [];
      if (XLSX) for (let start = 0; start < lines.length; start += FILE_ROWS) books.push(await workbook(lines.slice(start, start + FILE_ROWS)));
      const xlsxRun = async () => {
        const t0 = process.hrtime.bigint();
        for (const book of books) {
          const report = await importer.importSheet(hr, book);
          if (report.badRows.length > 0) throw new Error(`XLSX import refused rows: ${JSON.stringify(report.badRows.slice(0, 3))}`);
        }
        return Number(process.hrtime.bigint() - t0) / 1e9;
      };

      const copies: { computeS: number; copyS: number }[] = [];
      const products: { totalS: number; parseS: number }[] = [];
      const xlsxs: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await empty();
        copies.push(await copyRun());
        if ((await count()) !== ROWS) throw new Error('COPY did not write every row');
        await empty();
        products.push(await productRun());
        if ((await count()) !== ROWS) throw new Error('the import did not write every row');
        if (XLSX) {
          await empty();
          xlsxs.push(await xlsxRun());
          if ((await count()) !== ROWS) throw new Error('the XLSX import did not write every row');
        }
      }
      const audit = await verifyAuditChains(async (sql, params) => (await raw.query(sql, params)).rows);
      if (audit.firstBreak) throw new Error(`audit chain broken: ${JSON.stringify(audit.firstBreak)}`);

      const best = <T>(xs: T[], key: (x: T) => number) => xs.reduce((a, b) => (key(b) < key(a) ? b : a));
      const copy = best(copies, (c) => c.computeS + c.copyS);
      const productRun_ = best(products, (p) => p.totalS);
      const product = productRun_.totalS;
      const rate = (s: number) => Math.round(ROWS / s).toLocaleString('en-US');
      const load = loadavg().map((l) => l.toFixed(2)).join(' ');
      const report = [
        `## Bulk import of ${ROWS.toLocaleString('en-US')} workers vs raw COPY (${new Date().toISOString()})`,
        '',
        `Load average at the end: ${load} (this machine: 2 shared cores; read the ratio, not the rates). ` +
          `Best of ${ROUNDS} round(s) for each path (raw and product interleaved, per-round ratios below). 10% dispatched workers naming an agency.`,
        '',
        '| path | time | rows/s | product ÷ this |',
        '|---|---|---|---|',
        `| raw: cipher + blind index + mask computed as the product does, then COPY persons + employments, one transaction | ${(copy.computeS + copy.copyS).toFixed(2)} s | ${rate(copy.computeS + copy.copyS)} | **${(product / (copy.computeS + copy.copyS)).toFixed(2)}×** |`,
        `| raw: COPY only (cipher etc. precomputed) | ${copy.copyS.toFixed(2)} s | ${rate(copy.copyS)} | ${(product / copy.copyS).toFixed(2)}× |`,
        `| raw: computing cipher + blind index + mask only | ${copy.computeS.toFixed(2)} s | ${rate(copy.computeS)} | |`,
        `| product: parseWorkerLines + WorkerImportService.importParsed, files of ${FILE_ROWS.toLocaleString('en-US')} rows | ${product.toFixed(2)} s | ${rate(product)} | 1.00× |`,
        `| … of which parseWorkerLines (DTO rules per row, no database) | ${productRun_.parseS.toFixed(2)} s | ${rate(productRun_.parseS)} | |`,
        `| … of which importParsed (checks on file, cipher, index, inserts, audit) | ${(product - productRun_.parseS).toFixed(2)} s | ${rate(product - productRun_.parseS)} | |`,
        ...(XLSX
          ? [`| product, whole upload: importSheet on XLSX workbooks of ${FILE_ROWS.toLocaleString('en-US')} rows (reading the workbook + the above) | ${Math.min(...xlsxs).toFixed(2)} s | ${rate(Math.min(...xlsxs))} | this ÷ raw with cipher: ${(Math.min(...xlsxs) / (copy.computeS + copy.copyS)).toFixed(2)}× |`]
          : []),
        '',
        `All runs (s): raw ${copies.map((c) => (c.computeS + c.copyS).toFixed(2)).join(', ')}; product ${products.map((p) => p.totalS.toFixed(2)).join(', ')}` +
          `${XLSX ? `; XLSX ${xlsxs.map((x) => x.toFixed(2)).join(', ')}` : ''}. ` +
          `Product ÷ raw with cipher, round by round: ${products.map((p, i) => `${(p.totalS / (copies[i].computeS + copies[i].copyS)).toFixed(2)}×`).join(', ')}. ` +
          `Audit chains intact: ${audit.chains} chain(s), ${audit.events} event(s).`,
        '',
      ].join('\n');
      const dir = join(process.cwd(), 'bench', 'results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `bulk-import-${ROWS}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
      writeFileSync(file, report);
      process.stdout.write(`\n${report}\nwritten to ${file}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await raw.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
});
