import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoopEvents } from '../loop-events.js';

/** How often an idle stream sends a comment, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 15_000;

/**
 * Streams loop events as Server-Sent Events (`event: <type>`, `id: <seq>`, JSON `data`),
 * starting after `Last-Event-ID` or `?after=`, so a reconnecting page misses nothing kept.
 *
 * @example
 * streamEvents(req, res, loop.events, 0, closing);
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  events: LoopEvents,
  after: number,
  closing: AbortSignal,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  const write = (event: { seq: number; type: string }) => {
    res.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  };
  // Sent at once, so the client's `open` fires now and not at the first event.
  res.write(': connected\n\n');
  for (const event of events.since(after)) write(event);
  const off = events.listen(write);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const stop = () => {
    off();
    clearInterval(heartbeat);
    closing.removeEventListener('abort', end);
  };
  const end = () => {
    stop();
    res.end();
  };
  req.on('close', stop);
  closing.addEventListener('abort', end, { once: true });
}
