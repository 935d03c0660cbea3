/**
 * JSON.parse that never throws and says where a syntax error is (line and column, 1-based), for
 * the CLI (files on disk) and for timelines loaded in the browser alike. V8 names the offset of
 * some errors only, so the offset comes from a small syntax scan of our own.
 */
export type ParsedJson = { value: unknown } | { error: string };

export function parseJson(raw: string): ParsedJson {
	try {
		return { value: JSON.parse(raw) };
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const pos = /at position (\d+)/.exec(msg);
		const offset = pos ? Number(pos[1]) : syntaxErrorOffset(raw);
		const before = raw.slice(0, offset);
		const line = before.split('\n').length;
		const col = before.length - before.lastIndexOf('\n');
		return { error: `is not valid JSON (line ${line}, column ${col}): ${msg}` };
	}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Where the first syntax error in `raw` is (its length when the text ends too early). */
export function syntaxErrorOffset(raw: string): number {
	let i = 0;
	const skip = () => {
		while (i < raw.length && WS.has(raw[i]!)) i++;
	};
	const match = (re: RegExp) => {
		re.lastIndex = i;
		if (!re.test(raw)) return false;
		i = re.lastIndex;
		return true;
	};
	// What may come next: a value, or in a container a key, a colon, a comma or the closing bracket.
	const stack: ('[' | '{')[] = [];
	let expect: 'value' | 'key' | 'after-value' | 'colon' | 'value-or-close' | 'key-or-close' = 'value';
	for (;;) {
		skip();
		if (i >= raw.length) return stack.length === 0 && expect === 'after-value' ? i : raw.length;
		const c = raw[i]!;
		if (expect === 'value' || expect === 'value-or-close') {
			if (expect === 'value-or-close' && c === ']') {
				stack.pop();
				i++;
				expect = 'after-value';
			} else if (c === '{' || c === '[') {
				stack.push(c);
				i++;
				expect = c === '{' ? 'key-or-close' : 'value-or-close';
			} else if (c === '"' ? match(STRING) : c === '-' || (c >= '0' && c <= '9') ? match(NUMBER) : match(/true|false|null/y)) {
				expect = 'after-value';
			} else return i;
		} else if (expect === 'key' || expect === 'key-or-close') {
			if (expect === 'key-or-close' && c === '}') {
				stack.pop();
				i++;
				expect = 'after-value';
			} else if (c === '"' && match(STRING)) expect = 'colon';
			else return i;
		} else if (expect === 'colon') {
			if (c !== ':') return i;
			i++;
			expect = 'value';
		} else {
			const top = stack[stack.length - 1];
			if (top === undefined) return i; // something after the value
			if (c === ',') {
				i++;
				expect = top === '{' ? 'key' : 'value';
			} else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
				stack.pop();
				i++;
			} else return i;
		}
	}
}
