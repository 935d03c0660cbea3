/** `$app/environment` for the embed client (see main.ts): it runs only in browsers, built for production. */
export const browser = true;
export const dev = false;
export const building = false;
