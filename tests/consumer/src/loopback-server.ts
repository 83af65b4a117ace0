// A tiny JSON API on 127.0.0.1 that records what it receives, for proving that code inside the
// edge runtime really reached the network through that runtime's own `fetch`.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface CannedResponse {
  status: number;
  body: unknown;
}

export type Responder = (request: RecordedRequest) => CannedResponse;

export async function startLoopbackServer(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const recorded = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    };
    requests.push(recorded);
    const { status, body } = respond(recorded);
    // The request body is not needed; drain it so the connection can be reused.
    request.resume();
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
