// Node: the handler served by node:http through @caac/ai-agent/node's toNodeHandler; the two
// harness routes go through the Web app (they have no body).
import { createServer } from 'node:http';
import * as agent from '@caac/ai-agent';
import { toNodeHandler } from '@caac/ai-agent/node';
import * as client from '@caac/client';
import { createRuntimeApp } from './agent-app.js';

const app = createRuntimeApp({ agent, client, token: process.env.CAAC_AGENT_TOKEN ?? '' });
const agentListener = toNodeHandler(app.handler);
const server = createServer((req, res) => {
  if (req.url?.startsWith('/__')) {
    void app.fetch(new Request(`http://127.0.0.1${req.url}`)).then(async (response) => {
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(await response.text());
    });
    return;
  }
  agentListener(req, res);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ listening: `http://127.0.0.1:${port}`, version: process.version }));
});
