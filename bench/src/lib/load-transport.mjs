// @ts-check
// The undici transport the client ships as `@caac/client/node-transport` (undici is its optional
// peer; the bench depends on undici itself).

/** @returns {Promise<typeof import('@caac/client/node-transport')>} */
export function loadNodeTransport() {
  return import('@caac/client/node-transport');
}
