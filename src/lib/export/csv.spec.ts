import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvField, eventsCsv, toCsv } from './csv.ts';
import { testTimeline } from './test-timeline.ts';

/** A strict RFC 4180 reader, written here so that the test does not trust the writer's own rules. */
function parseCsv(text: string): string[][] {
	if (text.startsWith(CSV_BOM)) text = text.slice(1);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"' && field === '') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
				else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`stray text after a quoted field at ${i}`);
			continue;
		}
		const c = text[i]!;
		if (c === ',') (row.push(field), (field = ''), i++);
		else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 2));
		else if (c === '"' || c === '\r' || c === '\n') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
		else (field += c), i++;
	}
	if (field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
	return rows;
}

describe('csvField', () => {
	it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvField('')).toBe('');
	});
});

describe('toCsv', () => {
	it('round-trips awkward values through a strict reader', () => {
		const rows = [
			['a', 'b,c', '"quoted"', ''],
			['line\nbreak', 'cr\r\nlf', ' spaced ', 'Київ, «лапки»; عربي'],
			['', '', '', '']
		];
		const text = toCsv(rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual(rows);
		expect(parseCsv(CSV_BOM + text)).toEqual(rows);
	});
});

describe('eventsCsv', () => {
	const rows = parseCsv(eventsCsv(testTimeline));
	const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));

	it('has a header and one row per event, of equal width, in time order', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.length).toBe(testTimeline.events.length + 1);
		for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
		expect(rows.slice(1).map((r) => r[0])).toEqual(testTimeline.events.map((e) => e.id));
	});

	it('round-trips titles and quotes with commas, quotes and line breaks', () => {
		const summit = byId.get('summit')!;
		expect(summit.title).toBe('Summit, in "Alaska"');
		expect(summit.first_quote).toBe('He said, "we met"\r\nand left.');
		expect(summit.parties).toBe('United States; Russia');
		expect(summit.actors).toBe('Donald Trump; Vladimir Putin');
		expect(summit.source_url).toBe('https://example.com/news/leaders-meet?a=1&b=2');
		expect(summit.status).toBe('occurred');
	});

	it('gives the date as written, its first and last day and its precision', () => {
		expect(byId.get('summit')).toMatchObject({ date: '2025-08-15', earliest: '2025-08-15', latest: '2025-08-15', precision: 'day' });
		expect(byId.get('talks')).toMatchObject({ date: '2025-08-18/2025-08-21', earliest: '2025-08-18', latest: '2025-08-21', precision: 'day' });
		expect(byId.get('about')).toMatchObject({ earliest: '2025-08-19', latest: '2025-08-19', precision: 'day, approximate' });
		expect(byId.get('maybe')).toMatchObject({ precision: 'day, uncertain' });
		expect(byId.get('month')).toMatchObject({ date: '2025-08', earliest: '2025-08-01', latest: '2025-08-31', precision: 'month' });
		expect(byId.get('ongoing')).toMatchObject({ earliest: '2025-08-22', latest: '', precision: 'day/open' });
		expect(byId.get('ancient')).toMatchObject({ date: '-0043-03-15', earliest: '-0043-03-15', latest: '-0043-03-15', precision: 'day' });
		expect(byId.get('later')).toMatchObject({ date: '', earliest: '', latest: '', precision: 'unscheduled', status: 'proposed' });
	});
});
