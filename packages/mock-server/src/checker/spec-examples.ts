import { readFileSync } from 'node:fs';
import { CaacMockSpecError } from '../errors.js';
import { bundledSpecPath } from '../spec/bundled-spec.js';

/** A named request example from the spec. */
export interface NamedExample {
  readonly name: string;
  readonly value: unknown;
}

/**
 * The request examples of `POST /ai-agent` in the bundled AI agent spec (`conversation`,
 * `healthCheck`, …), with internal `$ref`s resolved. These are what the checker sends first,
 * so the spec's own examples are proven against a real agent.
 *
 * @example
 * agentRequestExamples().map((e) => e.name); // ['conversation', 'healthCheck']
 */
export function agentRequestExamples(specPath = bundledSpecPath('ai-agent')): NamedExample[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(specPath, 'utf8'));
  } catch (error) {
    throw new CaacMockSpecError(
      `cannot read the AI agent spec at ${specPath} (run "pnpm generate" in the repo): ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
  const examples = at(document, [
    'paths',
    '/ai-agent',
    'post',
    'requestBody',
    'content',
    'application/json',
    'examples',
  ]);
  if (!isRecord(examples)) return [];
  return Object.entries(examples).flatMap(([name, example]) => {
    const resolved = resolveRef(document, example);
    return isRecord(resolved) && 'value' in resolved ? [{ name, value: resolved.value }] : [];
  });
}

function resolveRef(document: unknown, node: unknown, depth = 0): unknown {
  if (depth > 10 || !isRecord(node) || typeof node.$ref !== 'string') return node;
  if (!node.$ref.startsWith('#/')) return node;
  const pointer = node.$ref
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~'));
  return resolveRef(document, at(document, pointer), depth + 1);
}

function at(node: unknown, path: readonly string[]): unknown {
  let current = node;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
