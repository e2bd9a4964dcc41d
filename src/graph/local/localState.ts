import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Where a running local Neo4j records itself: written by Launcher.java. */
export interface LocalNeo4jState {
  pid: number;
  port: number;
}

/** Folder of the local Neo4j store under the data folder (DESIGN.md: .data/neo4j). */
export function localStoreDir(dataDir: string): string {
  return path.join(dataDir, 'neo4j');
}

/** The state file the launcher writes once Bolt is up. */
export function localStateFile(dataDir: string): string {
  return path.join(localStoreDir(dataDir), 'sovgraph-server.json');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The local Neo4j already running for this data folder, if any. A state file
 * left by a crash (dead pid or closed port) is removed so it never blocks the
 * next start.
 */
export async function findRunningLocalNeo4j(dataDir: string): Promise<LocalNeo4jState | undefined> {
  const file = localStateFile(dataDir);
  let state: LocalNeo4jState;
  try {
    state = JSON.parse(fs.readFileSync(file, 'utf8')) as LocalNeo4jState;
  } catch {
    return undefined;
  }
  if (isAlive(state.pid) && (await portAnswers(state.port))) return state;
  fs.rmSync(file, { force: true });
  return undefined;
}

/** Waits until `pid` has exited, up to `timeoutMs`; true when it did. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}
