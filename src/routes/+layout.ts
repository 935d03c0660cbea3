// Every page is prerendered to plain static files (adapter-static).
export const prerender = true;
export const trailingSlash = 'never';
