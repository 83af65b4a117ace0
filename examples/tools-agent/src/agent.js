// @ts-check
// A CAAC self-hosted AI agent that acts, not only talks: inside `reply`, the model may call CAAC
// tools (tag the member, read their tags, ...) through @caac/tools. Every model call and every
// tool call gets the reply's deadline signal, so nothing outlives CAAC's 45 s limit.
import { createServer } from 'node:http';
import { createAiAgentHandler } from '@caac/ai-agent';
import { toNodeHandler } from '@caac/ai-agent/node';
import { selectTools } from '@caac/tools';
import { runOpenAIChatToolCalls, toOpenAIChatTools } from '@caac/tools/openai';

/** Most model turns per reply: a model that keeps calling tools still ends. */
export const MAX_STEPS = 4;

/**
 * The `reply` function: runs the model, then the tools it asks for, until it answers in text.
 * @param {{
 *   client: import('@caac/client').CaacClient,
 *   model: (memberId: number) => import('./scripted-model.js').ChatModel,
 *   tools?: import('@caac/tools').CaacToolDefinition[],
 * }} options
 * @returns {import('@caac/ai-agent').ReplyFunction}
 */
export function toolsReply({ client, model, tools = selectTools({ tags: ['Tags Management'] }) }) {
  const offered = toOpenAIChatTools(tools);
  return async (request, { signal }) => {
    const memberId = request.participants?.members?.[0]?.id;
    const last = request.messages.findLast((message) => message.sender_type === 'member');
    if (memberId === undefined || !last?.text)
      return { text: 'One moment, please.', handover: true };
    const ask = model(memberId);
    /** @type {import('./scripted-model.js').ChatMessage[]} */
    const messages = [
      { role: 'system', content: `You answer CAAC member ${memberId}. Use the tools to act.` },
      { role: 'user', content: last.text },
    ];
    for (let step = 0; step < MAX_STEPS; step++) {
      const message = await ask(messages, { tools: offered, signal });
      if (!message.tool_calls?.length) {
        const text = message.content ?? '';
        return text.startsWith('HANDOVER')
          ? { text: 'Let me get a colleague.', handover: true }
          : text;
      }
      messages.push(message);
      // The tools offered are the only ones that run; each call carries the deadline signal.
      messages.push(
        ...(await runOpenAIChatToolCalls(message.tool_calls, { client, tools, signal })),
      );
    }
    return { text: 'Let me get a colleague.', handover: true };
  };
}

/**
 * Starts the agent on loopback (port 0: a free port).
 * @param {{ token: string, port?: number, deadlineMs?: number } & Parameters<typeof toolsReply>[0]} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 * @example
 * const agent = await startToolsAgent({ token: 'secret', client, model: scriptedModel });
 */
export async function startToolsAgent({ token, port = 0, deadlineMs, ...replyOptions }) {
  const handler = createAiAgentHandler({
    token,
    reply: toolsReply(replyOptions),
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
    onError: () => {},
  });
  const server = createServer(toNodeHandler(handler));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/ai-agent`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
