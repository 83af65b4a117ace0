// @ts-check
// The fixed JSON API the client benchmark calls: answers every request with one small list body, so
// what differs between variants is only the client side. Runs in its own process (own core).
import { createServer } from 'node:http';
import { tagsListBody } from '../fixtures/tags.mjs';

const body = Buffer.from(JSON.stringify(tagsListBody));
const server = createServer((req, res) => {
  // Drain any request body before answering so keep-alive connections stay reusable.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
