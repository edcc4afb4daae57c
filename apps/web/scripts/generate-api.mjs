/* global process */
// Writes the API's TypeScript types from its OpenAPI document:
//   node apps/web/scripts/generate-api.mjs <openapi.json> <schema.d.ts>
// The test suite runs it on the live document and fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: generate-api.mjs <openapi.json> <schema.d.ts>\n');
  process.exit(2);
}
const document = JSON.parse(readFileSync(input, 'utf8'));
const ast = await openapiTS(document, { alphabetize: true });
const banner = '/* Generated from the API\'s OpenAPI document by apps/web/scripts/generate-api.mjs (npm run api:generate). Do not edit. */\n\n';
writeFileSync(output, banner + astToString(ast));
