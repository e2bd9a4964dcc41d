import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** An API server running in a child process (so its RSS is its own). */
export interface ApiChild {
  url: string;
  stats(): Promise<{ rss: number; queryCount: number }>;
  stop(): Promise<void>;
}

/** Forks `script` (a compiled file next to this one) against the Neo4j at `boltUri`; resolves once it listens. */
export function spawnApi(script: 'ourApi' | 'neo4jGraphqlApi', boltUri: string): Promise<ApiChild> {
  const child: ChildProcess = fork(path.join(__dirname, `${script}.js`), [], {
    env: { ...process.env, BENCH_BOLT_URI: boltUri, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.once('message', (message: { type: string; port: number }) => {
      if (message.type !== 'ready') return reject(new Error(`${script}: unexpected ${message.type}`));
      resolve({
        url: `http://127.0.0.1:${message.port}/graphql`,
        stats: () =>
          new Promise((done) => {
            child.once('message', (m: { rss: number; queryCount: number }) => done(m));
            child.send({ type: 'stats' });
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.send({ type: 'stop' });
          }),
      });
    });
  });
}
