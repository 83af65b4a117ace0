// What partners read: every README and doc in the repo, and the READMEs npm shows for each package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
const docs = tracked.filter((file) => file.endsWith('.md'));
const publishedReadmes = tracked.filter((file) => {
  if (!/^packages\/[^/]+\/README\.md$/.test(file)) return false;
  const manifest = JSON.parse(
    readFileSync(path.join(root, path.dirname(file), 'package.json'), 'utf8'),
  );
  return manifest.private !== true;
});

/** Every line of the file that matches, as `file:line: text`. */
function offending(file, pattern) {
  return readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('docs', () => {
  it('finds the docs and the published READMEs (guards the discovery itself)', () => {
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'packages/ai-agent/README.md']));
    expect(publishedReadmes).toEqual(
      expect.arrayContaining(['packages/client/README.md', 'packages/mock-server/README.md']),
    );
  });

  // Outside this workspace `npx caac-mock` fetches whatever npm has under that name (not ours) and
  // hands it the agent's token. The package must be named: `npx -p @caac/mock-server caac-mock`.
  it('never tells anyone to run the bare `npx caac-mock`', () => {
    const bare = /\bnpx\s+(?:--yes\s+|-y\s+)?caac-mock\b/;
    expect(docs.flatMap((file) => offending(file, bare))).toEqual([]);
  });

  // npm renders a package's README without the repository around it: a relative link is a 404 there.
  it('links only absolutely (or to an anchor) in every README npm shows', () => {
    const relative = /\]\((?!https?:\/\/|#|mailto:)[^)]+\)|(?:src|href)="(?!https?:\/\/|#)[^"]+"/;
    expect(publishedReadmes.flatMap((file) => offending(file, relative))).toEqual([]);
  });
});
