import { DataSource } from 'typeorm';
import { namedQuery, NotFoundError, Principal } from '@skill-ladder/platform';
import { WorkerFilterDto, WorkerQueryDto } from './dto/worker.dto';
import { toWorkerSummary, WorkerSummary } from './worker-mapper';
import { visibleWorkersWhere } from './workforce-scope';

/** Up to this many matching workers are counted exactly; beyond it `total` is the planner's estimate. */
export const EXACT_COUNT_LIMIT = 10000;

/**
 * How many workers match. `totalIsEstimate`: more than EXACT_COUNT_LIMIT do and `total` is
 * estimated (at least EXACT_COUNT_LIMIT + 1), so a client shows it as approximate (约).
 */
export interface WorkerCount {
  total: number;
  totalIsEstimate: boolean;
}

/**
 * A page of workers. `hasMore`: a next page exists. The count comes with it unless the client
 * asked for none (`withTotal=false`): a client that pages on under the same filters keeps the
 * count it has, or asks `GET /workers/count` once.
 */
export interface WorkerPage extends Partial<WorkerCount> {
  items: WorkerSummary[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

interface Filtered {
  from: string;
  params: Record<string, unknown>;
}

/** The visible workers matching the filters, as `FROM persons p WHERE …` and its parameters. */
function filtered(principal: Principal, q: WorkerFilterDto): Filtered {
  const scope = visibleWorkersWhere(principal, 'p');
  const where = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  const employmentFilters: string[] = [];
  if (q.employmentType) {
    employmentFilters.push('fe.employment_type = :employmentType');
    params.employmentType = q.employmentType;
  }
  if (q.occupationCode) {
    employmentFilters.push('fe.occupation_code = :occupationCode');
    params.occupationCode = q.occupationCode;
  }
  if (q.organizationId) {
    employmentFilters.push('(fe.employer_org_id = :organizationId OR fe.work_org_id = :organizationId)');
    params.organizationId = q.organizationId;
  }
  if (employmentFilters.length) {
    where.push(`EXISTS (SELECT 1 FROM employments fe WHERE fe.person_id = p.id AND fe.ended_on IS NULL AND ${employmentFilters.join(' AND ')})`);
  }
  if (q.name) {
    where.push(`p.full_name LIKE :name`);
    params.name = `${q.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { from: `FROM persons p WHERE ${where.join(' AND ')}`, params };
}

/** Counting stops after EXACT_COUNT_LIMIT + 1 rows: an exact count of a city's workers costs more than any page. */
const cappedCount = (from: string) => `SELECT count(*)::int FROM (SELECT 1 ${from} LIMIT :countLimit) x`;

/** The capped count read, the total it gives: exact, or the planner's estimate past the cap. */
async function totalOf(dataSource: DataSource, capped: number, { from, params }: Filtered): Promise<WorkerCount> {
  if (capped <= EXACT_COUNT_LIMIT) return { total: capped, totalIsEstimate: false };
  const [row] = await namedQuery<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(dataSource, `EXPLAIN (FORMAT JSON) SELECT 1 ${from}`, params);
  return { total: Math.max(capped, Math.round(row['QUERY PLAN'][0].Plan['Plan Rows'])), totalIsEstimate: true };
}

/**
 * A page of the worker list, in one statement with its count (and an estimate's EXPLAIN past the
 * cap). Page first: the page's persons come off the (full_name, id) index, and only those rows get
 * their employments and rank. With `after` (the last worker of the previous page, visible to the
 * same scope) the page starts behind that worker on the index instead of skipping `page - 1`
 * pages, so the next page costs as little at page 1,000 as at 2.
 */
export async function listWorkers(dataSource: DataSource, principal: Principal, q: WorkerQueryDto): Promise<WorkerPage> {
  const filter = filtered(principal, q);
  const params = { ...filter.params, limit: q.pageSize + 1, offset: q.after ? 0 : (q.page - 1) * q.pageSize, countLimit: EXACT_COUNT_LIMIT + 1 };
  let pageWhere = '';
  let anchored = 'true';
  if (q.after) {
    const anchor = visibleWorkersWhere(principal, 'a');
    const visibleAnchor = `FROM persons a WHERE a.id = :after AND ${anchor.sql}`;
    pageWhere = ` AND (p.full_name, p.id) > (SELECT a.full_name, a.id ${visibleAnchor})`;
    anchored = `EXISTS (SELECT 1 ${visibleAnchor})`;
    Object.assign(params, { after: q.after });
  }
  const withTotal = q.withTotal !== false;
  const rows = await namedQuery<Record<string, unknown> & { capped_total: number | null; anchored: boolean }>(
    dataSource,
    `WITH page AS MATERIALIZED (
       SELECT p.id, p.full_name, p.id_number_masked, p.birth_date, p.sex ${filter.from}${pageWhere}
        ORDER BY p.full_name, p.id LIMIT :limit OFFSET :offset
     )
     SELECT head.capped_total, head.anchored, page.id, page.full_name, page.id_number_masked, page.birth_date::text, page.sex,
            COALESCE((SELECT json_agg(json_build_object(
               'employerOrganizationId', e.employer_org_id, 'workOrganizationId', e.work_org_id,
               'employmentType', e.employment_type, 'occupationCode', e.occupation_code) ORDER BY e.hired_on)
             FROM employments e WHERE e.person_id = page.id AND e.ended_on IS NULL), '[]') AS employments,
            (SELECT c.rank FROM person_credentials c WHERE c.person_id = page.id AND c.status = 'valid'
              ORDER BY skill_rank_order(c.rank) DESC LIMIT 1) AS highest_rank
       FROM (SELECT ${withTotal ? `(${cappedCount(filter.from)})` : 'NULL::int'} AS capped_total, ${anchored} AS anchored) head
       LEFT JOIN page ON true
      ORDER BY page.full_name, page.id`,
    params,
  );
  // Another scope's worker, or an id that is no worker, gives no position: 404, as for its record.
  if (!rows[0].anchored) throw new NotFoundError('Worker');
  const found = rows.filter((r) => r.id !== null);
  const page: WorkerPage = { items: found.slice(0, q.pageSize).map(toWorkerSummary), page: q.page, pageSize: q.pageSize, hasMore: found.length > q.pageSize };
  return withTotal ? { ...page, ...(await totalOf(dataSource, rows[0].capped_total ?? 0, filter)) } : page;
}

/** How many workers the filters match, exactly up to EXACT_COUNT_LIMIT (the worker list's count on its own). */
export async function countWorkers(dataSource: DataSource, principal: Principal, q: WorkerFilterDto): Promise<WorkerCount> {
  const filter = filtered(principal, q);
  const [row] = await namedQuery<{ count: number }>(dataSource, cappedCount(filter.from), { ...filter.params, countLimit: EXACT_COUNT_LIMIT + 1 });
  return totalOf(dataSource, row.count, filter);
}
