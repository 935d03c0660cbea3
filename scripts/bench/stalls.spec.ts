import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedCpus, watchStalls, type StallWatch } from './stalls.ts';

describe('allowedCpus', () => {
	it('reads a CPU list, numbered as the machine numbers them', () => {
		expect(allowedCpus('0-1')).toEqual([0, 1]);
		expect(allowedCpus('2-3,8\n')).toEqual([2, 3, 8]);
		expect(allowedCpus('5')).toEqual([5]);
		expect(allowedCpus(null)).toBeNull();
		expect(allowedCpus('ff')).toBeNull();
	});
});

describe('watchStalls', () => {
	let watch: StallWatch;
	beforeAll(async () => {
		watch = await watchStalls();
	});
	afterAll(() => watch?.stop());

	it('notes the time a watcher could not run', async () => {
		expect(watch.pids).toHaveLength(watch.cpus);
		await watch.start();
		// Stopped for 150 ms, as a CPU the host takes away would hold it.
		const pid = watch.pids.at(-1)!;
		const from = Date.now();
		process.kill(pid, 'SIGSTOP');
		await new Promise((r) => setTimeout(r, 150));
		process.kill(pid, 'SIGCONT');
		await new Promise((r) => setTimeout(r, 50));
		const stalls = await watch.take();
		const cpu = watch.cpus - 1;
		const long = stalls.filter((s) => s.cpu === cpu && s.end - s.start >= 140);
		expect(long).toHaveLength(1);
		expect(long[0]!.start).toBeGreaterThanOrEqual(from - 50);
		// Not watching, nothing is noted: a watcher stopped now is not said to have stalled.
		process.kill(pid, 'SIGSTOP');
		await new Promise((r) => setTimeout(r, 150));
		process.kill(pid, 'SIGCONT');
		await watch.start();
		expect((await watch.take()).filter((s) => s.end - s.start >= 140)).toEqual([]);
	});
});
