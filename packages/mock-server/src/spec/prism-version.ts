import { createRequire } from 'node:module';

let cached: string | undefined;

/**
 * Version of the `@stoplight/prism-http` this package runs. Operations prepared at build time
 * are Prism's own transform of the spec, so they only fit the Prism version that made them.
 *
 * @example
 * prismHttpVersion(); // '5.12.0'
 */
export function prismHttpVersion(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const manifest = require('@stoplight/prism-http/package.json') as { version: string };
  cached = manifest.version;
  return cached;
}
