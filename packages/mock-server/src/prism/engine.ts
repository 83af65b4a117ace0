import type { IHttpConfig, IHttpRequest, IHttpResponse } from '@stoplight/prism-http';
import type { HttpMethod, IHttpOperation } from '@stoplight/types';
import { isLeft } from 'fp-ts/lib/Either.js';
import { loadPrism } from './load-prism.js';
import { memoizeOutputValidation } from './memo-output-validation.js';
import { OperationIndex } from './operation-index.js';
import { createResponseValidator } from './response-validator.js';
import { violationErrorBody } from './violation-error-body.js';
import { toViolations, type Violation } from './violations.js';

/** What the HTTP layer hands to Prism: one parsed request. */
export interface EngineRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Per-request choices, mostly from the `Prefer` header. */
export interface EngineChoice {
  readonly code?: number;
  readonly exampleKey?: string;
  readonly dynamic?: boolean;
  readonly seed?: string;
  /** Skip request validation and security: used for answers the mock decides itself (faults, 401). */
  readonly bypassRequestChecks?: boolean;
}

/** Prism's answer, flattened: either a response from the spec or a Prism problem document. */
export interface EngineAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** True when Prism itself produced the answer (application/problem+json), not the spec. */
  readonly fromPrism: boolean;
  readonly violations: { readonly request: Violation[]; readonly response: Violation[] };
}

export interface EngineOptions {
  readonly operations: readonly IHttpOperation[];
  readonly errors: boolean;
  readonly dynamic: boolean;
  readonly seed?: string;
}

interface ProblemLike {
  readonly name?: string;
  readonly message?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly additional?: { readonly headers?: Record<string, string> } & Record<string, unknown>;
}

/**
 * Prism as a function: routes, validates and mocks one request in-process, with logging off.
 *
 * @example
 * const engine = createEngine({ operations, errors: true, dynamic: false });
 * const answer = await engine.answer({ method: 'get', path: '/caac/v2/channels', query: {}, headers, body: null });
 */
export function createEngine(options: EngineOptions) {
  const prism = loadPrism();
  const logger = prism.createLogger('caac-mock', { level: 'silent' });
  const baseConfig: IHttpConfig = {
    isProxy: false,
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: options.errors,
    upstreamProxy: undefined,
    mock: {
      dynamic: options.dynamic,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
  };
  // Prism's own router, validators and mocker (createInstance's defaults); only `forward` is ours.
  const instance = prism.createInstance(baseConfig, {
    // This package never proxies; Prism only calls `forward` when `isProxy` is true.
    forward: () => () => async () => {
      throw new Error('proxying is not supported by @caac/mock-server');
    },
    logger,
  });
  const validateResponse = memoizeOutputValidation(createResponseValidator(prism, logger));
  const index = new OperationIndex(options.operations);
  const allOperations = [...options.operations];

  async function answer(request: EngineRequest, choice: EngineChoice = {}): Promise<EngineAnswer> {
    const operation = index.find(request.method, request.path);
    const input: IHttpRequest = {
      method: request.method.toLowerCase() as HttpMethod,
      url: { path: request.path, query: request.query },
      headers: request.headers,
      body: request.body,
    };
    // A fresh mock config per request: Prism's mocker writes `mediaTypes` into it.
    const config: IHttpConfig = {
      ...baseConfig,
      ...(choice.bypassRequestChecks ? { validateRequest: false, checkSecurity: false } : {}),
      mock: {
        ...baseConfig.mock,
        ...(choice.code === undefined ? {} : { code: choice.code }),
        ...(choice.exampleKey === undefined ? {} : { exampleKey: choice.exampleKey }),
        ...(choice.dynamic === undefined ? {} : { dynamic: choice.dynamic }),
        ...(choice.seed === undefined ? {} : { seed: choice.seed }),
      },
      // A request the index routes gets its response judged by the cached validator below;
      // anything else keeps Prism's own pipeline (it answers 404/405 there anyway).
      ...(operation ? { validateResponse: false } : {}),
    };
    const result = await instance.request(input, operation ? [operation] : allOperations, config)();
    if (isLeft(result)) return problemAnswer(result.left as ProblemLike, noViolations());

    const { output, validations } = result.right;
    const responseDiagnostics =
      operation && baseConfig.validateResponse
        ? await validateResponse(operation, output)
        : validations.output;
    const violations = {
      request: toViolations('request', validations.input),
      response: toViolations('response', responseDiagnostics),
    };
    const responseErrors = violations.response.filter((v) => v.severity === 'error');
    if (options.errors && responseErrors.length > 0) {
      return problemAnswer(
        {
          name: 'https://stoplight.io/prism/errors#VIOLATIONS',
          message: 'Request/Response not valid',
          status: 500,
          detail:
            'The response the spec produced is not valid against its own schema, and errors mode is on (so a drifted example fails loudly).',
          additional: { validation: responseErrors },
        },
        violations,
      );
    }
    // Unless the caller asked for a specific answer, describe the request's real problems.
    const explicit = choice.code !== undefined || choice.exampleKey !== undefined;
    const rejection = explicit
      ? undefined
      : violationErrorBody(output.statusCode, violations.request);
    const headers = stringHeaders(output);
    if (rejection) {
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === 'x-request-id') headers[name] = rejection.request_id;
      }
    }
    return {
      status: output.statusCode,
      headers,
      body: rejection ?? output.body,
      fromPrism: false,
      violations,
    };
  }

  return {
    /** The operations the engine serves. */
    operations: index.operations,
    /** The operation for a method and path, when one matches. */
    find: (method: string, path: string) => index.find(method, path),
    answer,
  };
}

/** The engine created by {@link createEngine}. */
export type Engine = ReturnType<typeof createEngine>;

function noViolations(): EngineAnswer['violations'] {
  return { request: [], response: [] };
}

function stringHeaders(output: IHttpResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(output.headers ?? {})) {
    // Prism copies header examples verbatim, so a numeric example (Retry-After: 30) arrives as a number.
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  return headers;
}

/** Prism's errors (no route, bad Prefer, violations) as an RFC 7807 problem document, as prism-cli answers. */
function problemAnswer(error: ProblemLike, violations: EngineAnswer['violations']): EngineAnswer {
  const status = error.status ?? 500;
  const { headers, ...additional } = error.additional ?? {};
  const type =
    error.name && error.name !== 'Error' ? error.name : 'https://stoplight.io/prism/errors#UNKNOWN';
  return {
    status,
    headers: { ...(headers ?? {}), 'content-type': 'application/problem+json' },
    body: {
      type,
      title: error.message ?? 'Error',
      status,
      detail: error.detail ?? '',
      ...additional,
    },
    fromPrism: true,
    violations,
  };
}
