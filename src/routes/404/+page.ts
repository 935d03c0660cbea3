// build/404.html: scripts/serve.js (and static hosts such as Netlify or Cloudflare Pages) serve it
// with status 404 at any path that is not a page. It is plain HTML: no script that could read the
// wrong URL as a route.
export const csr = false;
