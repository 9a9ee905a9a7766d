/**
 * Command-line manners shared by every command: negative numbers as option values, "did you mean" for
 * misspelt options, parse errors in our own words (never node's or a library's), and `--help` text
 * generated from one option table that gives each option's dimension and default.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './io';

export { levenshtein, suggestOption } from '../core';
import { suggestOption } from '../core';

type Options = NonNullable<ParseArgsConfig['options']>;

/** An option as the help lists it. */
export interface OptionDoc {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder of the value in the help, e.g. "T", "Q", "FILE". */
  value?: string;
  /** Physical dimension (and example), e.g. 'temperature, e.g. "80 degC", "176 F"'. */
  dimension?: string;
  /** Default in words, when there is one. */
  default?: string;
  /** What it does (may be long; wrapped in the help). */
  help: string;
  /** Left out of the help (test hooks). */
  hidden?: boolean;
}

export type OptionTable = Record<string, OptionDoc>;

/** The node:util parseArgs options of a table. */
export function parseOptions(table: OptionTable): Options {
  const out: Options = {};
  for (const [name, o] of Object.entries(table)) {
    out[name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  }
  return out;
}

/** A value that starts with "-" but is a number ("-5", "-5degC", "-.5 K", "-3e2 W"). */
const NEGATIVE = /^-(\d|\.\d)/;

/**
 * `--name -5degC` → `--name=-5degC` for string options, so a negative number is taken as the value (node's
 * parser would call it ambiguous). Arguments after `--` are left alone.
 */
export function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    const long = /^--([^=]+)$/.exec(a);
    const name = long
      ? long[1]!
      : /^-[A-Za-z]$/.test(a)
        ? Object.entries(options).find(([, o]) => o.short === a.slice(1))?.[0]
        : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && NEGATIVE.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Node parseArgs errors in our words: one line naming the option, with a suggestion where we have one. */
export function parseErrorMessage(command: string, e: Error & { code?: string }, options: Options): string {
  const see = `(see heat-twin ${command} --help)`;
  const m = e.message;
  const quoted = /'([^']+)'/.exec(m)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const typed = quoted.replace(/^-+/, '');
      const known = Object.keys(options);
      const guess = suggestOption(typed.split('=')[0]!, known);
      return guess
        ? `unknown option ${quoted}: did you mean --${guess}? ${see}`
        : `unknown option ${quoted} ${see}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const opt = quoted.split(' ')[0]!;
      if (/does not take an argument/.test(m)) return `${opt} takes no value ${see}`;
      if (/ambiguous/.test(m)) {
        return `${opt} needs a value; a value that starts with "-" goes as ${opt}=-… ${see}`;
      }
      return `${opt} needs a value ${see}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}" ${see}`;
    default:
      return `could not read the arguments ${see}`;
  }
}

/** Help lines for an option table: flag and value, then what it is, its dimension and default. */
export function optionHelp(table: OptionTable, width = 100): string[] {
  const lines: string[] = [];
  const col = 22;
  for (const [name, o] of Object.entries(table)) {
    if (o.hidden) continue;
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
    let text = o.help;
    if (o.dimension) text += ` [${o.dimension}]`;
    if (o.default) text += ` (default ${o.default})`;
    const words = text.split(' ');
    let line = `  ${flag.padEnd(col - 3)} `;
    if (flag.length > col - 3) {
      lines.push(`  ${flag}`);
      line = ' '.repeat(col);
    }
    let used = false;
    for (const w of words) {
      if (used && line.length + w.length + 1 > width) {
        lines.push(line.trimEnd());
        line = ' '.repeat(col);
        used = false;
      }
      line += `${used ? ' ' : ''}${w}`;
      used = true;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * node:util parseArgs with the CLI's conventions (options.ts): negative numbers as values
 * (`--cold-in -5degC`), unknown options with a "did you mean", stray arguments — each a one-line
 * UsageError in our words (exit 2); an option given twice is an error unless it is declared `multiple`.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = true,
) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true; tokens: true }>
  >;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options,
      strict: true,
      allowPositionals: allowPositionals as true,
      tokens: true,
    });
  } catch (e) {
    throw new UsageError(parseErrorMessage(command, e as Error & { code?: string }, options));
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given more than once`);
    seen.add(t.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
