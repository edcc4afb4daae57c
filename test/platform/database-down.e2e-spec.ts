import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { login } from '../harness/auth';
import { ADMIN, createTestApp, TestApp } from '../harness/test-app';

/** A TCP relay to PostgreSQL that the test can cut and restore, as a database restart would. */
class CuttableRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

describe('database down', () => {
  let t: TestApp;
  let relay: CuttableRelay;

  beforeAll(async () => {
    const server = new URL(process.env.TEST_DB_ADMIN_URL as string);
    relay = new CuttableRelay({ host: server.hostname, port: Number(server.port || 5432) });
    await relay.open();
    t = await createTestApp({}, {
      connectVia: (databaseUrl) => {
        const url = new URL(databaseUrl);
        url.hostname = '127.0.0.1';
        url.port = String(relay.port);
        return url.toString();
      },
    });
  });
  afterAll(async () => {
    await relay.cut().catch(() => undefined);
    await t.close();
  });

  it('answers 503 with Retry-After on any route while PostgreSQL cannot be reached, and recovers without a restart', async () => {
    const session = await login(t, ADMIN.username, ADMIN.password);
    await relay.cut();

    const loginRes = await t.http().post('/api/v1/auth/login').send({ username: ADMIN.username, password: ADMIN.password });
    const listRes = await t.http().get('/api/v1/organizations').set(session.auth);
    const healthRes = await t.http().get('/api/v1/health');
    for (const res of [loginRes, listRes, healthRes]) {
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(loginRes.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(loginRes.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);

    await relay.open();
    await t.http().post('/api/v1/auth/login').send({ username: ADMIN.username, password: ADMIN.password }).expect(200);
    await t.http().get('/api/v1/organizations').set(session.auth).expect(200);
  });
});
