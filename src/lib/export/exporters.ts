/**
 * Everything the Export menu runs, as one module that the page loads when one of its entries is
 * first chosen (a dynamic import in ExportMenu.svelte), not with the page: about 8 KB of the /t
 * page's script before gzip that no first render needs.
 */
export { captureLegend, captureSvg, resolveColour, saveFile, svgToPng } from './capture.ts';
export { CSV_BOM, eventsCsv } from './csv.ts';
export { eventsIcs } from './ics.ts';
export { pictureSvg } from './svg.ts';
