import { CaacMockInputError } from '../errors.js';
import type { MockLog } from '../log/mock-logger.js';
import { type AgentConfig, AgentSettings } from './agent-config.js';
import { buildAgentRequest } from './agent-request.js';
import { callAgent } from './call-agent.js';
import type { ConversationMessage } from './conversation.js';
import { LoopEvents } from './loop-events.js';
import type { LoopMember, LoopOrganization } from './loop-model.js';
import type { Turn, TurnResult } from './turn.js';

/** A member writing a message, as {@link ConversationLoop.memberSays} takes it. */
export interface MemberMessage {
  readonly tenant: string;
  readonly channelId: number;
  readonly memberId: number;
  readonly text: string;
}

/** The stored message and, once the agent's turn is over, what became of it. */
export interface MemberSaysResult {
  readonly message: ConversationMessage;
  readonly result: TurnResult;
}

interface Lane {
  running: boolean;
  waiting: Array<{ message: ConversationMessage; done: (result: TurnResult) => void }>;
}

/** Longest member message the loop stores (characters), as LINE's own limit for a text message. */
export const MAX_MEMBER_TEXT = 5000;

/**
 * The conversation loop of the stateful simulator: stores members' messages, calls each
 * tenant's AI agent one turn at a time per conversation, and applies the outcome (bot reply,
 * handover, or failed turn) to the model.
 *
 * Messages that arrive while a turn runs wait; when it ends, ONE next turn answers all of them
 * (the agent sees them all in `messages`), as a member who types three lines gets one answer.
 *
 * @example
 * const loop = new ConversationLoop((tenant) => simulator.organization(tenant));
 * loop.configure('key-a', { url: agent.url, token: 'dev-token', deadlineMs: 2000 });
 * const { result } = await loop.memberSays({ tenant: 'key-a', channelId: 1, memberId: 1, text: 'hi' });
 */
export class ConversationLoop {
  readonly events: LoopEvents;
  readonly #agents = new Map<string, AgentSettings>();
  #defaultAgent: AgentSettings | undefined;
  readonly #lanes = new Map<string, Lane>();
  readonly #closing = new AbortController();
  #nextTurn = 1;

  constructor(
    private readonly organization: (tenant: string) => LoopOrganization | undefined,
    options: { eventLimit?: number; log?: MockLog } = {},
  ) {
    this.events = new LoopEvents(options.eventLimit, options.log);
  }

  /** Sets (or, with `undefined`, removes) a tenant's agent; checks the configuration first. */
  configure(
    tenant: string,
    config: AgentConfig | AgentSettings | undefined,
    where = 'agent',
  ): void {
    if (config === undefined) {
      this.#agents.delete(tenant);
      return;
    }
    this.#agents.set(
      tenant,
      config instanceof AgentSettings ? config : AgentSettings.from(config, where),
    );
  }

  /** Sets (or removes) the agent of every tenant that has none of its own (the CLI's `--agent-url`). */
  configureDefault(config: AgentConfig | AgentSettings | undefined, where = 'agent'): void {
    this.#defaultAgent =
      config === undefined || config instanceof AgentSettings
        ? config
        : AgentSettings.from(config, where);
  }

  /** The agent that answers the tenant: its own, else the default one. */
  agent(tenant: string): AgentSettings | undefined {
    return this.#agents.get(tenant) ?? this.#defaultAgent;
  }

  /**
   * Plays a member writing `text`: stores it, then (when the tenant's agent answers the channel
   * and no person owns the conversation) runs or queues the agent's turn. Resolves when the turn
   * that answers this message is over.
   */
  async memberSays(input: MemberMessage): Promise<MemberSaysResult> {
    const { message, pending } = this.accept(input);
    return { message, result: await pending };
  }

  /** Like {@link memberSays}, but returns as soon as the message is stored. */
  accept(input: MemberMessage): { message: ConversationMessage; pending: Promise<TurnResult> } {
    const text = checkText(input.text);
    const org = this.#org(input.tenant);
    const member = org.member(input.channelId, input.memberId);
    const message = org.append(member.id, 'member', text);
    const place = { tenant: input.tenant, channelId: member.channelId, memberId: member.id };
    this.events.emit({ type: 'message', ...place, message });

    const agent = this.agent(input.tenant);
    const refusal = agent
      ? agent.answers(member.channelId)
        ? undefined
        : `the agent does not answer channel ${member.channelId}`
      : 'no agent is configured for this tenant';
    if (refusal) return { message, pending: Promise.resolve(this.#skip(place, refusal)) };

    const key = `${input.tenant}\u0000${member.id}`;
    let lane = this.#lanes.get(key);
    if (!lane) {
      lane = { running: false, waiting: [] };
      this.#lanes.set(key, lane);
    }
    const pending = new Promise<TurnResult>((done) => lane.waiting.push({ message, done }));
    if (!lane.running) void this.#drain(key, lane, place);
    return { message, pending };
  }

  /** Turns that have not ended yet (all conversations). */
  get busy(): boolean {
    return [...this.#lanes.values()].some((lane) => lane.running);
  }

  /** Aborts running agent calls (they end as failed turns) and refuses nothing else. */
  close(): void {
    this.#closing.abort();
  }

  async #drain(key: string, lane: Lane, place: Place): Promise<void> {
    lane.running = true;
    try {
      while (lane.waiting.length > 0) {
        const batch = lane.waiting.splice(0);
        let result: TurnResult;
        try {
          result = await this.#turn(
            place,
            batch.map((waiter) => waiter.message),
          );
        } catch (error) {
          // A model error (e.g. the member was deleted mid-turn) ends this turn, not the lane.
          result = this.#skip(place, `the turn could not run: ${describe(error)}`);
        }
        for (const waiter of batch) waiter.done(result);
      }
    } finally {
      lane.running = false;
      this.#lanes.delete(key);
    }
  }

  async #turn(place: Place, answering: readonly ConversationMessage[]): Promise<TurnResult> {
    const org = this.#org(place.tenant);
    const agent = this.agent(place.tenant);
    if (!agent) return this.#skip(place, 'no agent is configured for this tenant');
    const member = org.member(place.channelId, place.memberId);
    const owner = personOwning(member);
    if (owner) return this.#skip(place, owner);

    const messages = org.recent(member.id, agent.historyLimit);
    const userIds = [
      ...new Set(messages.filter((m) => m.senderType === 'user').map((m) => m.senderId)),
    ];
    const request = buildAgentRequest(
      {
        conversationId: member.id,
        orgUuid: org.uuid,
        messages,
        members: [
          {
            id: member.id,
            ...(member.displayName === undefined ? {} : { displayName: member.displayName }),
            ...(member.externalId === undefined ? {} : { externalId: member.externalId }),
          },
        ],
        users: org.users(userIds),
      },
      agent,
    );
    const id = this.#nextTurn++;
    const answers = answering.map((message) => message.uuid);
    this.events.emit({ type: 'turn-started', ...place, turnId: id, answers });
    const exchange = await callAgent(agent, request, this.#closing.signal);
    const { outcome } = exchange;
    let turn: Turn = { id, ...place, answers, exchange, outcome };
    if (outcome.kind !== 'failed' && outcome.text !== '') {
      turn = { ...turn, botMessage: org.append(member.id, 'bot', outcome.text) };
    }
    if (outcome.kind === 'handover') {
      turn = { ...turn, handover: org.handover(member.id, agent.handoverTo) };
    }
    this.events.emit({ type: 'turn', ...place, turn });
    return { kind: 'turn', turn };
  }

  #skip(place: Place, reason: string): TurnResult {
    this.events.emit({ type: 'skipped', ...place, reason });
    return { kind: 'skipped', reason };
  }

  #org(tenant: string): LoopOrganization {
    const org = this.organization(tenant);
    if (!org) throw new CaacMockInputError(404, `no tenant "${tenant}"`);
    return org;
  }
}

type Place = { readonly tenant: string; readonly channelId: number; readonly memberId: number };

/**
 * Why the bot stays silent, or undefined when it answers: a person owns the conversation once it
 * is assigned or its processing state is `processing` (what a handover sets).
 */
function personOwning(member: LoopMember): string | undefined {
  if (member.assignType !== 'unassigned') {
    return `the conversation is assigned (${member.assignType}); a person answers it`;
  }
  if (member.processingState === 'processing') {
    return 'the conversation was handed over (processing_state processing); a person answers it';
  }
  return undefined;
}

function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new CaacMockInputError(400, 'text must be a non-empty string');
  }
  if (text.length > MAX_MEMBER_TEXT) {
    throw new CaacMockInputError(
      400,
      `text is longer than ${MAX_MEMBER_TEXT} characters (${text.length})`,
    );
  }
  return text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
