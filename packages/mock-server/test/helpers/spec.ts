import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '../../src/spec/bundled-spec.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let document: Json | undefined;

/** The bundled CAAC spec, parsed once per test file. */
function caacSpec(): Json {
  document ??= JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as Json;
  return document;
}

/**
 * A named response example of the bundled spec, with internal `$ref`s followed, so tests compare
 * the mock's answers with the spec itself rather than with copies.
 *
 * @example
 * responseExample('/caac/v2/channels', 'get', '200', 'lastPage');
 */
export function responseExample(path: string, method: string, status: string, name: string): Json {
  const spec = caacSpec();
  const response = deref(spec, at(spec, ['paths', path, method, 'responses', status]));
  const examples = at(response, ['content', 'application/json', 'examples']);
  const example = deref(spec, at(examples, [name]));
  const value = at(example, ['value']);
  if (value === undefined) throw new Error(`no example ${name} for ${method} ${path} ${status}`);
  return value;
}

function deref(spec: Json, node: Json | undefined): Json | undefined {
  if (node && typeof node === 'object' && !Array.isArray(node) && typeof node.$ref === 'string') {
    return deref(spec, at(spec, node.$ref.slice(2).split('/')));
  }
  return node;
}

function at(node: Json | undefined, path: readonly string[]): Json | undefined {
  let current = node;
  for (const key of path) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return current;
}
