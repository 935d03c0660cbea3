import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle.ts';

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('uses an idle callback with a deadline, and cancels it', () => {
		const calls: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback, opt?: IdleRequestOptions) => calls.push([cb, opt]));
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const fn = vi.fn();
		const cancel = whenIdle(fn, 500);
		expect(calls).toHaveLength(1);
		expect(calls[0]![1]).toEqual({ timeout: 500 });
		expect(fn).not.toHaveBeenCalled();
		calls[0]![0]({ didTimeout: false, timeRemaining: () => 10 });
		expect(fn).toHaveBeenCalledTimes(1);
		cancel();
		expect(cancelled).toEqual([1]);
	});

	it('falls back to a timer where there are no idle callbacks, and cancels that', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const fn = vi.fn();
		whenIdle(fn);
		vi.advanceTimersByTime(199);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(fn).toHaveBeenCalledTimes(1);
		const other = vi.fn();
		whenIdle(other)();
		vi.advanceTimersByTime(1000);
		expect(other).not.toHaveBeenCalled();
	});
});
