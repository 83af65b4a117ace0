import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '../../src/spec/bundled-spec.js';

type Node = Record<string, unknown>;

/** One documented response example, and a valid request that reaches its operation. */
export interface ExampleCase {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly body?: string;
  readonly status: string;
  readonly example: string;
}

/**
 * Every (operation, status, named example) of the bundled CAAC spec, each with a request built
 * from the spec's own parameter and body examples.
 *
 * @example
 * for (const c of exampleCases()) await fetch(url + c.url, { headers: { prefer: `code=${c.status}, example=${c.example}` } });
 */
export function exampleCases(): ExampleCase[] {
  const spec = JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as Node;
  const resolve = (node: unknown): Node => {
    let current = node as Node;
    while (typeof current?.$ref === 'string') {
      current = (current.$ref as string)
        .slice(2)
        .split('/')
        .reduce<unknown>((n, key) => (n as Node)[key], spec) as Node;
    }
    return current;
  };
  const cases: ExampleCase[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Node>)) {
    for (const method of ['get', 'post', 'patch', 'delete', 'put']) {
      const operation = item[method] as Node | undefined;
      if (!operation) continue;
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ].map(resolve);
      let url = path;
      const query: string[] = [];
      for (const parameter of parameters) {
        const value = String(parameter.example ?? 1);
        if (parameter.in === 'path') url = url.replace(`{${String(parameter.name)}}`, value);
        if (parameter.in === 'query' && parameter.required)
          query.push(`${String(parameter.name)}=${encodeURIComponent(value)}`);
      }
      if (query.length > 0) url += `?${query.join('&')}`;
      const requestBody = operation.requestBody ? resolve(operation.requestBody) : undefined;
      const bodyExamples = (requestBody?.content as Node | undefined)?.['application/json'] as
        | Node
        | undefined;
      const firstBody = Object.values((bodyExamples?.examples as Node | undefined) ?? {})[0];
      const body = firstBody === undefined ? undefined : JSON.stringify(resolve(firstBody).value);
      for (const [status, response] of Object.entries(operation.responses as Node)) {
        const content = (resolve(response).content as Node | undefined)?.['application/json'] as
          | Node
          | undefined;
        for (const example of Object.keys((content?.examples as Node | undefined) ?? {})) {
          cases.push({
            operationId: String(operation.operationId),
            method: method.toUpperCase(),
            url,
            ...(body === undefined ? {} : { body }),
            status,
            example,
          });
        }
      }
    }
  }
  return cases;
}
