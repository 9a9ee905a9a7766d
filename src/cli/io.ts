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

/**
 * Control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides, which text from a file
 * (a scenario's name, an EPW's location) could use to drive the terminal or reorder what is shown.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` safe to print: each unsafe character written as its \uXXXX escape (in JSON output, where control
 * characters are escaped already, this is the same string value: a bidi override inside a string).
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
