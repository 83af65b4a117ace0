// @ts-check

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Emits a table of every operation (method, route, where each parameter goes, success status),
 * so hand-written code can stay table-driven instead of repeating the spec.
 * @param {Record<string, any>} doc bundled OpenAPI document
 * @returns {string}
 */
export function renderOperations(doc) {
  /** @type {string[]} */
  const rows = [];
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        resolve(doc, p),
      );
      const names = (/** @type {string} */ where) =>
        params.filter((p) => p.in === where).map((p) => p.name);
      const success = Object.keys(op.responses ?? {})
        .filter((code) => /^2\d\d$/.test(code))
        .map(Number);
      const meta = {
        method: method.toUpperCase(),
        path: route,
        tag: op.tags?.[0] ?? '',
        summary: op.summary ?? '',
        pathParams: names('path'),
        queryParams: names('query'),
        hasBody: Boolean(op.requestBody),
        successStatus: success[0] ?? 200,
      };
      rows.push(`  ${op.operationId}: ${JSON.stringify(meta)},`);
    }
  }
  return [
    '/** Every CAAC platform operation: HTTP method, route, parameter placement and success status. */',
    'export const operations = {',
    ...rows,
    '} as const;',
    '',
    '/** operationId of a CAAC platform operation. */',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
}

/**
 * @param {Record<string, any>} doc
 * @param {Record<string, any>} node
 * @returns {Record<string, any>}
 */
function resolve(doc, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  if (!node.$ref.startsWith('#/'))
    throw new Error(`unexpected external $ref ${node.$ref} in bundled spec`);
  let target = doc;
  for (const part of node.$ref.slice(2).split('/')) {
    target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolve(doc, target);
}
