import { RANK_INFO, RANKS } from '@skill-ladder/vocabulary';
import { createTestApp, TestApp } from '../harness/test-app';

/** The database orders ranks with skill_rank_order(); it must agree with the vocabulary the code uses. */
describe('the ladder in SQL (skill_rank_order)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives every rank the order of RANK_INFO, and NULL to anything else', async () => {
    const rows: { rank: string; order: number | null }[] = await t.dataSource.query(
      `SELECT r AS rank, skill_rank_order(r) AS order FROM unnest($1::text[]) AS r`,
      [[...RANKS, 'L6', '', 'l5']],
    );
    expect(Object.fromEntries(rows.map((r) => [r.rank, r.order]))).toEqual({
      ...Object.fromEntries(RANKS.map((rank) => [rank, RANK_INFO[rank].order])),
      L6: null,
      '': null,
      l5: null,
    });
  });

  it('sorts a shuffled list into ladder order', async () => {
    const rows: { rank: string }[] = await t.dataSource.query(
      `SELECT r AS rank FROM unnest($1::text[]) AS r ORDER BY skill_rank_order(r)`,
      [['chief', 'L3', 'apprentice', 'L1', 'L5', 'special', 'L2', 'L4']],
    );
    expect(rows.map((r) => r.rank)).toEqual([...RANKS]);
  });
});
