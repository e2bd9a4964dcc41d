import { main } from '../../src/cli/main';

/** Output and exit code of one in-process CLI run. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `sovgraph ...args` in this process, capturing what it prints. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'sovgraph', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
