// Every ```ts block in every Markdown file compiles under `strict` against the built workspace
// packages (their published .d.ts, resolved through each package's `exports`), as a partner who
// copies it would compile it.
//
// A snippet that uses names it does not define (an `app`, a `request` from around it) declares them
// in a hidden preamble, an HTML comment right above its fence, which compiles in front of it:
//
//   <!-- ts-preamble
//   declare const request: Request;
//   -->
//   ```ts
//   const answer = await handler(request);
//   ```
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const PACKAGES = ['client', 'ai-agent', 'ai-agent-types', 'mock-server', 'tools', 'mcp'];

/** @returns {{ file: string, line: number, code: string, preamble: string }[]} */
export function extractSnippets(file, text) {
  const snippets = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    let preamble = '';
    // Only a preamble directly above this fence (nothing but blank lines between them) counts.
    const above = lines.slice(0, i).join('\n');
    const last = above.slice(above.lastIndexOf('<!-- ts-preamble'));
    const hidden = /^<!-- ts-preamble\n((?:(?!-->)[\s\S])*)-->\s*$/.exec(last);
    if (hidden) preamble = hidden[1];
    snippets.push({ file, line: start + 1, code: lines.slice(start, end).join('\n'), preamble });
    i = end;
  }
  return snippets;
}

/** `paths` for every export of every workspace package, pointing at its built declarations. */
function workspacePaths() {
  /** @type {Record<string, string[]>} */
  const paths = {};
  for (const dir of PACKAGES) {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'),
    );
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types = typeof target === 'object' ? (target.import?.types ?? target.types) : undefined;
      if (!types) continue;
      paths[path.posix.join(manifest.name, subpath)] = [path.join(root, 'packages', dir, types)];
    }
  }
  return paths;
}

const tracked = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const snippets = tracked.flatMap((file) =>
  extractSnippets(file, readFileSync(path.join(root, file), 'utf8')),
);

describe('TypeScript snippets in the docs', () => {
  /** @type {Map<string, string[]>} */
  const problems = new Map();
  const virtualName = (s) =>
    path.join(root, '.readme-snippets', `${s.file.replaceAll('/', '__')}__L${s.line}.ts`);

  beforeAll(() => {
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules/@types')],
      baseUrl: root,
      paths: workspacePaths(),
    };
    /** @type {Map<string, string>} */
    const files = new Map();
    for (const s of snippets) {
      // `export {}` makes each snippet its own module (top-level await, no shared names).
      files.set(virtualName(s), `${s.preamble}\n${s.code}\nexport {};\n`);
    }
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, version, ...rest) =>
      files.has(name)
        ? ts.createSourceFile(name, /** @type {string} */ (files.get(name)), version, true)
        : getSourceFile(name, version, ...rest);
    const program = ts.createProgram([...files.keys()], options, host);
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const name = diagnostic.file?.fileName ?? '(global)';
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      let where = name;
      if (diagnostic.file && diagnostic.start !== undefined) {
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        where = `snippet line ${line + 1}`;
      }
      problems.set(name, [
        ...(problems.get(name) ?? []),
        `${where}: TS${diagnostic.code} ${message}`,
      ]);
    }
  }, 180_000);

  it('finds the snippets (guards the extraction itself)', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(snippets.map((s) => s.file)).toEqual(
      expect.arrayContaining(['README.md', 'packages/client/README.md']),
    );
  });

  it('reads a hidden preamble only when it sits right above the fence', () => {
    const far = extractSnippets(
      'x.md',
      '<!-- ts-preamble\nlet a = 1;\n-->\ntext\n```ts\na;\n```\n',
    );
    expect(far[0]?.preamble).toBe('');

    const [s] = extractSnippets(
      'x.md',
      'text\n<!-- ts-preamble\ndeclare const a: number;\n-->\n```ts\na + 1;\n```\n',
    );
    expect(s).toEqual({
      file: 'x.md',
      line: 6,
      code: 'a + 1;',
      preamble: 'declare const a: number;\n',
    });
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s]))('%s compiles under strict', (_, s) => {
    expect(problems.get(virtualName(s)) ?? []).toEqual([]);
  });

  it('leaves no error outside the snippets (a broken declaration they all import)', () => {
    const outside = [...problems.entries()].filter(([name]) => !name.includes('.readme-snippets'));
    expect(outside).toEqual([]);
  });
});
