import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { GraphError, LocalNeo4jError } from '../graph';
import { processOutput, type CliOutput } from './output';

// Each command's module is loaded when that command runs: `ingest` need not
// load the GraphQL server (about a second of start-up, paid by every run).

/** Errors whose message is already the one line a user needs. */
function isUserFacing(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof GraphError;
}

/**
 * Runs the `sovgraph` CLI on argv and resolves to the exit code (never calls
 * process.exit, so tests can run it in-process).
 */
export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  let exitCode = 0;
  const config = () => loadConfig();
  const program = new Command()
    .name('sovgraph')
    .description('sovereign-graph: a knowledge graph of sovereign AI initiatives')
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  program
    .command('serve')
    .description('migrate, ingest seeds/articles, serve GraphQL at /graphql (PORT, default 4000)')
    .option('--no-seeds', 'skip ingesting the seed corpus')
    .action(async (opts: { seeds: boolean }) => {
      const { runServe } = await import('./commands/serve');
      exitCode = await runServe(config(), output, { seeds: opts.seeds });
    });
  program
    .command('ingest')
    .description('ingest articles (.txt, .md, .html, .json, RSS/Atom feeds) from files, folders or feed URLs')
    .argument('<paths...>', 'files, folders or feed URLs')
    .option('--dry-run', 'extract only, write nothing')
    .option('--json', 'print a JSON summary (with --dry-run: the extracted facts)')
    .option('--prune', 'retract articles ingested earlier from these folders whose files are gone')
    .action(async (paths: string[], opts: { dryRun?: boolean; json?: boolean; prune?: boolean }) => {
      const { runIngest } = await import('./commands/ingest');
      exitCode = await runIngest(config(), paths, { ...opts, progress: process.stderr.isTTY }, output);
    });
  program
    .command('export')
    .description('export the whole graph')
    .requiredOption('--format <format>', 'jsonl, graphml or csv (the shapes of APOC\'s exports)')
    .option('--out <path>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; out?: string }) => {
      const { runExport } = await import('./commands/exportCommand');
      exitCode = await runExport(config(), opts, output);
    });
  program
    .command('migrate')
    .description('apply schema/graph.cypher (idempotent)')
    .action(async () => {
      const { runMigrate } = await import('./commands/migrate');
      exitCode = await runMigrate(config(), output);
    });
  program
    .command('db')
    .description('manage the local Neo4j of the data folder')
    .argument('<action>', 'start | stop | status')
    .action(async (action: string) => {
      const { runDb } = await import('./commands/db');
      exitCode = await runDb(action, config(), output);
    });
  program
    .command('emit-schema')
    .description('write schema/schema.graphql from the resolvers')
    .action(async () => {
      const { runEmitSchema } = await import('./commands/emitSchema');
      exitCode = await runEmitSchema(output);
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isUserFacing(error)) {
      output.err(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
