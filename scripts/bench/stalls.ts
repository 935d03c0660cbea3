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
import { existsSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
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

/**
 * The CPUs this process may run on, from a Linux `Cpus_allowed_list` such as "0-3,8" (a container
 * may be given CPUs that are not numbered from 0); null when there is none to read.
 */
export function allowedCpus(list: string | null): number[] | null {
	if (!list || !/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(list.trim())) return null;
	return list
		.trim()
		.split(',')
		.flatMap((part) => {
			const [a, b = a] = part.split('-').map(Number) as [number, number?];
			return Array.from({ length: b! - a + 1 }, (_, k) => a + k);
		});
}

function cpusAllowedList(): string | null {
	try {
		return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? null;
	} catch {
		return null;
	}
}

export async function watchStalls(): Promise<StallWatch> {
	const allowed = existsSync('/usr/bin/taskset') ? allowedCpus(cpusAllowedList()) : null;
	const pin = allowed !== null;
	// Without taskset (or a list to read), one watcher, not pinned: its stalls are the machine's.
	const ids = allowed ?? [-1];
	const cpus = ids.length;
	const children: ChildProcess[] = [];
	let raised = 0;
	const started = async (child: ChildProcess) => {
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
	};
	for (let cpu = 0; cpu < cpus; cpu++) {
		const args = ['-e', WATCHER, String(cpu)];
		const child = pin
			? spawn('/usr/bin/taskset', ['-c', String(ids[cpu]), process.execPath, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
			: spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
		children.push(child);
		try {
			await started(child);
		} catch (e) {
			// None left running: the bench goes on without them.
			children.forEach((c) => c.kill('SIGKILL'));
			throw e;
		}
	}
	const how = `${cpus} stall watcher${cpus === 1 ? '' : 's'}${pin ? ', one pinned to each CPU' : ' (not pinned: no taskset or no list of CPUs)'}, ${raised === cpus ? 'at priority -20' : 'at normal priority (no permission to raise it)'}`;
	const ask = <T>(child: ChildProcess, message: 'watch' | 'take') =>
		new Promise<T>((resolve, reject) => {
			if (child.exitCode !== null || child.signalCode !== null) return reject(new Error('a stall watcher has exited'));
			const gone = () => reject(new Error('a stall watcher exited'));
			child.once('exit', gone);
			child.once('message', (m) => {
				child.off('exit', gone);
				resolve(m as T);
			});
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
