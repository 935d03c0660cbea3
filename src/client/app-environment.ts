/** `$app/environment` for the pages' own client (see start.ts): it runs only in browsers, built for production. */
export const browser = true;
export const dev = false;
export const building = false;
