import type { IHttpOperation } from '@stoplight/types';

const RECENT_LIMIT = 1024;

interface CompiledRoute {
  readonly operation: IHttpOperation;
  readonly pattern: RegExp;
  /** Literal segments win over templated ones, as in Prism's router (`/teams/me` before `/teams/{id}`). */
  readonly literalSegments: number;
}

/**
 * Finds the operation for a method and path in O(operations of that method), without Prism's
 * per-request sort of every operation. When it finds nothing, callers hand the request to
 * Prism's full router so 404/405 answers keep Prism's wording.
 *
 * @example
 * const index = new OperationIndex(operations);
 * index.find('get', '/caac/v2/channels')?.iid; // 'listChannelsV2'
 */
export class OperationIndex {
  readonly #byMethod = new Map<string, CompiledRoute[]>();
  /** Recent lookups: the HTTP layer and the engine both ask for the same request's operation. */
  readonly #recent = new Map<string, IHttpOperation | null>();

  constructor(readonly operations: readonly IHttpOperation[]) {
    for (const operation of operations) {
      const method = operation.method.toLowerCase();
      const routes = this.#byMethod.get(method) ?? [];
      routes.push(compile(operation));
      routes.sort((a, b) => b.literalSegments - a.literalSegments);
      this.#byMethod.set(method, routes);
    }
  }

  /** The operation serving `method` + `path` (path without query), if any. */
  find(method: string, path: string): IHttpOperation | undefined {
    const key = `${method.toLowerCase()} ${path}`;
    const known = this.#recent.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = this.#match(method, path);
    if (this.#recent.size >= RECENT_LIMIT) this.#recent.clear();
    this.#recent.set(key, found ?? null);
    return found;
  }

  #match(method: string, path: string): IHttpOperation | undefined {
    const routes = this.#byMethod.get(method.toLowerCase());
    if (!routes) return undefined;
    for (const route of routes) {
      if (route.pattern.test(path)) return route.operation;
    }
    return undefined;
  }
}

function compile(operation: IHttpOperation): CompiledRoute {
  const segments = operation.path.split('/').slice(1);
  let literalSegments = 0;
  const source = segments
    .map((segment) => {
      if (!/{.+}/.test(segment)) {
        literalSegments += 1;
        return escapeRegExp(segment);
      }
      return segment
        .split(/({[^}]+})/)
        .map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part)))
        .join('');
    })
    .join('/');
  return { operation, pattern: new RegExp(`^/${source}$`), literalSegments };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
