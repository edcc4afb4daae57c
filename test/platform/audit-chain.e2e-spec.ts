import { Client } from 'pg';
import { AuditService, verifyAuditChains } from '@skill-ladder/platform';
import { loginAdmin, type Session } from '../harness/auth';
import { Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

describe('audit chain (npm run audit:verify)', () => {
  let t: TestApp;
  let client: Client;
  let admin: Session;
  let hrSession: Session;
  let officerSession: Session;
  const verify = () => verifyAuditChains(async (sql, params) => (await client.query(sql, params)).rows);

  beforeAll(async () => {
    t = await createTestApp();
    const s = new Scenario(t);
    const { officer } = await s.bureau('141100');
    const { hr } = await s.organization(officer, 'enterprise', '141102');
    await s.worker(hr);
    await s.worker(hr);
    admin = await loginAdmin(t);
    hrSession = hr;
    officerSession = officer;
    client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
  });

  it('is intact after normal work, across several organizations', async () => {
    const result = await verify();
    expect(result.firstBreak).toBeNull();
    expect(result.chains).toBeGreaterThanOrEqual(3);
    expect(result.events).toBeGreaterThanOrEqual(6);
  });

  it('the platform admin runs the same check from the API (审计链校验); nobody else may', async () => {
    const status = await t.http().get('/api/v1/audit-events/chain-status').set(admin.auth).expect(200);
    const direct = await verify();
    expect(status.body).toMatchObject({ intact: true, firstBreak: null, chains: direct.chains });
    expect(status.body.events).toBeGreaterThanOrEqual(direct.events);
    await t.http().get('/api/v1/audit-events/chain-status').set(hrSession.auth).expect(403);
    await t.http().get('/api/v1/audit-events/chain-status').set(officerSession.auth).expect(403);
  });

  it('stays intact when a writer audits text PostgreSQL cannot keep as sent (lone surrogates)', async () => {
    const audit = t.app.get(AuditService);
    await t.dataSource.transaction((em) =>
      audit.record(em, { userId: null, username: 'system', requestId: null }, {
        action: 'organization.update',
        entityType: 'organization',
        entityId: null,
        organizationId: null,
        before: { name: 'a\ud800' },
        after: { name: 'b', ['k\udc00']: ['\ud83d'] },
        reason: 'r\ud800',
      }),
    );
    const [row] = (await client.query(`SELECT reason, after FROM audit_events WHERE action = 'organization.update' ORDER BY id DESC LIMIT 1`)).rows;
    expect(row).toEqual({ reason: 'r\ufffd', after: { name: 'b', ['k\ufffd']: ['\ufffd'] } });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('walks a chain longer than one batch (2,000 events) without losing the link between batches', async () => {
    const audit = t.app.get(AuditService);
    const before = await verify();
    await t.dataSource.transaction(async (em) => {
      for (let i = 0; i < 2100; i++) {
        await audit.record(em, { userId: null, username: 'system', requestId: null }, {
          action: 'batch.probe', entityType: 'probe', entityId: null, organizationId: null, before: null, after: { i }, reason: null,
        });
      }
    });
    const after = await verify();
    expect(after.firstBreak).toBeNull();
    expect(after.events).toBe(before.events + 2100);
  }, 120_000);

  it('refuses updates and deletes through the application role', async () => {
    await expect(client.query(`UPDATE audit_events SET reason = 'x' WHERE id = (SELECT min(id) FROM audit_events)`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('reports the first broken link after a row is altered by hand', async () => {
    const [target] = (await client.query(`SELECT id, chain_key, seq FROM audit_events WHERE action = 'worker.create' ORDER BY id LIMIT 1`)).rows;
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change');
    await client.query(`UPDATE audit_events SET after = jsonb_set(after, '{fullName}', '"篡改"') WHERE id = $1`, [target.id]);
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change');
    const result = await verify();
    expect(result.firstBreak).toEqual({ id: String(target.id), chainKey: target.chain_key, seq: Number(target.seq), problem: 'hash_mismatch' });
    const status = await t.http().get('/api/v1/audit-events/chain-status').set(admin.auth).expect(200);
    expect(status.body).toMatchObject({ intact: false, firstBreak: { id: String(target.id), seq: Number(target.seq), problem: 'hash_mismatch' } });
  });

});
