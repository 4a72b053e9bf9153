// Writes docs/openapi.json from the contract; a unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOpenApiDocument } from '../server/src/openapi';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/openapi.json');
writeFileSync(target, renderOpenApiDocument());
process.stdout.write(`Wrote ${target}\n`);
