// @ts-check
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** OpenAPI 3.1 annotations that are not JSON Schema vocabulary but may sit inside schemas. */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-caac-inferred'];

/**
 * @typedef {{ where: string, schema: Record<string, unknown>, example: unknown }} ExampleCase
 */

/**
 * Collects every example a document declares for a request body, response or parameter,
 * with the schema it must satisfy. `$ref`s to components.examples are followed.
 * @param {Record<string, any>} doc bundled OpenAPI 3.1 document
 * @returns {ExampleCase[]}
 */
export function collectExamples(doc) {
  /** @type {ExampleCase[]} */
  const cases = [];
  /** @param {string} where @param {Record<string, any> | undefined} content */
  const fromContent = (where, content) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      if (!media.schema) continue;
      if ('example' in media)
        cases.push({
          where: `${where} ${mediaType} example`,
          schema: media.schema,
          example: media.example,
        });
      for (const [name, ex] of Object.entries(media.examples ?? {})) {
        const resolved = resolveRef(doc, ex);
        if ('value' in resolved)
          cases.push({
            where: `${where} ${mediaType} examples.${name}`,
            schema: media.schema,
            example: resolved.value,
          });
      }
    }
  };
  /** @param {string} where @param {Record<string, any>} op */
  const fromOperation = (where, op) => {
    for (const raw of op.parameters ?? []) {
      const param = resolveRef(doc, raw);
      if (!param.schema) continue;
      if ('example' in param)
        cases.push({
          where: `${where} parameter ${param.name}`,
          schema: param.schema,
          example: param.example,
        });
      for (const [name, ex] of Object.entries(param.examples ?? {})) {
        cases.push({
          where: `${where} parameter ${param.name} examples.${name}`,
          schema: param.schema,
          example: resolveRef(doc, ex).value,
        });
      }
    }
    if (op.requestBody)
      fromContent(`${where} requestBody`, resolveRef(doc, op.requestBody).content);
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      fromContent(`${where} response ${status}`, resolveRef(doc, raw).content);
    }
  };
  for (const group of ['paths', 'webhooks']) {
    for (const [route, item] of Object.entries(doc[group] ?? {})) {
      for (const [method, op] of Object.entries(item)) {
        if (typeof op === 'object' && op && 'responses' in op)
          fromOperation(`${method.toUpperCase()} ${route}`, op);
      }
    }
  }
  return cases;
}

/**
 * Builds a strict Ajv (JSON Schema 2020-12, formats on) that knows the document's component schemas.
 * @param {Record<string, any>} doc
 * @returns {(schema: Record<string, unknown>, value: unknown) => string[]} problems, empty when valid
 */
export function createExampleValidator(doc) {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    strictRequired: false,
  });
  addFormats.default(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword(keyword);
  const components = rewriteRefs(doc.components?.schemas ?? {});
  ajv.addSchema({ $id: 'urn:caac:components', $defs: components });
  return (schema, value) => {
    const validate = ajv.compile({ $id: `urn:caac:case:${Math.random()}`, ...rewriteRefs(schema) });
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    );
  };
}

/** @param {unknown} node @returns {any} */
function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? `urn:caac:components#/$defs/${value.slice('#/components/schemas/'.length)}`
        : rewriteRefs(value);
  }
  return out;
}

/** @param {Record<string, any>} doc @param {Record<string, any>} node @returns {Record<string, any>} */
function resolveRef(doc, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  let target = doc;
  for (const part of node.$ref.replace(/^#\//, '').split('/')) target = target?.[part];
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolveRef(doc, target);
}
