import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { REFERENCE_DATA } from './reference-data';

/** Brings a database to the current schema and reference data. Safe to run on every start. */
export async function migrateDatabase(url: string, log: (line: string) => void = () => undefined, mark: (step: string) => void = () => undefined): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTableName: 'migrations' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
    mark('migrationsChecked');
    await dataSource.transaction(async (em) => {
      for (const load of REFERENCE_DATA) await load(em);
    });
  } finally {
    await dataSource.destroy();
  }
}
