import { readFileSync } from 'node:fs';
import { type OperationId, CAAC_OPERATIONS as operations } from '@caac/client';
import { bundledSpecPath } from '@caac/mock-server';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SPEC_ID = 'caac.openapi.json';
const spec = JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>;
};
// JSON Schema 2020-12 is OpenAPI 3.1's dialect; strict off for the OpenAPI keywords around it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, SPEC_ID);

const pointer = (...segments: string[]) =>
  segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Checks a value the client returned against the JSON schema the spec declares for the
 * operation's answer: the mode-independent half of a contract test.
 * @example expectSpecAnswer('listTags', await client.tags.list());
 */
export function expectSpecAnswer(id: OperationId, value: unknown, status?: number): void {
  const { method, path, successStatus } = operations[id];
  const code = String(status ?? successStatus);
  const response = spec.paths[path]?.[method.toLowerCase()]?.responses[code];
  if (!response) throw new Error(`spec declares no ${code} answer for ${id}`);
  // Shared answers (the errors) live in components.responses.
  const base =
    response.$ref ?? `#/${pointer('paths', path, method.toLowerCase(), 'responses', code)}`;
  const validate = ajv.getSchema(`${SPEC_ID}${base}/content/application~1json/schema`);
  if (!validate) throw new Error(`spec declares no JSON schema for ${id} ${code}`);
  if (validate(value)) return;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new Error(`the ${id} ${code} answer breaks the spec: ${problems.join('; ')}`);
}
