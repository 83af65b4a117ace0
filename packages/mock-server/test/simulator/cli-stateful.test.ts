import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { memoryIo } from '../helpers/cli-io.js';
import { call } from '../helpers/http.js';

describe('caac-mock serve --stateful', () => {
  it('serves from the seed file, remembers writes and says it is stateful', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caac-cli-sim-'));
    const seedFile = path.join(dir, 'org.json');
    writeFileSync(seedFile, JSON.stringify({ tags: [{ id: 1, name: 'from-file' }] }));
    const cli = memoryIo();
    const exit = runCli(
      ['serve', '--port', '0', '--stateful', '--seed-file', seedFile, '--quiet'],
      cli.io,
    );
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/[\d.:]+) \(stateful/);
    const headers = { apikey: 'cli-key', 'content-type': 'application/json' };
    const created = await call(url, '/caac/v1/tags', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'two' }),
    });
    expect(created.status).toBe(200);
    const listed = await call(url, '/caac/v1/tags', { headers });
    expect((listed.body as { tags: { name: string }[] }).tags.map((t) => t.name)).toEqual([
      'from-file',
      'two',
    ]);
    cli.stop();
    expect(await exit).toBe(0);
  });

  it('exits 1 naming every problem of a bad seed file, 2 for --seed-file without --stateful', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caac-cli-sim-'));
    const seedFile = path.join(dir, 'bad.yaml');
    writeFileSync(seedFile, 'tags:\n  - { id: 0, name: a }\n  - { id: 2 }\n');
    const bad = memoryIo();
    expect(
      await runCli(['serve', '--port', '0', '--stateful', '--seed-file', seedFile], bad.io),
    ).toBe(1);
    expect(bad.stderr()).toContain('/tags/0/id: must be >= 1');
    expect(bad.stderr()).toContain("/tags/1: must have required property 'name'");
    const usage = memoryIo();
    expect(await runCli(['serve', '--seed-file', seedFile], usage.io)).toBe(2);
    expect(usage.stderr()).toContain('--seed-file and --state-file need --stateful');
  });
});
