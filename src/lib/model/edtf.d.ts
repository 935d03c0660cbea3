// The `edtf` package ships no types; these cover the two functions the model uses.
declare module 'edtf' {
	/** Parses an EDTF string into its syntax tree; throws on invalid input. */
	export function parse(input: string): { type: string; level: number; values: unknown[] } & Record<string, unknown>;
	/** An EDTF value with UTC bounds: `min` and `max` (inclusive, ms; Infinity/null for open ends). */
	export default function edtf(input: string): { min: number; max: number };
}
