// @ts-check
/**
 * Turns every platform operation of the bundled CAAC spec into an LLM tool definition (name,
 * description, JSON Schema input and output, tag, read-only and destructive flags), and compiles
 * each input schema into a standalone validator.
 *
 * Input schemas are self-contained (every `$ref` inlined, OpenAPI-only keys removed) because the
 * function-calling APIs that receive them (OpenAI, Anthropic, MCP clients) resolve no references
 * to a document they never see. Path, query and body fields share one flat object, the same flat
 * params object `@caac/client`'s resource methods take; a name used in two places fails here.
 *
 * Validators: ajv's standalone output, so nothing compiles code at run time (edge runtimes forbid
 * `new Function`). ajv emits `require()` for its few runtime helpers; they become ESM imports.
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Prefix of every tool name, so CAAC's tools stay apart from a partner's own tools. */
const NAME_PREFIX = 'caac_';
/** OpenAI, Anthropic and MCP clients all accept this pattern; 64 is the smallest limit among them. */
const NAME_PATTERN = /^[a-z0-9_]{1,64}$/;

/** JSON Schema keywords kept in tool schemas; everything else (OpenAPI's `example`, `x-*`, titles) is dropped. */
const KEPT = new Set([
  'type',
  'description',
  'enum',
  'const',
  'format',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
  'deprecated',
]);

/**
 * @typedef {Record<string, any>} Doc
 * @typedef {{
 *   name: string, operationId: string, method: string, path: string, tag: string,
 *   description: string, readOnly: boolean, destructive: boolean, idempotent: boolean,
 *   paginated: boolean, inputSchema: Record<string, unknown>,
 *   outputSchema: Record<string, unknown> | null, requestExamples: unknown[]
 * }} Tool
 */

/**
 * The snake_case tool name of an operationId.
 * @param {string} operationId
 * @example toolName('listChannelsV2') // → 'caac_list_channels_v2'
 */
export function toolName(operationId) {
  const snake = operationId.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return `${NAME_PREFIX}${snake}`;
}

/**
 * Every tool of the spec, in spec order, with names checked for length, pattern and uniqueness.
 * @param {Doc} doc bundled OpenAPI document
 * @returns {Tool[]}
 */
export function buildTools(doc) {
  /** @type {Tool[]} */
  const tools = [];
  const names = new Set();
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      const name = toolName(id);
      if (!NAME_PATTERN.test(name)) throw new Error(`tool name "${name}" breaks ${NAME_PATTERN}`);
      if (names.has(name)) throw new Error(`two operations map to the tool name "${name}"`);
      names.add(name);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        resolve(doc, p),
      );
      const upper = method.toUpperCase();
      const paginated = params.some((p) => p.in === 'query' && p.name === 'cursor');
      tools.push({
        name,
        operationId: id,
        method: upper,
        path: route,
        tag: op.tags?.[0] ?? '',
        description: describe(op, paginated),
        readOnly: upper === 'GET',
        // DELETE removes; PUT and PATCH overwrite what was there. POST only adds or triggers.
        destructive: upper === 'DELETE' || upper === 'PUT' || upper === 'PATCH',
        idempotent: upper !== 'POST',
        paginated,
        inputSchema: inputSchema(doc, `${upper} ${route}`, params, op.requestBody),
        outputSchema: outputSchema(doc, op),
        requestExamples: requestExamples(doc, op),
      });
    }
  }
  return tools;
}

/**
 * @param {Doc} op
 * @param {boolean} paginated
 */
function describe(op, paginated) {
  const summary = String(op.summary ?? '').trim();
  const text = String(op.description ?? '').trim();
  const parts = [];
  if (summary && !text.toLowerCase().startsWith(summary.toLowerCase())) parts.push(`${summary}.`);
  if (text) parts.push(/[.!?]$/.test(text) ? text : `${text}.`);
  if (paginated) {
    parts.push(
      'Returns one page; to read the next one, call again with `cursor` set to the `cursor.next` of this page.',
    );
  }
  return parts.join(' ');
}

/**
 * @param {Doc} doc
 * @param {string} where
 * @param {Doc[]} params
 * @param {Doc | undefined} requestBody
 */
function inputSchema(doc, where, params, requestBody) {
  /** @type {Record<string, unknown>} */
  const properties = {};
  /** @type {string[]} */
  const required = [];
  const add = (
    /** @type {string} */ key,
    /** @type {unknown} */ schema,
    /** @type {boolean} */ isRequired,
  ) => {
    if (key in properties)
      throw new Error(`${where}: field "${key}" appears twice in the tool input`);
    properties[key] = schema;
    if (isRequired) required.push(key);
  };
  for (const p of params) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const schema = inline(doc, p.schema ?? {}, `${where} parameter ${p.name}`);
    if (p.description && !schema.description) schema.description = p.description;
    add(p.name, schema, p.in === 'path' || p.required === true);
  }
  if (requestBody) {
    const body = resolve(doc, requestBody);
    const media = body.content?.['application/json'];
    if (!media) throw new Error(`${where}: request body has no application/json content`);
    const schema = inline(doc, media.schema ?? {}, `${where} request body`);
    if (schema.type !== 'object' || !schema.properties) {
      throw new Error(
        `${where}: request body must be an object schema to merge into the tool input`,
      );
    }
    const bodyRequired = new Set(/** @type {string[]} */ (schema.required ?? []));
    for (const [key, value] of Object.entries(schema.properties)) {
      add(key, value, body.required !== false && bodyRequired.has(key));
    }
  }
  /** @type {Record<string, unknown>} */
  const result = { type: 'object', properties };
  if (required.length > 0) result.required = required;
  // Every field the model may send is listed; an unknown one is a mistake to report, not to drop.
  result.additionalProperties = false;
  return result;
}

/**
 * @param {Doc} doc
 * @param {Doc} op
 */
function outputSchema(doc, op) {
  const code = Object.keys(op.responses ?? {}).find((c) => /^2\d\d$/.test(c));
  if (!code) return null;
  const response = resolve(doc, op.responses[code]);
  const schema = response.content?.['application/json']?.schema;
  return schema ? inline(doc, schema, `${op.operationId} response ${code}`) : null;
}

/**
 * Request examples of the spec, as flat tool inputs (path parameter examples merged in), so tests
 * can prove each input schema accepts what the spec documents.
 * @param {Doc} doc
 * @param {Doc} op
 */
function requestExamples(doc, op) {
  if (!op.requestBody) return [];
  const media = resolve(doc, op.requestBody).content?.['application/json'] ?? {};
  const values = Object.values(media.examples ?? {}).map((e) => resolve(doc, e).value);
  if (media.example !== undefined) values.push(media.example);
  return values;
}

/**
 * A copy of `schema` with every `$ref` replaced by its target and only JSON Schema keywords kept.
 * @param {Doc} doc
 * @param {unknown} schema
 * @param {string} where
 * @param {string[]} [seen] refs being inlined, to refuse a cycle
 * @returns {Record<string, any>}
 */
function inline(doc, schema, where, seen = []) {
  if (!schema || typeof schema !== 'object') throw new Error(`${where}: schema is not an object`);
  const node = /** @type {Doc} */ (schema);
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) throw new Error(`${where}: recursive schema ${node.$ref}`);
    const target = inline(doc, resolve(doc, { $ref: node.$ref }), where, [...seen, node.$ref]);
    // Sibling keywords of a $ref (OpenAPI 3.1 allows a description next to it) win.
    const siblings = inline(doc, { ...node, $ref: undefined }, where, seen);
    return { ...target, ...siblings };
  }
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEPT.has(key) || value === undefined) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, inline(doc, v, `${where}.${k}`, seen)]),
      );
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = inline(doc, value, `${where}.${key}`, seen);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      out[key] = value.map((/** @type {unknown} */ v, /** @type {number} */ i) =>
        inline(doc, v, `${where}.${key}[${i}]`, seen),
      );
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

/**
 * @param {Doc} doc
 * @param {Doc} node
 * @returns {Doc}
 */
function resolve(doc, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  if (!node.$ref.startsWith('#/')) throw new Error(`unexpected external $ref ${node.$ref}`);
  let target = doc;
  for (const part of node.$ref.slice(2).split('/')) {
    target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolve(doc, target);
}

/**
 * TypeScript source of the tool table (no generated-file header; render.mjs prepends it).
 * @param {Doc} doc bundled OpenAPI document
 * @returns {string}
 */
export function renderToolDefinitions(doc) {
  const tools = buildTools(doc);
  const rows = tools.map(({ requestExamples: _examples, ...tool }) => `  ${JSON.stringify(tool)},`);
  return [
    "import type { CaacToolDefinition } from '../definition.js';",
    '',
    `/** Name of one of the ${tools.length} CAAC tools. */`,
    'export type CaacToolName =',
    ...tools.map((t, i) => `  | '${t.name}'${i === tools.length - 1 ? ';' : ''}`),
    '',
    `/** One tool per CAAC platform operation (${tools.length}), in the order of the spec. */`,
    'export const toolDefinitions: readonly CaacToolDefinition<CaacToolName>[] = [',
    ...rows,
    '];',
    '',
    '/** The request examples of the spec as tool inputs, by tool name (for tests and docs). */',
    'export const toolRequestExamples: Readonly<Record<CaacToolName, readonly unknown[]>> = {',
    ...tools.map((t) => `  ${t.name}: ${JSON.stringify(t.requestExamples)},`),
    '};',
    '',
  ].join('\n');
}

/**
 * TypeScript source of one standalone validator per tool input, keyed by tool name.
 * @param {Doc} doc bundled OpenAPI document
 * @returns {string}
 */
export function renderToolValidators(doc) {
  const tools = buildTools(doc);
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
  addFormats(ajv);
  for (const tool of tools) ajv.addSchema(tool.inputSchema, tool.name);
  const source = standaloneCode(ajv, Object.fromEntries(tools.map((t) => [t.name, t.name])));
  /** @type {Map<string, string>} module → local name */
  const modules = new Map();
  const body = source.replace(/^"use strict";/, '').replace(/require\("([^"]+)"\)/g, (_, mod) => {
    const file = mod.endsWith('.js') ? mod : `${mod}.js`;
    let local = modules.get(file);
    if (!local) {
      local = `runtime${modules.size}`;
      modules.set(file, local);
    }
    return local;
  });
  const imports = [...modules].map(([file, local]) => `import * as ${local}Module from '${file}';`);
  // ajv's runtime helpers are CommonJS with `__esModule`: Node's namespace import puts
  // module.exports under `default`, bundlers (esbuild, rollup) expose its exports directly.
  const locals = [...modules.values()].map(
    (local) =>
      `const ${local} = ${local}Module.default?.__esModule ? ${local}Module.default : ${local}Module;`,
  );
  return [
    '// @ts-nocheck: ajv standalone output (scripts/generators/tool-definitions.mjs); checked by the tests, not by tsc.',
    ...imports,
    ...locals,
    body,
    '',
  ].join('\n');
}
