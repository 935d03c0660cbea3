/*!
 * Dateline embed loader. On a host page:
 *   <div data-dateline="https://SITE/embed/<slug>?event=<id>"></div>
 *   <script async src="https://SITE/embed.js"></script>
 * turns each such div into a lazy iframe whose height follows its content. With the attribute
 * data-dateline-hash on the div, the selected event is mirrored into the host page's URL hash
 * (#dateline-<slug>=<event>) and restored from it on load, so one event can be shared.
 * Messages are accepted only from the loader's own iframes, from this script's origin, and only
 * in the documented shapes ({type:'dateline:resize',height} and {type:'dateline:select',event}).
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !window.URL) return;
	var ORIGIN = new URL(script.src, location.href).origin;
	var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var frames = [];

	function hashParams() {
		var out = {};
		location.hash
			.replace(/^#/, '')
			.split('&')
			.forEach(function (pair) {
				var i = pair.indexOf('=');
				if (i > 0) out[pair.slice(0, i)] = pair.slice(i + 1);
			});
		return out;
	}

	function writeHash(key, value) {
		var params = hashParams();
		if (value) params[key] = value;
		else delete params[key];
		var hash = Object.keys(params)
			.map(function (k) {
				return k + '=' + params[k];
			})
			.join('&');
		history.replaceState(history.state, '', location.pathname + location.search + (hash ? '#' + hash : ''));
	}

	function mount(div) {
		if (div.getAttribute('data-dateline-ready')) return;
		var url;
		try {
			url = new URL(div.getAttribute('data-dateline') || '', location.href);
		} catch (e) {
			url = null;
		}
		var match = url && url.origin === ORIGIN && /^\/embed\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(url.pathname);
		if (!match) {
			console.warn('Dateline: data-dateline must be a ' + ORIGIN + '/embed/<slug> URL; skipped', div);
			return;
		}
		div.setAttribute('data-dateline-ready', '1');
		var key = div.hasAttribute('data-dateline-hash') ? 'dateline-' + match[1] : null;
		if (key) {
			var wanted = hashParams()[key];
			if (wanted && ID.test(wanted)) url.searchParams.set('event', wanted);
		}
		var iframe = document.createElement('iframe');
		iframe.src = url.href;
		iframe.title = div.getAttribute('data-dateline-title') || 'Timeline';
		iframe.loading = 'lazy';
		iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
		iframe.style.cssText = 'display:block;width:100%;height:640px;border:0;';
		div.appendChild(iframe);
		frames.push({ iframe: iframe, key: key });
	}

	function onMessage(event) {
		if (event.origin !== ORIGIN) return;
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (event.source !== f.iframe.contentWindow) continue;
			var d = event.data;
			if (!d || typeof d !== 'object') return;
			if (d.type === 'dateline:resize' && typeof d.height === 'number' && isFinite(d.height) && d.height >= 0 && d.height <= 100000) {
				f.iframe.style.height = Math.ceil(d.height) + 'px';
			} else if (d.type === 'dateline:select' && f.key && (d.event === null || (typeof d.event === 'string' && ID.test(d.event)))) {
				writeHash(f.key, d.event);
			}
			return;
		}
	}

	window.addEventListener('message', onMessage);
	function scan() {
		var divs = document.querySelectorAll('div[data-dateline]');
		for (var i = 0; i < divs.length; i++) mount(divs[i]);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
