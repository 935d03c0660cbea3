/** npm run schema: writes static/schema/timeline-v1.json from the zod schema (a unit test checks it is current). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_PATH, timelineJsonSchemaText } from '../src/lib/model/json-schema.ts';

const file = resolve(import.meta.dirname, '..', SCHEMA_PATH);
writeFileSync(file, timelineJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
