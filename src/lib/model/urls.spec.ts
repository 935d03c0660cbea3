import { describe, expect, it } from 'vitest';
import { safeHref } from './urls.ts';

describe('safeHref: only http(s) URLs from data become links', () => {
	it.each([
		['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
		['http://example.com/', 'http://example.com/'],
		['  https://example.com/x  ', 'https://example.com/x'],
		['HTTPS://EXAMPLE.COM/', 'https://example.com/']
	])('%j → %j', (url, href) => expect(safeHref(url)).toBe(href));

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'\u0001javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'blob:https://example.com/x',
		'ftp://example.com/',
		'//example.com/',
		'/relative',
		'"><svg onload=alert(1)>',
		'{{7*7}}',
		''
	])('%j → null', (url) => expect(safeHref(url)).toBeNull());
});
