import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { LocalNeo4jError, prepareLauncher } from './prepareLauncher';
import { findRunningLocalNeo4j, localStateFile, localStoreDir, waitForExit } from './localState';

/** Flags Neo4j 5 needs on Java 17 (the same opens its own launcher passes). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.lang.invoke=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const READY_TIMEOUT_MS = 180_000;

export interface StartLocalNeo4jOptions {
  dataDir: string;
  /** Max JVM heap, e.g. "768m". */
  heap: string;
  /**
   * false (default): the database lives only as long as this process (it
   * watches our stdin pipe). true: it keeps running for `sovgraph db stop`.
   */
  detached?: boolean;
  onProgress?: (message: string) => void;
  /** Bolt port to bind; default: a free one. */
  port?: number;
}

/** A local Neo4j this process can talk to; `stop` is a no-op for one it did not start. */
export interface LocalNeo4jResult {
  uri: string;
  pid: number;
  /** True when this call started it (false: it was already running). */
  started: boolean;
  stop(): Promise<void>;
}

function javaArgs(classpath: string, heap: string, storeDir: string, stateFile: string, detached: boolean, port = 0): string[] {
  return [
    `-Xmx${heap}`,
    `-Dsovgraph.port=${port}`,
    '-Xss2m',
    ...JVM_FLAGS,
    '-cp',
    classpath,
    'Launcher',
    storeDir,
    stateFile,
    ...(detached ? [] : ['--watch-stdin']),
  ];
}

function waitForReady(child: ChildProcess, logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`the local Neo4j did not start within ${READY_TIMEOUT_MS / 1000}s (see ${logFile})`));
    }, READY_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^READY bolt:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        lines.close();
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
      reject(new LocalNeo4jError(`the local Neo4j exited during start (code ${code}): ${tail || `see ${logFile}`}`));
    });
  });
}

/**
 * Starts Neo4j Community as a child JVM on a free loopback port, with its
 * store under `<dataDir>/neo4j`, or returns the one already running there.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4jResult> {
  const { dataDir, heap, detached = false, onProgress = () => {} } = options;
  const running = await findRunningLocalNeo4j(dataDir);
  if (running) {
    return { uri: `bolt://127.0.0.1:${running.port}`, pid: running.pid, started: false, stop: async () => {} };
  }
  const launcher = prepareLauncher(onProgress);
  const storeDir = localStoreDir(dataDir);
  fs.mkdirSync(storeDir, { recursive: true });
  const logFile = path.join(storeDir, 'launcher.log');
  const log = fs.openSync(logFile, 'a');
  onProgress(`starting local Neo4j (store ${storeDir})…`);

  const child = spawn(launcher.java, javaArgs(launcher.classpath, heap, storeDir, localStateFile(dataDir), detached, options.port), {
    stdio: [detached ? 'ignore' : 'pipe', 'pipe', log],
    detached,
  });
  fs.closeSync(log);
  const port = await waitForReady(child, logFile);
  child.stdout!.resume(); // keep draining so the JVM never blocks on a full pipe
  const pid = child.pid!;

  if (detached) {
    child.stdout!.destroy();
    child.unref();
    return { uri: `bolt://127.0.0.1:${port}`, pid, started: true, stop: () => stopLocalNeo4j(dataDir).then(() => {}) };
  }
  // Our own exit closes the stdin pipe, and the launcher shuts down on that.
  (child.stdin as NodeJS.WritableStream & { unref?: () => void }).on('error', () => {});
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid,
    started: true,
    stop: async () => {
      child.stdin!.end();
      if (!(await waitForExit(pid, 30_000))) child.kill('SIGKILL');
    },
  };
}

/** Stops the local Neo4j recorded in `dataDir`; false when none was running. */
export async function stopLocalNeo4j(dataDir: string): Promise<boolean> {
  const running = await findRunningLocalNeo4j(dataDir);
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM'); // the launcher's shutdown hook closes the store cleanly
  if (!(await waitForExit(running.pid, 30_000))) process.kill(running.pid, 'SIGKILL');
  fs.rmSync(localStateFile(dataDir), { force: true });
  return true;
}
