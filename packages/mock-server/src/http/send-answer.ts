import type { ServerResponse } from 'node:http';
import type { EngineAnswer } from '../prism/engine.js';
import type { Violation } from '../prism/violations.js';
import { isJsonMediaType } from './media-type.js';

/** Prism's header for validation findings, kept so tools written for `prism mock` still work. */
const VIOLATIONS_HEADER = 'sl-violations';
const MAX_HEADER_LENGTH = 8 * 1024 - 100;

/**
 * Writes an engine answer to the response: headers as Prism produced them, the body serialised
 * for its media type, and Prism's `sl-violations` header when validation found anything.
 *
 * @example
 * sendAnswer(res, answer);
 */
export function sendAnswer(res: ServerResponse, answer: EngineAnswer): void {
  const headers: Record<string, string> = { ...answer.headers };
  const violations: Violation[] = [...answer.violations.request, ...answer.violations.response];
  if (violations.length > 0) headers[VIOLATIONS_HEADER] = violationsHeader(violations);
  const payload = serialize(answer, headers);
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(answer.status, headers);
  res.end(payload);
}

function serialize(answer: EngineAnswer, headers: Record<string, string>): string | undefined {
  const { body, status } = answer;
  if (body === undefined || status === 204 || status === 304) return undefined;
  const contentType = Object.entries(headers).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1];
  if (typeof body === 'string' && !isJsonMediaType(contentType)) return body;
  if (contentType === undefined) headers['content-type'] = 'application/json';
  return JSON.stringify(body);
}

function violationsHeader(violations: Violation[]): string {
  const value = JSON.stringify(violations);
  // Node rejects oversized header values; Prism truncates the same way.
  return value.length > MAX_HEADER_LENGTH
    ? `Too many violations! ${value.slice(0, MAX_HEADER_LENGTH)}`
    : value;
}
