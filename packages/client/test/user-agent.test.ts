import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../src/index.js';
import { clientWith, json } from './helpers.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client identification', () => {
  it('VERSION is the package version, inlined at build time', () => {
    expect(VERSION).toBe(version);
  });

  it('names package and version in x-caac-client and user-agent on servers', async () => {
    const { client, seen } = clientWith([json({ tags: [] })]);
    await client.tags.list();
    expect(seen[0]?.headers.get('x-caac-client')).toBe(`@caac/client/${version}`);
    expect(seen[0]?.headers.get('user-agent')).toBe(`@caac/client/${version}`);
  });

  it('leaves user-agent to the browser', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' });
    const { client, seen } = clientWith([json({ tags: [] })]);
    await client.tags.list();
    expect(seen[0]?.headers.get('x-caac-client')).toBe(`@caac/client/${version}`);
    expect(seen[0]?.headers.has('user-agent')).toBe(false);
  });

  it('a caller header can replace it (e.g. to add the app name)', async () => {
    const { client, seen } = clientWith([json({ tags: [] })], {
      headers: { 'user-agent': 'my-app/1.0' },
    });
    await client.tags.list();
    expect(seen[0]?.headers.get('user-agent')).toBe('my-app/1.0');
  });
});
