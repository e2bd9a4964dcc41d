import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProjectRoot } from './projectRoot';

/** Why the embedded Neo4j cannot run here, said so the user knows what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** What it takes to run the launcher: a java binary, a classpath, the compiled Launcher. */
export interface PreparedLauncher {
  java: string;
  classpath: string;
}

const ALTERNATIVE = 'or set NEO4J_URI to an existing Neo4j 5 (e.g. `docker compose up neo4j`)';

function launcherSources(): { pom: string; source: string } {
  const dir = path.join(findProjectRoot(), 'src', 'graph', 'local', 'launcher');
  return { pom: path.join(dir, 'pom.xml'), source: path.join(dir, 'Launcher.java') };
}

function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(`the embedded Neo4j needs ${command}, which was not found: ${install}, ${ALTERNATIVE}`);
  }
}

function javaMajorVersion(): number {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!match) return 0;
  // Java 8 and older report "1.8"; everything since reports its major first.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/**
 * Resolves the Neo4j Community jars with Maven and compiles the launcher,
 * cached under ~/.cache/sovgraph by hashes of pom.xml and Launcher.java, so only
 * the first start downloads and later starts take no Maven run at all.
 */
export function prepareLauncher(onProgress: (message: string) => void = () => {}): PreparedLauncher {
  requireTool('java', ['-version'], 'install a JDK 17 (apt-get install openjdk-17-jdk-headless)');
  const major = javaMajorVersion();
  if (major < 17) {
    throw new LocalNeo4jError(`the embedded Neo4j needs Java 17 or newer, found Java ${major}: install JDK 17, ${ALTERNATIVE}`);
  }
  const { pom, source } = launcherSources();
  const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
  const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  // Keyed by content: a new pom re-resolves the jars, a new launcher only recompiles.
  const cacheDir = path.join(cacheRoot, 'sovgraph', `neo4j-${hashOf(pom)}`);
  const classpathFile = path.join(cacheDir, 'classpath.txt');
  const classesDir = path.join(cacheDir, `launcher-${hashOf(source)}`);

  if (!fs.existsSync(classpathFile)) {
    requireTool('mvn', ['-v'], 'install Apache Maven (apt-get install maven)');
    onProgress('resolving Neo4j Community jars with Maven (first start only)…');
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmpFile = `${classpathFile}.${process.pid}.tmp`;
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${tmpFile}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (mvn.status !== 0 || !fs.existsSync(tmpFile)) {
      const detail = `${mvn.stdout}${mvn.stderr}`.split('\n').find((l) => l.includes('ERROR')) ?? `exit ${mvn.status}`;
      throw new LocalNeo4jError(`Maven could not resolve the Neo4j jars (${detail.trim()}); check access to Maven Central, ${ALTERNATIVE}`);
    }
    fs.renameSync(tmpFile, classpathFile);
  }
  const jars = fs.readFileSync(classpathFile, 'utf8').trim();

  if (!fs.existsSync(path.join(classesDir, 'Launcher.class'))) {
    const tmpClasses = `${classesDir}.${process.pid}.tmp`;
    const javac = spawnSync('javac', ['-cp', jars, '-d', tmpClasses, source], { encoding: 'utf8' });
    if (javac.error || javac.status !== 0) {
      throw new LocalNeo4jError(
        `could not compile the Neo4j launcher with javac (${javac.error?.message ?? javac.stderr.trim()}): install a full JDK 17, ${ALTERNATIVE}`,
      );
    }
    fs.rmSync(classesDir, { recursive: true, force: true });
    fs.renameSync(tmpClasses, classesDir);
  }
  return { java: 'java', classpath: `${classesDir}${path.delimiter}${jars}` };
}
