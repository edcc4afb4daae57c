import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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

/**
 * `pageQuery` for the libs that read through query builders: the count of what the query
 * matches, and one page of its main alias's ids in the order given (each `[column, direction]`).
 */
export async function pageIds(
  query: SelectQueryBuilder<ObjectLiteral>,
  order: readonly (readonly [column: string, direction: 'ASC' | 'DESC'])[],
  page: { page: number; pageSize: number },
): Promise<{ ids: string[]; total: number }> {
  const total = await query.getCount();
  const paged = query.clone().select(`${query.alias}.id`, 'id');
  order.forEach(([column, direction], i) => (i === 0 ? paged.orderBy(column, direction) : paged.addOrderBy(column, direction)));
  const rows = await paged
    .offset((page.page - 1) * page.pageSize)
    .limit(page.pageSize)
    .getRawMany<{ id: string }>();
  return { ids: rows.map((r) => r.id), total };
}
