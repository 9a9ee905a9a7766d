/** Output sinks for CLI commands, injectable so tests capture what a command prints. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A bad or inconsistent command-line argument; printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
