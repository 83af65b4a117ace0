// publint and "Are the Types Wrong?" on the exact tarballs that get published. No rule is
// ignored and every level counts (suggestions too): the promise is that they report nothing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { run } from '../src/run.js';

const context = consumerContext();
const require = createRequire(import.meta.url);
// The CLI's `bin`, which its `exports` map does not expose.
const ATTW_BIN = 'dist/index.js';

describe.each(context.packages.map((pkg) => [pkg.name, pkg] as const))('%s', (_name, pkg) => {
  it('passes publint with nothing to report', async () => {
    const tarball = await readFile(pkg.tarball);
    const { messages, pkg: manifest } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength),
      },
      level: 'suggestion',
      strict: true,
    });
    const report = messages.map(
      (message) => `${message.type}: ${formatMessage(message, manifest)}`,
    );
    expect(report).toEqual([]);
  });

  it('passes attw (strict profile: node10, node16 CJS and ESM, bundler)', async () => {
    // attw's `--pack` runs `npm pack`, which would keep `workspace:` ranges; pnpm's tarball is
    // the file `changeset publish` uploads, so attw reads that one instead.
    const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), ATTW_BIN);
    const result = await run('node', [attw, pkg.tarball, '--format', 'ascii', '--no-color'], {
      cwd: context.workDir,
      timeoutMs: 60_000,
    });
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
  });
});
