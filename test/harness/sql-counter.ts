import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const HEADER = 'x-test-sql-count';

/**
 * Counts the SQL statements each request sends to PostgreSQL. A request tagged with a header
 * runs inside its own async context, and the pg client counts a statement only when it is issued
 * from such a context: login, other requests and scheduled jobs that run meanwhile are not counted.
 * Install with `createTestApp({}, { beforeInit: counter.install })`, then `attach` to the data source.
 */
export class SqlCounter {
  private readonly context = new AsyncLocalStorage<string[]>();
  private readonly byTag = new Map<string, string[]>();
  private next = 0;
  private restore: (() => void) | null = null;

  readonly install = (app: NestFastifyApplication): void => {
    app.getHttpAdapter().getInstance().addHook('onRequest', (request, _reply, done) => {
      const tag = request.headers[HEADER];
      const statements = typeof tag === 'string' ? this.byTag.get(tag) : undefined;
      if (statements) this.context.run(statements, done);
      else done();
    });
  };

  /** Wraps the pg client the application's driver loaded (not necessarily the module this file sees). */
  attach(dataSource: DataSource): void {
    const proto = ((dataSource.driver as PostgresDriver).postgres as { Client: typeof Client }).Client.prototype as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    const context = this.context;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const query = args[0] as string | { text?: string };
      context.getStore()?.push(typeof query === 'string' ? query : (query?.text ?? String(query)));
      return original.apply(this, args);
    };
    this.restore = () => {
      proto.query = original;
    };
  }

  detach(): void {
    this.restore?.();
    this.restore = null;
  }

  /** A header to set on one request, and the statements that request issued (read after the response). */
  tag(): { header: Record<string, string>; statements: string[] } {
    const tag = String(++this.next);
    const statements: string[] = [];
    this.byTag.set(tag, statements);
    return { header: { [HEADER]: tag }, statements };
  }
}
