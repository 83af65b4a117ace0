import { readFileSync } from 'node:fs';
import { type OperationId, CAAC_OPERATIONS as operations } from '@caac/client';
import { bundledSpecPath } from '@caac/mock-server';

interface MediaType {
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}
interface Response {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Spec {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: {
    examples?: Record<string, { value: unknown }>;
    responses?: Record<string, Response>;
  };
}

const spec = JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as Spec;

/**
 * The value of a documented example of an operation's response, as the mock serves it.
 * Without a name, the first example: the one Prism answers with by default.
 * @example responseExample('listTags') // { tags: [...] }
 */
export function responseExample(id: OperationId, status?: number, name?: string): unknown {
  const meta = operations[id];
  const code = String(status ?? meta.successStatus);
  let response = spec.paths[meta.path]?.[meta.method.toLowerCase()]?.responses[code];
  // Shared error responses live in components.responses.
  if (response?.$ref) response = spec.components.responses?.[lastSegment(response.$ref)];
  const examples = response?.content?.['application/json']?.examples ?? {};
  const key = name ?? Object.keys(examples)[0];
  const example = key === undefined ? undefined : examples[key];
  if (!example) throw new Error(`spec has no ${name ?? 'first'} example for ${id} ${code}`);
  if (example.$ref) {
    return spec.components.examples?.[lastSegment(example.$ref)]?.value;
  }
  return example.value;
}

function lastSegment(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}
