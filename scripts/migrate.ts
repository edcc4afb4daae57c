import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { runWithDatabase } from './cli-runtime';

/**
 * `up` (also done by every start), `down` (reverts the last migration) and `generate`, which
 * prints the SQL that would bring the schema in line with the entities: migrations are written
 * by hand from that output and read before commit.
 */
const command = process.argv[2] ?? 'up';

void runWithDatabase(async (config) => {
  const entities = command === 'generate' ? [`${__dirname}/../libs/**/*.entity.js`] : [];
  const dataSource = new DataSource({ type: 'postgres', url: config.DATABASE_URL, migrations: MIGRATIONS, migrationsTableName: 'migrations', entities });
  await dataSource.initialize();
  try {
    if (command === 'down') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Reverted the last migration\n');
    } else if (command === 'generate') {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) process.stdout.write('Entities and schema agree: nothing to generate\n');
      for (const q of sql.upQueries) process.stdout.write(`${q.query};\n`);
    } else {
      process.stdout.write('Migrations and reference data are up to date\n');
    }
  } finally {
    await dataSource.destroy();
  }
});
