import { pageIds, pageQuery } from '@skill-ladder/platform';
import { randomUUID } from 'node:crypto';
import { Competition } from '../../libs/promotions/src/entities/competition.entity';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * The two ways a list reads one page: `pageQuery` (SQL text, for the SQL libs) and `pageIds` (a
 * query builder, for the entity libs). On the same rows and filter they give the same total and
 * the same ids in the same order, on every page and past the last.
 */
describe('pageIds and pageQuery agree', () => {
  let t: TestApp;
  const orgA = randomUUID();
  const orgB = randomUUID();

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction(async (em) => {
      // Competitions of organizations that are not seeded: foreign-key triggers off for this transaction.
      await em.query(`SET LOCAL session_replication_role = replica`);
      for (let i = 0; i < 23; i++) {
        await em.query(
          `INSERT INTO competitions (organization_id, region_code, name, tier, held_on, organizer) VALUES ($1, '141100', $2, $3, $4, '主办方')`,
          // Several share a date, so the id decides their order.
          [i % 3 === 0 ? orgB : orgA, `竞赛${i}`, i % 2 ? 'enterprise' : 'city_class_1', `2026-0${1 + (i % 4)}-15`],
        );
      }
    });
  });
  afterAll(() => t.close());

  it.each([
    ['every row', null],
    ['one organization', orgA],
  ])('gives the same page as pageQuery: %s', async (_label, organizationId) => {
    for (const page of [1, 2, 3, 4]) {
      const query = t.dataSource.getRepository(Competition).createQueryBuilder('c').where("c.region_code LIKE :region", { region: '1411%' });
      if (organizationId) query.andWhere('c.organization_id = :organizationId', { organizationId });
      const built = await pageIds(query, [['c.held_on', 'DESC'], ['c.id', 'ASC']], { page, pageSize: 5 });
      const where = `c.region_code LIKE :region${organizationId ? ' AND c.organization_id = :organizationId' : ''}`;
      const written = await pageQuery<{ id: string }>(
        t.dataSource,
        { select: 'c.id', from: `FROM competitions c WHERE ${where}`, orderBy: 'c.held_on DESC, c.id', params: { region: '1411%', organizationId } },
        { page, pageSize: 5 },
      );
      expect(built).toEqual({ ids: written.rows.map((r) => r.id), total: written.total });
    }
    const all = await pageIds(t.dataSource.getRepository(Competition).createQueryBuilder('c'), [['c.held_on', 'DESC'], ['c.id', 'ASC']], { page: 1, pageSize: 100 });
    expect(all.total).toBe(23);
    expect(new Set(all.ids).size).toBe(23);
  });
});
