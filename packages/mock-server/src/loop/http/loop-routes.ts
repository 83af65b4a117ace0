import type { IncomingMessage, ServerResponse } from 'node:http';
import { CaacMockError, CaacMockInputError } from '../../errors.js';
import type { Journal } from '../../journal/journal.js';
import { CaacMockSimulatorError } from '../../simulator/index.js';
import type { AgentConfig } from '../agent-config.js';
import type { ConversationLoop } from '../conversation-loop.js';
import type { LoopTenants } from '../simulator-tenants.js';
import { streamEvents } from './event-stream.js';
import {
  fromLoopback,
  integerField,
  RouteError,
  readJsonObject,
  sendError,
  sendJson,
} from './route-io.js';

/** Where the conversation loop's control routes live: outside CAAC's `/caac/` paths. */
export const LOOP_PREFIX = '/__caac-mock/loop';

export interface LoopRouteContext {
  readonly loop: ConversationLoop;
  readonly tenants: LoopTenants;
  readonly journal: Journal;
  /** Aborted when the server closes (ends event streams). */
  readonly closing: AbortSignal;
}

/**
 * The control routes of the conversation loop (documented in the README, "Conversation loop"):
 * play a member, configure a tenant's agent, read conversations, events and the API journal.
 * Returns false for paths outside {@link LOOP_PREFIX}, so the CAAC routes answer those.
 *
 * @example
 * const routes = createLoopRoutes(context);
 * createServer((req, res) => { if (!routes(req, res)) caacHandler(req, res); });
 */
export function createLoopRoutes(context: LoopRouteContext) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    if (url.pathname !== LOOP_PREFIX && !url.pathname.startsWith(`${LOOP_PREFIX}/`)) return false;
    if (!fromLoopback(req)) {
      sendError(res, 403, 'the conversation loop answers loopback clients only');
      return true;
    }
    route(context, req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const [status, message] = describeFailure(error);
      sendError(res, status, message);
    });
    return true;
  };
}

async function route(
  context: LoopRouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const { loop, tenants } = context;
  const method = req.method ?? 'GET';
  const path = url.pathname.slice(LOOP_PREFIX.length) || '/';
  const query = url.searchParams;
  const key = `${method} ${path}`;

  switch (key) {
    case 'GET /tenants':
      return sendJson(res, 200, {
        tenants: tenants.list().map((summary) => ({
          ...summary,
          agent: loop.agent(summary.tenant)?.view() ?? null,
        })),
      });
    case 'POST /tenants': {
      const body = await readJsonObject(req);
      const tenant = tenantOf(tenants, body);
      const summary = tenants.list().find((entry) => entry.tenant === tenant);
      return sendJson(res, 200, { ...summary, agent: loop.agent(tenant)?.view() ?? null });
    }
    case 'GET /conversations':
      return sendJson(
        res,
        200,
        conversations(context, tenantOf(tenants, { tenant: query.get('tenant') })),
      );
    case 'GET /messages': {
      const tenant = tenantOf(tenants, { tenant: query.get('tenant') });
      const memberId = integerField(query.get('memberId'), 'memberId');
      const org = tenants.model(tenant);
      const messages = org?.messages.recent(memberId) ?? [];
      return sendJson(res, 200, { messages });
    }
    case 'POST /messages': {
      const body = await readJsonObject(req);
      const input = {
        tenant: tenantOf(tenants, body),
        channelId: integerField(body.channelId, 'channelId'),
        memberId: integerField(body.memberId, 'memberId'),
        text: typeof body.text === 'string' ? body.text : '',
      };
      if (body.wait === false) {
        const { message, pending } = loop.accept(input);
        pending.catch(() => {});
        return sendJson(res, 202, { message });
      }
      return sendJson(res, 200, await loop.memberSays(input));
    }
    case 'PUT /agent': {
      const { tenant: named, apiKey, ...config } = await readJsonObject(req);
      const tenant = tenantOf(tenants, { tenant: named, apiKey });
      loop.configure(tenant, config as unknown as AgentConfig);
      return sendJson(res, 200, { tenant, agent: loop.agent(tenant)?.view() });
    }
    case 'DELETE /agent': {
      const tenant = tenantOf(tenants, { tenant: query.get('tenant') });
      loop.configure(tenant, undefined);
      res.writeHead(204).end();
      return;
    }
    case 'GET /events': {
      const after = query.has('after') ? integerField(query.get('after'), 'after') : 0;
      if ((req.headers.accept ?? '').includes('text/event-stream')) {
        const lastId = req.headers['last-event-id'];
        const from = typeof lastId === 'string' ? integerField(lastId, 'Last-Event-ID') : after;
        return streamEvents(req, res, loop.events, from, context.closing);
      }
      return sendJson(res, 200, { events: loop.events.since(after) });
    }
    case 'GET /journal': {
      const after = query.has('after') ? integerField(query.get('after'), 'after') : 0;
      return sendJson(res, 200, {
        entries: context.journal.entries.filter((entry) => entry.id > after),
      });
    }
    default:
      throw new RouteError(
        404,
        `no loop route ${method} ${url.pathname}; see the README, "Conversation loop"`,
      );
  }
}

/** The tenant a body or query names: `tenant` (a digest the loop knows) or `apiKey` (registers it). */
function tenantOf(tenants: LoopTenants, source: Record<string, unknown>): string {
  if (typeof source.apiKey === 'string' && source.apiKey !== '')
    return tenants.register(source.apiKey);
  if (typeof source.tenant === 'string' && source.tenant !== '') {
    if (!tenants.model(source.tenant)) {
      throw new RouteError(
        404,
        `no tenant ${source.tenant}; register its API key first (POST ${LOOP_PREFIX}/tenants)`,
      );
    }
    return source.tenant;
  }
  throw new RouteError(400, 'name the tenant: tenant (its sha256: digest) or apiKey');
}

function conversations(context: LoopRouteContext, tenant: string) {
  const org = context.tenants.model(tenant);
  if (!org) throw new RouteError(404, `no tenant ${tenant}`);
  const agent = context.loop.agent(tenant);
  const members = org.members.list();
  return {
    tenant,
    channels: org.channels.list().map((channel) => ({
      id: channel.id,
      name: channel.name,
      type: channel.type,
      answeredByAgent: agent?.answers(channel.id) ?? false,
      members: members
        .filter((member) => member.channel_id === channel.id)
        .map((member) => ({
          id: member.id,
          display_name: member.display_name ?? member.external_member_id,
          assign_type: member.assign_type,
          processing_state: member.processing_state,
        })),
    })),
  };
}

function describeFailure(error: unknown): [number, string] {
  if (error instanceof RouteError) return [error.status, error.message];
  if (error instanceof CaacMockInputError) return [error.status, error.detail];
  if (error instanceof CaacMockSimulatorError)
    return [error.kind === 'not_found' ? 404 : 422, error.detail];
  // The agent settings' checks: a bad setting sent to a control route is the caller's mistake.
  if (error instanceof CaacMockError) return [400, error.detail];
  return [500, `loop internal error: ${error instanceof Error ? error.message : String(error)}`];
}
