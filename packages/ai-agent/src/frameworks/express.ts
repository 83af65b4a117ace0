import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyResult } from '../core.js';
import { createCore } from '../core.js';
import { type NodeBodySource, serveCore } from '../node/serve-core.js';
import { type AiAgentHandlerOptions, resolveOptions } from '../options.js';

type Next = (error?: unknown) => void;

/**
 * The agent for Express 4 and 5: a request handler and an error handler, mounted together with
 * `app.use(path, agent)`. The error handler answers the failures of a body parser that ran first
 * (`express.json()` refusing malformed JSON or a body over its limit) with the kit's JSON errors,
 * after the same token check, instead of Express's HTML error page.
 */
export type ExpressAiAgent = [
  (req: IncomingMessage, res: ServerResponse, next: Next) => Promise<void>,
  (error: unknown, req: IncomingMessage, res: ServerResponse, next: Next) => Promise<void>,
];

/**
 * Creates the agent endpoint for Express (4 or 5), in front of or behind the app's body parsers.
 * Mount it with `app.use` (not `app.post`: Express skips routes while an error is pending, so a
 * body parser's error would never reach it). Before `express.json()` it reads the body itself, up
 * to `maxBodyBytes`; behind it, it takes the parsed body, and a body the parser refused gets the
 * kit's JSON answer (401 first when the token is wrong).
 *
 * @example
 * import express from 'express';
 * import { createExpressAiAgent } from '@caac/ai-agent/node';
 *
 * const app = express();
 * app.use('/ai-agent', createExpressAiAgent({ token: process.env.CAAC_AGENT_TOKEN, reply }));
 * app.use(express.json()); // the rest of the app
 */
export function createExpressAiAgent(options: AiAgentHandlerOptions): ExpressAiAgent {
  const core = createCore(resolveOptions(options));
  return [
    async function caacAiAgent(req, res) {
      await serveCore(core, req, res);
    },
    async function caacAiAgentBodyError(error, req, res, next) {
      const body = bodyParserFailure(error);
      if (!body) return next(error);
      await serveCore(core, req, res, body);
    },
  ];
}

/**
 * What a body-parser error (Express's json/raw/text/urlencoded, 4 and 5) says about the body, or
 * undefined for any other error. Its `type` names the failure; a JSON parse error carries the text.
 */
function bodyParserFailure(error: unknown): NodeBodySource | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, body, limit } = error as { type?: unknown; body?: unknown; limit?: unknown };
  if (typeof type !== 'string') return undefined;
  const failed = (reason: Exclude<BodyResult, { ok: true }>['reason'], refusedBy?: string) =>
    ({
      kind: 'failed',
      result: { ok: false, reason, ...(refusedBy ? { refusedBy } : {}) },
    }) as const;
  switch (type) {
    // The core parses the text again, so the answer is exactly the Web handler's.
    case 'entity.parse.failed':
      return typeof body === 'string' ? { kind: 'parsed', value: body } : failed('unreadable');
    case 'entity.too.large':
      return failed('too-large', `the body parser before the agent (limit ${String(limit)} bytes)`);
    case 'request.aborted':
      return failed('aborted');
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'entity.verify.failed':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return failed('unreadable');
    default:
      return undefined;
  }
}
