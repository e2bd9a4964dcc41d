import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { findRunningLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph';
import { localStateFile } from '../../src/graph/local/localState';

// The embedded default: a real Neo4j Community JVM per data folder.

async function countNodes(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS n');
    return records[0].get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('local Neo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-local-'));
  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts detached, is found by a second caller, and stops', async () => {
    const first = await startLocalNeo4j({ dataDir, heap: '512m', detached: true });
    expect(first.started).toBe(true);
    const second = await startLocalNeo4j({ dataDir, heap: '512m', detached: true });
    expect(second).toMatchObject({ started: false, uri: first.uri });
    expect(await stopLocalNeo4j(dataDir)).toBe(true);
    expect(await findRunningLocalNeo4j(dataDir)).toBeUndefined();
  }, 120_000);

  it('ignores a stale state file left by a crash', async () => {
    fs.writeFileSync(localStateFile(dataDir), JSON.stringify({ pid: 999_999, port: 1 }));
    expect(await findRunningLocalNeo4j(dataDir)).toBeUndefined();
    expect(fs.existsSync(localStateFile(dataDir))).toBe(false);
  });

  it('recovers its store after kill -9 with the committed data intact', async () => {
    const first = await startLocalNeo4j({ dataDir, heap: '512m', detached: true });
    const driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await driver.executeQuery('UNWIND range(1, 50) AS i CREATE (:Probe {i: i})');
    await driver.close();
    process.kill(first.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));

    const restarted = await startLocalNeo4j({ dataDir, heap: '512m', detached: true });
    expect(restarted.started).toBe(true);
    expect(await countNodes(restarted.uri)).toBe(50);
  }, 180_000);

  it('stops with the process that started it when not detached', async () => {
    await stopLocalNeo4j(dataDir);
    // A child Node process (the built module; `npm test` builds first) starts it and exits without stopping it.
    const built = path.join(__dirname, '../../dist/graph/local/index.js');
    const script = `require(${JSON.stringify(built)}).startLocalNeo4j({ dataDir: process.argv[1], heap: '512m' })
      .then((l) => { console.log(l.pid); process.exit(0); })`;
    const child = spawnSync(process.execPath, ['-e', script, dataDir], { encoding: 'utf8', timeout: 120_000 });
    const pid = Number(child.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // The JVM sees its stdin pipe close and shuts down by itself.
    const deadline = Date.now() + 30_000;
    let alive = true;
    while (alive && Date.now() < deadline) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 200));
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
  }, 180_000);
});
