import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { laidOutWidth, observeWidth, rememberLaidOutWidths, VERTICAL_BELOW } from './widths.ts';

/** A stand-in element: its width is read through a getter, so the test sees every read. */
function element(id: string, width: number) {
	const el = { id, reads: 0, width };
	Object.defineProperty(el, 'clientWidth', {
		get() {
			el.reads++;
			return el.width;
		}
	});
	return el as typeof el & { clientWidth: number };
}

describe('widths', () => {
	afterEach(() => vi.unstubAllGlobals());

	function page(...els: ReturnType<typeof element>[]) {
		vi.stubGlobal('document', {
			querySelectorAll: (selector: string) => (selector === '.chart[id], .overview[id]' ? els : []),
			getElementById: (id: string) => els.find((e) => e.id === id) ?? null
		});
	}

	it('gives the widths read before hydration without reading them again, until they are forgotten', () => {
		const chart = element('tl-x-chart', 1254);
		const overview = element('tl-x-overview', 1250);
		page(chart, overview);
		const forget = rememberLaidOutWidths();
		expect([chart.reads, overview.reads]).toEqual([1, 1]);
		// Hydration changes the page: a read now would lay it out again.
		chart.width = 900;
		expect(laidOutWidth('tl-x-chart')).toBe(1254);
		expect(laidOutWidth('tl-x-overview')).toBe(1250);
		expect([chart.reads, overview.reads]).toEqual([1, 1]);
		// Once hydration is over the page may change: read afresh.
		forget();
		expect(laidOutWidth('tl-x-chart')).toBe(900);
		expect(chart.reads).toBe(2);
	});

	it('reads an element it did not remember, and leaves out what has no width', () => {
		const hidden = element('tl-x-chart', 0);
		page(hidden);
		const forget = rememberLaidOutWidths();
		expect(laidOutWidth('tl-x-chart')).toBeUndefined();
		expect(laidOutWidth('tl-y-chart')).toBeUndefined();
		hidden.width = 640;
		expect(laidOutWidth('tl-x-chart')).toBe(640);
		forget();
	});

	it('is undefined on the server', () => {
		vi.stubGlobal('document', undefined);
		expect(laidOutWidth('tl-x-chart')).toBeUndefined();
	});

	it('reports widths from a ResizeObserver only, and stops with the attachment', () => {
		const observers: { cb: () => void; observed: [unknown, ResizeObserverOptions | undefined][]; disconnected: boolean }[] = [];
		vi.stubGlobal(
			'ResizeObserver',
			class {
				o = { cb: () => {}, observed: [] as [unknown, ResizeObserverOptions | undefined][], disconnected: false };
				constructor(cb: () => void) {
					this.o.cb = cb;
					observers.push(this.o);
				}
				observe(target: unknown, options?: ResizeObserverOptions) {
					this.o.observed.push([target, options]);
				}
				disconnect() {
					this.o.disconnected = true;
				}
			}
		);
		const el = element('tl-x-chart', 1000);
		const seen: number[] = [];
		const detach = observeWidth((w) => seen.push(w))(el as unknown as HTMLElement);
		expect(el.reads).toBe(0); // no read when attached
		expect(observers[0]!.observed).toEqual([[el, { box: 'border-box' }]]);
		observers[0]!.cb();
		el.width = 700;
		observers[0]!.cb();
		expect(seen).toEqual([1000, 700]);
		(detach as () => void)();
		expect(observers[0]!.disconnected).toBe(true);
	});

	it('app.css hides a prerendered chart at the widths the phone layout takes, as the script decides them', () => {
		// The script: the chart's clientWidth (its section's width less two 1px borders, rounded)
		// below VERTICAL_BELOW. The CSS: a container query on the section's width.
		const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
		const queries = [...css.matchAll(/@container \(width < ([\d.]+)px\)/g)].map((m) => Number(m[1]));
		expect(queries).toEqual([VERTICAL_BELOW + 1.5]);
		expect(css).toMatch(/\.chart-section \{\s*container-type: inline-size;/);
		expect(css).toMatch(/\.chart \{[^}]*border: 1px solid/);
	});
});
