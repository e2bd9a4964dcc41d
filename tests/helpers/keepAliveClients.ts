import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** What one request came to: an HTTP status and its latency, or an error. */
export type Outcome = { status: number; ms: number } | { error: Error; timedOut: boolean };

class RequestTimeout extends Error {}

/** One request on `agent`; a request with no answer after `timeoutMs` fails with a timeout. */
export function send(agent: http.Agent, url: string, body: string | undefined, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = http.request(url, { method: body === undefined ? 'GET' : 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on('error', (error) => resolve({ error, timedOut: false }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new RequestTimeout(`no answer in ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ error, timedOut: error instanceof RequestTimeout }));
    req.end(body);
  });
}

/**
 * Opens `count` clients, each one keep-alive connection on its own agent,
 * one after another, each proven by an answer to `probeUrl` before the next
 * connects. Connecting them while the server is idle, rather than all at
 * once under load, keeps the test about serving, not about how fast the
 * machine's network stack hands new connections over (see soak.test.ts).
 */
export async function connectClients(count: number, probeUrl: string, timeoutMs: number): Promise<http.Agent[]> {
  const agents: http.Agent[] = [];
  for (let i = 0; i < count; i += 1) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const outcome = await send(agent, probeUrl, undefined, timeoutMs);
    if ('error' in outcome) throw new Error(`client ${i + 1} of ${count} could not connect: ${outcome.error.message}`);
    agents.push(agent);
  }
  return agents;
}
