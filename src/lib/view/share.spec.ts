import { describe, expect, it } from 'vitest';
import { eventLink } from './share.ts';

describe('eventLink', () => {
	it('sets ?event= on the page URL and keeps the other options', () => {
		expect(eventLink(new URL('https://s.example/t/talks?parties=russia&event=old#x'), 'new-id')).toBe(
			'https://s.example/t/talks?parties=russia&event=new-id'
		);
	});
	it('leads from an embed to the full page, without frame-only options', () => {
		expect(eventLink(new URL('https://s.example/embed/talks?theme=dark&controls=0&kinds=call'), 'a', true)).toBe(
			'https://s.example/t/talks?kinds=call&event=a'
		);
		expect(eventLink(new URL('https://s.example/embed?src=https%3A%2F%2Fo.example%2Ft.json'), 'a', true)).toBe(
			'https://s.example/view?src=https%3A%2F%2Fo.example%2Ft.json&event=a'
		);
	});
});
