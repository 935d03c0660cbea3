/**
 * The colour theme: the reader's choice (remembered in localStorage), unless the URL forces one
 * (?theme=, as embeds use). 'auto' follows the system setting. The one place that sets
 * <html data-theme>.
 */
import type { Theme } from './options.ts';

const KEY = 'dateline:theme';
const ORDER: Theme[] = ['auto', 'light', 'dark'];

function stored(): Theme {
	try {
		const v = localStorage.getItem(KEY);
		return v === 'light' || v === 'dark' ? v : 'auto';
	} catch {
		return 'auto';
	}
}

export class ThemeState {
	choice = $state<Theme>('auto');
	/** Set from the URL; wins over the reader's choice while present. */
	forced = $state<Theme | null>(null);
	readonly effective = $derived(this.forced ?? this.choice);

	load() {
		this.choice = stored();
	}

	/** Auto → light → dark → auto, remembered. */
	next = () => {
		this.choice = ORDER[(ORDER.indexOf(this.choice) + 1) % ORDER.length]!;
		try {
			if (this.choice === 'auto') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, this.choice);
		} catch {
			// private mode: the choice lasts for this page only
		}
	};

	apply() {
		if (this.effective === 'auto') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.effective;
	}
}

export const theme = new ThemeState();
