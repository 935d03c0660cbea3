/**
 * The colour theme: the reader's choice (remembered in localStorage), unless the URL forces one
 * (?theme=, as embeds use). 'auto' follows the system setting. Once the page runs, the one place
 * that sets <html data-theme>; before, the inline script in src/app.html (scripts/theme-boot.js)
 * sets it as this will, so that the first paint has the theme (e2e/theme.e2e.ts checks that
 * hydration never changes what it set).
 */
import type { Theme } from './options.ts';

/** Where the reader's choice is remembered (localStorage); the inline script reads it too. */
export const THEME_KEY = 'dateline:theme';
const ORDER: Theme[] = ['auto', 'light', 'dark'];

function stored(): Theme {
	try {
		const v = localStorage.getItem(THEME_KEY);
		return v === 'light' || v === 'dark' ? v : 'auto';
	} catch {
		return 'auto';
	}
}

/**
 * The theme a page's URL forces: `?theme=light` or `dark`. `auto`, or a value parseViewOptions
 * ignores (with a warning), forces none. The inline script reads the URL the same way.
 */
export function forcedTheme(params: URLSearchParams): Exclude<Theme, 'auto'> | null {
	const value = params.get('theme');
	return value === 'light' || value === 'dark' ? value : null;
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
			if (this.choice === 'auto') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, this.choice);
		} catch {
			// private mode: the choice lasts for this page only
		}
	};

	/** Sets <html data-theme>, unless it is set so already (as the inline script sets it before the first paint). */
	apply() {
		const root = document.documentElement;
		const value = this.effective === 'auto' ? undefined : this.effective;
		if (root.dataset.theme === value) return;
		if (value === undefined) delete root.dataset.theme;
		else root.dataset.theme = value;
	}
}

export const theme = new ThemeState();
