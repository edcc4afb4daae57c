import { Client } from 'pg';
import { verifyAuditChains } from '@skill-ladder/platform';
import { runWithDatabase } from './cli-runtime';

/** `npm run audit:verify`: recomputes every audit hash chain; exit 1 at the first broken link. */
void runWithDatabase(async (config) => {
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    const result = await verifyAuditChains(async (sql, params) => (await client.query(sql, params)).rows);
    if (result.firstBreak) {
      const b = result.firstBreak;
      process.stdout.write(`Audit chain BROKEN: chain ${b.chainKey}, event #${b.seq} (id ${b.id}): ${b.problem}\n`);
      return 1;
    }
    process.stdout.write(`Audit chains intact: ${result.chains} chain(s), ${result.events} event(s) verified\n`);
    return 0;
  } finally {
    await client.end();
  }
});
