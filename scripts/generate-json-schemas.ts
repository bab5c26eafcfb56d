/** npm run schemas: writes the JSON Schemas generated from the zod schemas to schemas/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemas, serialiseJsonSchema } from '../src/schemas/json-schema.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [fileName, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(JSON_SCHEMA_DIR, fileName), serialiseJsonSchema(schema));
  console.log(`${JSON_SCHEMA_DIR}/${fileName}`);
}
