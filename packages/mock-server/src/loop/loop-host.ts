import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Journal } from '../journal/journal.js';
import type { MockLog } from '../log/mock-logger.js';
import { servePlayground } from '../playground/serve-playground.js';
import type { Tenants } from '../simulator/index.js';
import type { AgentConfig } from './agent-config.js';
import { ConversationLoop, type MemberSaysResult } from './conversation-loop.js';
import { createLoopRoutes } from './http/loop-routes.js';
import { LoopTenants } from './simulator-tenants.js';

/** The tenant a call is about: its API key, or its digest (`sha256:…`) once the loop knows it. */
export type TenantRef = { readonly apiKey: string } | { readonly tenant: string };

/** What `mock.memberSays(...)` takes: a member of a channel writing `text`. */
export type MemberSaysInput = TenantRef & {
  readonly channelId: number;
  readonly memberId: number;
  readonly text: string;
};

/** Options of the conversation loop, as `startMockServer` takes them in stateful mode. */
export interface LoopOptions {
  /** The agent of every tenant without one of its own (the CLI's `--agent-url`/`--agent-token`). */
  readonly agent?: AgentConfig;
  /** Agents per API key; they win over `agent`. */
  readonly agents?: Readonly<Record<string, AgentConfig>>;
}

/** When no API keys are declared, the playground starts with this tenant. */
export const PLAYGROUND_KEY = 'playground';

/**
 * The conversation loop as a stateful mock serves it: the loop over the simulator's tenants,
 * its control routes and the playground page, and the programmatic calls behind `mock.memberSays`.
 *
 * @example
 * const host = createLoopHost({ tenants, journal, closing, apiKeys: ['test-key'], options });
 * createServer((req, res) => host.handle(req, res) || caac(req, res));
 * await host.memberSays({ apiKey: 'test-key', channelId: 1024, memberId: 557118, text: 'hi' });
 */
export function createLoopHost(context: {
  readonly tenants: Tenants;
  readonly journal: Journal;
  readonly closing: AbortSignal;
  readonly apiKeys: readonly string[];
  readonly options?: LoopOptions;
  /** Called after every write of the loop (the state file listens). */
  readonly onChange?: () => void;
  /** Where the loop's diagnostics go (a throwing event listener). */
  readonly log?: MockLog;
}) {
  const loopTenants = new LoopTenants(context.tenants, context.onChange, new Set(context.apiKeys));
  const loop = new ConversationLoop((tenant) => loopTenants.organization(tenant), {
    ...(context.log === undefined ? {} : { log: context.log }),
  });
  const options = context.options ?? {};
  if (options.agent) loop.configureDefault(options.agent, 'agent');
  // Errors name the entry by position: the key itself is a secret.
  Object.entries(options.agents ?? {}).forEach(([apiKey, config], index) => {
    loop.configure(loopTenants.register(apiKey), config, `agents[key #${index + 1}]`);
  });
  for (const apiKey of context.apiKeys.length > 0 ? context.apiKeys : [PLAYGROUND_KEY]) {
    loopTenants.register(apiKey);
  }
  context.closing.addEventListener('abort', () => loop.close(), { once: true });
  const routes = createLoopRoutes({
    loop,
    tenants: loopTenants,
    journal: context.journal,
    closing: context.closing,
  });
  const tenantOf = (ref: TenantRef): string =>
    'apiKey' in ref ? loopTenants.register(ref.apiKey) : ref.tenant;

  return {
    loop,
    tenants: loopTenants,
    /** Serves the loop's control routes and the playground; false for every other path. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      return routes(req, res) || servePlayground(req, res);
    },
    memberSays(input: MemberSaysInput): Promise<MemberSaysResult> {
      const { channelId, memberId, text } = input;
      return loop.memberSays({ tenant: tenantOf(input), channelId, memberId, text });
    },
    configureAgent(ref: TenantRef, config: AgentConfig | undefined): void {
      loop.configure(tenantOf(ref), config);
    },
  };
}

export type LoopHost = ReturnType<typeof createLoopHost>;
