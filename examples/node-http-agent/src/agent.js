// @ts-check
// A CAAC self-hosted AI agent on plain node:http. The kit checks the token, the body and the
// deadline; all this file decides is what to answer.
import { createServer } from 'node:http';
import { createNodeAiAgentHandler } from '@caac/ai-agent/node';

/**
 * Answers the end customer's latest message; asks for a person when they do.
 * @type {import('@caac/ai-agent').ReplyFunction}
 */
export function reply(request) {
  const last = request.messages.findLast((message) => message.sender_type === 'member');
  if (!last?.text) return { text: 'Let me find a colleague for you.', handover: true };
  if (/human|person|agent|真人|客服/i.test(last.text))
    return { text: 'Connecting you now.', handover: true };
  return `Thanks for your message! You wrote: "${last.text}"`;
}

/**
 * Starts the agent on loopback. Port 0 picks a free port.
 * @param {{ token: string, port?: number }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 * @example
 * const agent = await startAgent({ token: 'secret', port: 0 });
 * console.log(agent.url); // http://127.0.0.1:54321/ai-agent
 * await agent.close();
 */
export async function startAgent({ token, port = 0 }) {
  const server = createServer(createNodeAiAgentHandler({ token, reply }));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/ai-agent`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
