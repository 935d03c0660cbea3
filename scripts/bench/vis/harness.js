// Loads data-<n>.json (the benchmark's timeline as vis-timeline items, one group per party) and
// draws it; marks `timeline:rendered` a frame after vis-timeline's first draw, as Dateline does.
(async () => {
	const n = new URLSearchParams(location.search).get('n');
	const res = await fetch(`data-${n}.json`);
	const { items, groups } = await res.json();
	const vis = window.vis;
	// The whole timeline in view at first, as Dateline shows it.
	let min = Infinity;
	let max = -Infinity;
	for (const item of items) {
		min = Math.min(min, Date.parse(item.start));
		max = Math.max(max, Date.parse(item.end ?? item.start));
	}
	new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {
		height: '600px',
		start: new Date(min),
		end: new Date(max),
		onInitialDrawComplete: () => requestAnimationFrame(() => performance.mark('timeline:rendered'))
	});
})();
