/** Where CLI commands print: results to stdout, progress and errors to stderr. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The process's own stdout/stderr. */
export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
