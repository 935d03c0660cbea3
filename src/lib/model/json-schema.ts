/** The JSON Schema of the format, derived from the zod schema (served at /schema/timeline-v1.json). */
import { z } from 'zod';
import { timelineSchema } from './schema.ts';

export const SCHEMA_PATH = 'static/schema/timeline-v1.json';

export function timelineJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(timelineSchema, { target: 'draft-2020-12', io: 'input' }),
		title: 'Dateline timeline, format version 1'
	};
}

export function timelineJsonSchemaText(): string {
	return JSON.stringify(timelineJsonSchema(), null, '\t') + '\n';
}
