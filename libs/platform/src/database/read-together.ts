import { DataSource, EntityManager } from 'typeorm';

/**
 * One read a lib's reader offers so that reads of several libs share a round trip: a scalar SQL
 * subquery answering json (its own `$1…` parameters), and how its json becomes records. The SQL
 * names only the offering lib's tables; `readTogether` runs several of them as one statement.
 */
export interface JsonRead<T> {
  sql: string;
  params: readonly unknown[];
  map: (json: unknown) => T;
}

type Results<R> = { [K in keyof R]: R[K] extends JsonRead<infer T> ? T : never };

/** Runs independent reads, of any libs, in one statement: `SELECT (read1) AS k1, (read2) AS k2`. */
export async function readTogether<R extends Record<string, JsonRead<unknown>>>(db: DataSource | EntityManager, reads: R): Promise<Results<R>> {
  const keys = Object.keys(reads);
  const params: unknown[] = [];
  const columns = keys.map((key, i) => {
    const read = reads[key];
    const offset = params.length;
    params.push(...read.params);
    return `(${read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)}) AS "r${i}"`;
  });
  const [row] = (await db.query(`SELECT ${columns.join(', ')}`, params)) as Record<string, unknown>[];
  return Object.fromEntries(keys.map((key, i) => [key, reads[key].map(row[`r${i}`])])) as Results<R>;
}

/** A single `JsonRead` on its own: one statement. */
export async function readOne<T>(db: DataSource | EntityManager, read: JsonRead<T>): Promise<T> {
  return (await readTogether(db, { only: read })).only as T;
}

/** A `JsonRead` of `id → text` for many ids: `sql` answers a json object (`json_object_agg`) over `$1::uuid[]`. */
export function idMapRead(sql: string, ids: readonly string[]): JsonRead<Map<string, string>> {
  return { sql, params: [[...new Set(ids)]], map: (json) => new Map(Object.entries(json as Record<string, string>)) };
}
