// @ts-check
// The baseline AI agent: plain node:http that reads the body, parses the JSON and answers a fixed
// reply. No auth, no validation, no deadline: the floor any real agent pays on top of.
import { createServer } from 'node:http';
import { REPLY_TEXT } from '../fixtures/reply.mjs';

const reply = JSON.stringify({ reply_text: REPLY_TEXT });
const server = createServer((req, res) => {
  /** @type {Buffer[]} */
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(reply);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
