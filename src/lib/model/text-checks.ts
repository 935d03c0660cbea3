/**
 * Checks on every string of a timeline file, whatever field it is in: no control characters, no
 * bidirectional overrides or isolates (the "Trojan Source" trick: text that reads differently from
 * how it is stored), and no string over its length limit. Walks the raw input without recursion,
 * so any JSON value is safe to pass.
 */

/** Length limits in UTF-16 code units, by field name. Documented in the README. */
export const ID_MAX = 100;
export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 5_000;
const ID_FIELDS = new Set(['id', 'party', 'source', 'event', 'actors', 'file', 'language', 'kind', 'status', 'dateBasis', 'relation']);
const SHORT_FIELDS = new Set(['title', 'label', 'name', 'role', 'publisher', 'place', 'datePhrase', 'date', 'published', 'from', 'to']);

export function maxLength(field: string): number {
	return ID_FIELDS.has(field) ? ID_MAX : SHORT_FIELDS.has(field) ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069). The plain marks LRM, RLM and
// ALM (U+200E, U+200F, U+061C) are allowed: Arabic and Hebrew text uses them and they cannot reorder.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_NAMES: Record<string, string> = {
	'\u202a': 'LEFT-TO-RIGHT EMBEDDING',
	'\u202b': 'RIGHT-TO-LEFT EMBEDDING',
	'\u202c': 'POP DIRECTIONAL FORMATTING',
	'\u202d': 'LEFT-TO-RIGHT OVERRIDE',
	'\u202e': 'RIGHT-TO-LEFT OVERRIDE',
	'\u2066': 'LEFT-TO-RIGHT ISOLATE',
	'\u2067': 'RIGHT-TO-LEFT ISOLATE',
	'\u2068': 'FIRST STRONG ISOLATE',
	'\u2069': 'POP DIRECTIONAL ISOLATE'
};

const hex = (c: string) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** A key as a JSON path step: `.name`, or `["odd key"]` when it is not a plain name. */
export function joinPath(path: string, key: PropertyKey): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	const name = String(key);
	if (/^[A-Za-z_$][\w$-]*$/.test(name)) return path ? `${path}.${name}` : name;
	return `${path}[${JSON.stringify(name)}]`;
}

export interface TextProblem {
	path: string;
	message: string;
}

/** Every problem with a string in `input`, by JSON path (formatted as validate.ts does). */
export function checkStrings(input: unknown): TextProblem[] {
	const problems: TextProblem[] = [];
	const stack: { value: unknown; path: string; field: string }[] = [{ value: input, path: '', field: '' }];
	while (stack.length > 0) {
		const { value, path, field } = stack.pop()!;
		if (typeof value === 'string') {
			const control = CONTROL.exec(value);
			if (control)
				problems.push({ path, message: `contains the control character ${hex(control[0])} at character ${control.index + 1}; remove it (only tab and line breaks are allowed)` });
			const bidi = BIDI.exec(value);
			if (bidi)
				problems.push({
					path,
					message: `contains the bidirectional control ${hex(bidi[0])} (${BIDI_NAMES[bidi[0]]}) at character ${bidi.index + 1}, which can make text display differently from how it is stored ("Trojan Source"); remove it`
				});
			const max = maxLength(field);
			if (value.length > max) problems.push({ path, message: `is ${value.length.toLocaleString('en')} characters long; the most is ${max.toLocaleString('en')}` });
		} else if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, field });
		} else if (value !== null && typeof value === 'object') {
			const entries = Object.entries(value);
			for (let i = entries.length - 1; i >= 0; i--) {
				const [key, v] = entries[i]!;
				stack.push({ value: v, path: joinPath(path, key), field: key });
			}
		}
	}
	return problems;
}
