import { DataSource, EntityManager } from 'typeorm';
import { namedQuery } from './named-query';

/**
 * One page of a filtered listing: the total count and the page's rows. `from` is everything
 * after the select list (FROM … WHERE …, with the caller's tenant scope); parameters are named.
 */
export async function pageQuery<T>(
  db: DataSource | EntityManager,
  query: { select: string; from: string; orderBy: string; params: Record<string, unknown> },
  page: { page: number; pageSize: number },
): Promise<{ rows: T[]; total: number }> {
  const [{ count }] = await namedQuery<{ count: number }>(db, `SELECT count(*)::int AS count ${query.from}`, query.params);
  const rows = await namedQuery<T>(db, `SELECT ${query.select} ${query.from} ORDER BY ${query.orderBy} LIMIT :limit OFFSET :offset`, {
    ...query.params,
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { rows, total: count };
}
