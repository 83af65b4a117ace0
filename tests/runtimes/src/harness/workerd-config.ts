// workerd run directly (no wrangler, no miniflare: miniflare 4 needs Node 22): a generated
// capnp config with one module Worker on 127.0.0.1:0, whose outbound fetch may reach loopback
// only, and the agent token as a text binding, as a Worker gets its secrets.
import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

export function workerdConfig(moduleFile: string, token: string) {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "${moduleFile}")],
  compatibilityDate = "2025-09-01",
  bindings = [(name = "CAAC_AGENT_TOKEN", text = ${JSON.stringify(token)})],
  globalOutbound = "loopback",
);
`;
}

/** workerd writes `{"event":"listen","socket":"http","port":N}` on the control pipe (fd 3). */
export function workerdListening(child: ChildProcess): Promise<string> {
  const control = child.stdio[3] as Readable | null;
  if (!control) return Promise.reject(new Error('workerd has no control pipe'));
  return new Promise((resolve) => {
    let pending = '';
    control.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // The last piece is an unfinished line; it is completed by a later chunk.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        const event = JSON.parse(line) as { event?: string; socket?: string; port?: number };
        if (event.event === 'listen' && event.socket === 'http') {
          resolve(`http://127.0.0.1:${event.port}`);
        }
      }
    });
  });
}
