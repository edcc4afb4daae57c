#!/usr/bin/env node
// `npm run migration:create -- AddCampaigns`: a new raw-SQL migration file, registered by hand in migrations/index.ts.
const { writeFileSync } = require('node:fs');
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:create -- PascalCaseName');
  process.exit(1);
}
const stamp = Date.now();
const file = `migrations/${stamp}-${name}.ts`;
writeFileSync(
  file,
  `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }
}
`,
);
console.log(`Created ${file}; add it to MIGRATIONS in migrations/index.ts`);
