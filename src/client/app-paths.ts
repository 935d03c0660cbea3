/**
 * `$app/paths` for the pages' own client (see start.ts). The site is built without a base path (the build
 * step checks `kit.paths.base` is unset), so a path resolves to itself.
 */
export const base = '';

export function resolve(path: string): string {
	return base + path;
}
