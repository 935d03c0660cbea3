/**
 * Watches for stalls of the machine itself while the bench measures frames (issue 6's worst frame):
 * one small process per CPU, pinned to it (taskset, where there is one) and at the highest priority
 * the bench may give it, that sleeps a millisecond at a time and notes each time it woke late. Such
 * a process needs almost no CPU, so when it is held back for tens of milliseconds, nothing the
 * browser did could have run on that CPU either (a shared machine's host running something else, for
 * instance). A slow frame with no stall of a watcher beside it is the browser's or the page's own.
 * The arithmetic is in stats.ts (stalledWithin), with its tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import type { Stall } from './stats.ts';

/** A watcher woken this much later than asked (ms) notes a stall. */
export const STALL_MS = 5;

// While watching, sleeps 1 ms at a time (Atomics.wait, no timers), and a wake more than STALL_MS
// after the last one is a stall; otherwise it sleeps 20 ms at a time and notes nothing. 'watch'
// starts (answered once it has), 'take' stops and answers with what it noted; it leaves when the
// bench goes.
const WATCHER = `
const cell = new Int32Array(new SharedArrayBuffer(4));
const cpu = Number(process.argv[1]);
const now = () => performance.timeOrigin + performance.now();
let watching = false;
let stalls = [];
let last = 0;
process.on('message', (m) => {
	if (m === 'watch') {
		watching = true;
		stalls = [];
		last = now();
		process.send('watching');
	} else {
		watching = false;
		process.send(stalls);
		stalls = [];
	}
});
process.on('disconnect', () => process.exit(0));
(function watch() {
	if (!watching) Atomics.wait(cell, 0, 0, 20);
	else
		for (let i = 0; i < 50; i++) {
			Atomics.wait(cell, 0, 0, 1);
			const t = now();
			if (t - last > ${STALL_MS}) stalls.push({ cpu, start: last, end: t });
			last = t;
		}
	setImmediate(watch);
})();
process.send('ready');
`;

export interface StallWatch {
	/** How the watchers run, for the bench's log. */
	readonly how: string;
	/** How many watchers there are (one per CPU when pinned). */
	readonly cpus: number;
	/** The watchers' process ids, in CPU order. */
	readonly pids: readonly number[];
	/** Starts watching (the watchers rest otherwise, so as not to wake the machine for nothing). */
	start(): Promise<void>;
	/** Stops watching: the stalls noted since start (times in ms since the epoch, as the page's are). */
	take(): Promise<Stall[]>;
	stop(): void;
}

export async function watchStalls(): Promise<StallWatch> {
	const pin = existsSync('/usr/bin/taskset');
	const cpus = pin ? availableParallelism() : 1;
	const children: ChildProcess[] = [];
	let raised = 0;
	for (let cpu = 0; cpu < cpus; cpu++) {
		const args = ['-e', WATCHER, String(cpu)];
		const child = pin
			? spawn('/usr/bin/taskset', ['-c', String(cpu), process.execPath, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
			: spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
		children.push(child);
		await new Promise<void>((resolve, reject) => {
			child.once('message', () => resolve());
			child.once('error', reject);
			child.once('exit', (code) => reject(new Error(`a stall watcher exited (${code}) before it started`)));
		});
		try {
			setPriority(child.pid!, -20);
			raised++;
		} catch {
			// Not allowed (not root): the watchers run at the bench's own priority.
		}
	}
	const how = `${cpus} stall watcher${cpus === 1 ? '' : 's'}${pin ? ', one pinned to each CPU' : ' (no taskset: not pinned)'}, ${raised === cpus ? 'at priority -20' : 'at normal priority (no permission to raise it)'}`;
	const ask = <T>(child: ChildProcess, message: 'watch' | 'take') =>
		new Promise<T>((resolve) => {
			child.once('message', (m) => resolve(m as T));
			child.send(message);
		});
	return {
		how,
		cpus,
		pids: children.map((c) => c.pid!),
		start: async () => {
			await Promise.all(children.map((c) => ask<string>(c, 'watch')));
		},
		take: async () => (await Promise.all(children.map((c) => ask<Stall[]>(c, 'take')))).flat(),
		stop: () => children.forEach((c) => c.kill('SIGKILL'))
	};
}
