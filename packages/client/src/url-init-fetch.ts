/**
 * Marks a `fetch` option that, like the global `fetch`, also accepts `(url, init)`: the client then
 * calls it that way instead of building a `Request` for it. Custom functions without the mark keep
 * the documented contract of one `Request`. A registry symbol, so every copy of the package (ESM
 * and CJS builds, duplicated installs) agrees on it.
 * @example Object.defineProperty(myFetch, TAKES_URL_AND_INIT, { value: true });
 */
export const TAKES_URL_AND_INIT: unique symbol = Symbol.for('@caac/client.takes-url-and-init');

/**
 * Whether `fetch` may be called as `fetch(url, init)`: the global `fetch`, or one marked with
 * `TAKES_URL_AND_INIT`.
 * @example takesUrlAndInit(globalThis.fetch) // → true
 */
export function takesUrlAndInit(fetch: object): boolean {
  return fetch === globalThis.fetch || TAKES_URL_AND_INIT in fetch;
}
