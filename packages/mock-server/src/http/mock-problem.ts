import type { EngineAnswer } from '../prism/engine.js';

const DOCS = 'https://github.com/cresclab/caac-sdk/tree/main/packages/mock-server#scenario-headers';

/**
 * An RFC 7807 problem document for a mistake in using the mock itself (a malformed control
 * header, an oversized body), kept apart from the spec's Error format on purpose: it is the
 * mock talking, not the CAAC API.
 *
 * @example
 * mockProblem(422, 'Invalid mock control', 'x-caac-mock-delay: delay must be whole milliseconds, got "soon"');
 */
export function mockProblem(status: number, title: string, detail: string): EngineAnswer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: DOCS, title, status, detail },
    fromPrism: true,
    violations: { request: [], response: [] },
  };
}
