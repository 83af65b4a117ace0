import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliOptions } from '../src/cli/options.js';
import { BIN } from './support/caac-mcp-process.js';

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    input: '',
  });
}

describe('caac-mcp options', () => {
  it('reads every flag, splitting comma lists', () => {
    expect(
      parseCliOptions([
        '--transport',
        'http',
        '--port',
        '41601',
        '--region',
        'jp',
        '--read-only',
        '--tags',
        'Tags Management, Teams Management',
        '--tools',
        'caac_list_tags',
      ]),
    ).toMatchObject({
      transport: 'http',
      port: 41601,
      region: 'jp',
      readOnly: true,
      tags: ['Tags Management', 'Teams Management'],
      tools: ['caac_list_tags'],
    });
  });

  it('refuses mistakes with a message that names the flag', () => {
    expect(() => parseCliOptions(['--transport', 'sse'])).toThrow(
      /--transport must be stdio or http/,
    );
    expect(() => parseCliOptions(['--port', '70000'])).toThrow(
      /--port must be between 0 and 65535/,
    );
    expect(() => parseCliOptions(['--region', 'us'])).toThrow(/--region must be one of tw, th, jp/);
    expect(() => parseCliOptions(['--region', 'tw', '--base-url', 'http://x'])).toThrow(/not both/);
    expect(() => parseCliOptions(['--readonly'])).toThrow(/Unknown option '--readonly'/);
  });
});

describe('caac-mcp bin', () => {
  it('exits 2 with usage on an unknown tag, naming the valid ones', () => {
    const result = run(['--tags', 'Tag Management'], { CAAC_API_KEY: 'k' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown tag "tag management"');
    expect(result.stderr).toContain('Usage: caac-mcp');
    expect(result.stdout).toBe('');
  });

  it('exits 2 over stdio without CAAC_API_KEY', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('set CAAC_API_KEY');
  });

  it('prints help to stderr and exits 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('--read-only');
  });
});
