import { CAAC_DEADLINE_MS } from '@caac/ai-agent-types';
import { CaacMockConfigError } from '../errors.js';
import type { HandoverTarget } from './loop-model.js';

/**
 * How a tenant's AI agent is reached, as partners configure it in CAAC: where, with which bearer
 * token and prompt, and which channels it answers.
 *
 * @example
 * const agent: AgentConfig = { url: 'http://127.0.0.1:3000/ai-agent', token: 'dev-token', channels: [1] };
 */
export interface AgentConfig {
  /** The agent's endpoint (`http:` or `https:`). */
  readonly url: string;
  /** Sent as `Authorization: Bearer <token>`. Never printed, journaled or returned by a route. */
  readonly token: string;
  /** Sent as `prompt` in every request; omitted when absent. */
  readonly prompt?: string;
  /** Channel ids the agent answers; absent or `'all'` answers every channel of the tenant. */
  readonly channels?: 'all' | readonly number[];
  /** How long a turn waits for the answer. Default 45 000 (CAAC's deadline); lower it in tests. */
  readonly deadlineMs?: number;
  /** How many of the conversation's latest messages a request carries. Default 20. */
  readonly historyLimit?: number;
  /**
   * Who gets the conversation on `<HUMAN_HANDOVER>` (Manual Assign to this user and/or team).
   * Absent: the processing state changes and the member stays unassigned, for any person to pick up.
   */
  readonly handoverTo?: HandoverTarget;
}

/** What routes and snapshots may show of an agent: everything except the token. */
export interface AgentView {
  readonly url: string;
  readonly prompt?: string;
  readonly channels: 'all' | readonly number[];
  readonly deadlineMs: number;
  readonly historyLimit: number;
  readonly handoverTo?: HandoverTarget;
  /** True when a token is set; the token itself is never shown. */
  readonly hasToken: boolean;
}

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 200;

/**
 * A checked agent configuration. The token lives in a private field, so `JSON.stringify`,
 * `util.inspect` and error messages never carry it.
 *
 * @example
 * const agent = AgentSettings.from({ url: 'http://127.0.0.1:3000/ai-agent', token: 't' });
 * agent.answers(7); // true
 */
export class AgentSettings {
  readonly #token: string;
  readonly url: string;
  readonly prompt: string | undefined;
  readonly channels: 'all' | readonly number[];
  readonly deadlineMs: number;
  readonly historyLimit: number;
  readonly handoverTo: HandoverTarget;

  private constructor(config: AgentConfig, where: string) {
    this.url = checkUrl(config.url, `${where}.url`);
    if (typeof config.token !== 'string' || config.token.trim() === '') {
      throw new CaacMockConfigError(`${where}.token must be a non-empty string`);
    }
    this.#token = config.token;
    if (config.prompt !== undefined && typeof config.prompt !== 'string') {
      throw new CaacMockConfigError(`${where}.prompt must be a string`);
    }
    this.prompt = config.prompt;
    this.channels = checkChannels(config.channels, `${where}.channels`);
    this.deadlineMs = checkInteger(
      config.deadlineMs ?? CAAC_DEADLINE_MS,
      1,
      CAAC_DEADLINE_MS,
      `${where}.deadlineMs`,
    );
    this.historyLimit = checkInteger(
      config.historyLimit ?? DEFAULT_HISTORY_LIMIT,
      1,
      MAX_HISTORY_LIMIT,
      `${where}.historyLimit`,
    );
    this.handoverTo = checkTarget(config.handoverTo, `${where}.handoverTo`);
  }

  /**
   * Checks a configuration; errors name the field (`where` prefixes it, e.g. `agent` or
   * `tenants[0].agent`) and never quote the token.
   */
  static from(config: AgentConfig, where = 'agent'): AgentSettings {
    if (typeof config !== 'object' || config === null) {
      throw new CaacMockConfigError(`${where} must be an object with url and token`);
    }
    return new AgentSettings(config, where);
  }

  /** The `Authorization` header value. */
  authorization(): string {
    return `Bearer ${this.#token}`;
  }

  /** Hides the token from text the loop produces (e.g. an agent's error body that echoes it). */
  redact(text: string): string {
    return text.split(this.#token).join('[redacted]');
  }

  /** Whether the agent answers conversations of this channel. */
  answers(channelId: number): boolean {
    return this.channels === 'all' || this.channels.includes(channelId);
  }

  view(): AgentView {
    return {
      url: this.url,
      ...(this.prompt === undefined ? {} : { prompt: this.prompt }),
      channels: this.channels,
      deadlineMs: this.deadlineMs,
      historyLimit: this.historyLimit,
      ...(Object.keys(this.handoverTo).length === 0 ? {} : { handoverTo: this.handoverTo }),
      hasToken: true,
    };
  }

  toJSON(): AgentView {
    return this.view();
  }
}

function checkUrl(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new CaacMockConfigError(`${where} must be a URL string`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CaacMockConfigError(`${where} is not a valid URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CaacMockConfigError(`${where} must be an http: or https: URL, got "${url.protocol}"`);
  }
  if (url.username || url.password) {
    throw new CaacMockConfigError(
      `${where} must not carry credentials; pass the bearer token as token`,
    );
  }
  return url.href;
}

function checkChannels(value: unknown, where: string): 'all' | readonly number[] {
  if (value === undefined || value === 'all') return 'all';
  if (!Array.isArray(value))
    throw new CaacMockConfigError(`${where} must be 'all' or an array of channel ids`);
  value.forEach((id, index) => {
    if (!Number.isSafeInteger(id) || id <= 0) {
      throw new CaacMockConfigError(
        `${where}[${index}] must be a positive integer channel id, got ${JSON.stringify(id)}`,
      );
    }
  });
  return [...value] as number[];
}

function checkTarget(value: unknown, where: string): HandoverTarget {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) {
    throw new CaacMockConfigError(`${where} must be an object with userId and/or teamId`);
  }
  const target = value as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    if (key !== 'userId' && key !== 'teamId') {
      throw new CaacMockConfigError(`${where}.${key} is not a known field (userId, teamId)`);
    }
    checkInteger(target[key], 1, Number.MAX_SAFE_INTEGER, `${where}.${key}`);
  }
  return { ...(target as HandoverTarget) };
}

function checkInteger(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CaacMockConfigError(
      `${where} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
