import { DataSource } from 'typeorm';

/**
 * What the benches that grow the demo world (`seedDemo`) share: finalize.bench and hot-paths.bench.
 */

/**
 * `count` more candidates like the campaign's first approved one: each a new person (same name,
 * its own blind index), an approved application with its own ticket, and the same component
 * scores. Every other column is copied as it is, whatever the schema holds by then.
 */
export async function copyCandidates(ds: DataSource, campaignId: string, count: number): Promise<void> {
  const [template]: { id: string; person_id: string }[] = await ds.query(
    `SELECT id, person_id FROM applications WHERE campaign_id = $1 AND status = 'approved' ORDER BY ticket_number LIMIT 1`,
    [campaignId],
  );
  await ds.transaction(async (em) => {
    await em.query(`CREATE TEMP TABLE copies ON COMMIT DROP AS
      SELECT g, gen_random_uuid() AS person_id, gen_random_uuid() AS application_id FROM generate_series(1, ${Number(count)}) g`);
    const copy = async (table: string, where: string, overrides: Record<string, string>) => {
      const columns: string[] = (
        await em.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table])
      ).map((c: { column_name: string }) => c.column_name);
      const list = columns.map((c) => `"${c}"`).join(', ');
      const values = columns.map((c) => overrides[c] ?? `t."${c}"`).join(', ');
      await em.query(`INSERT INTO ${table} (${list}) SELECT ${values} FROM ${table} t CROSS JOIN copies m WHERE ${where}`, [template.id, template.person_id]);
    };
    await copy('persons', 't.id = $2 AND $1::uuid IS NOT NULL', {
      id: 'm.person_id',
      id_number_index: `decode(md5(m.person_id::text), 'hex')`,
      user_id: 'NULL',
    });
    await copy('applications', 't.id = $1 AND $2::uuid IS NOT NULL', {
      id: 'm.application_id',
      person_id: 'm.person_id',
      ticket_number: `'B' || lpad(m.g::text, 7, '0')`,
    });
    await copy('component_scores', 't.application_id = $1 AND $2::uuid IS NOT NULL', { id: 'gen_random_uuid()', application_id: 'm.application_id' });
  });
}

/** The API as the demo-growing benches call it: paths under /api/v1, a bearer token, JSON bodies; non-2xx throws. */
export interface DemoHttp {
  login(username: string, password: string): Promise<string>;
  call<T = unknown>(token: string | null, method: string, path: string, body?: unknown): Promise<T>;
}

/**
 * The demo's campaign in scoring, scored as its evaluators would: demo.evaluator1..3 each submit
 * every sheet drawn for them (evaluator i gives 80 + i). Returns the campaign and the first sheet
 * of demo.evaluator1 with the content it was submitted with, for a retried submission.
 */
export async function scoreDemoCampaign(
  ds: DataSource,
  http: DemoHttp,
  password: string,
): Promise<{ campaignId: string; retry: { username: string; sheetId: string; body: { score: number } } }> {
  const [campaign]: { id: string }[] = await ds.query(`SELECT id FROM campaigns WHERE status = 'scoring'`);
  if (!campaign) throw new Error('The demo world has no campaign in scoring');
  let retry: { username: string; sheetId: string; body: { score: number } } | undefined;
  for (const i of [1, 2, 3]) {
    const token = await http.login(`demo.evaluator${i}`, password);
    const sheets = await http.call<{ id: string }[]>(token, 'GET', `/score-sheets?campaignId=${campaign.id}`);
    for (const sheet of sheets) {
      await http.call(token, 'POST', `/score-sheets/${sheet.id}/submit`, { score: 80 + i });
      retry ??= { username: `demo.evaluator${i}`, sheetId: sheet.id, body: { score: 80 + i } };
    }
  }
  if (!retry) throw new Error('The demo evaluators have no score sheets');
  return { campaignId: campaign.id, retry };
}
