/**
 * `heat-twin` command-line entry. Each sub-command lives in its own module exporting
 * `run(args: string[], io: CliIo): Promise<number>` and a one-line `summary`.
 * Exit codes: 0 success, 1 internal failure, 2 bad or inconsistent arguments / input.
 */
import { InputError, PhysicsError } from '../core';
import type { CliIo, Command } from './io';
import { resetFiles } from './files';
import { safeText, UsageError } from './io';
import { softwareVersion } from './version';

const commands: Record<string, () => Promise<Command>> = {
  'size-hx': () => import('./sizeHx'),
  design: () => import('./design'),
  simulate: () => import('./simulate'),
  sweep: () => import('./sweep'),
  'size-study': () => import('./sizeStudy'),
  'off-design': async () => (await import('./offDesign')).offDesignCommand,
  calibrate: () => import('./calibrate'),
  score: async () => (await import('./calibrate')).scoreCommand,
  'make-telemetry': () => import('./makeTelemetry'),
  risk: () => import('./risk'),
  compare: () => import('./compare'),
};

/**
 * Core options the CLI fills from a flag: a refusal by the core names the option (`options.hours`, a study's
 * `coldInlets`), the user typed the flag, so the message names the flag.
 */
const OPTION_FLAGS: Record<string, string> = {
  'options.hours': '--hours',
  // size-study and off-design grids (core studies/exchangerSize.ts, offDesign.ts)
  areas: '--areas',
  uas: '--uas',
  hotFlows: '--hot-flows',
  coldFlows: '--cold-flows',
  hotInlets: '--hot-in',
  coldInlets: '--cold-in',
};

/** The error as the user should read it: a core option named by the flag that set it. */
function asTyped(e: InputError): InputError {
  const flag = Object.hasOwn(OPTION_FLAGS, e.field) ? OPTION_FLAGS[e.field] : undefined;
  return flag ? new InputError(flag, String(e.value), e.allowed) : e;
}

const defaultIo: CliIo = {
  out: (s) => process.stdout.write(`${safeText(s)}\n`),
  err: (s) => process.stderr.write(`${safeText(s)}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  // `heat-twin help simulate` is `heat-twin simulate --help`
  if (name === 'help' && rest[0] !== undefined && Object.hasOwn(commands, rest[0])) {
    return main([rest[0], '--help'], io);
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`heat-twin ${softwareVersion().version}`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out('heat-twin — Heat Reuse Twin command line\n\nCommands:');
    for (const [cmd, load] of Object.entries(commands))
      io.out(`  ${cmd.padEnd(10)} ${(await load()).summary}`);
    io.out('\nRun `heat-twin <command> --help` for its options; `heat-twin --version` prints the version.');
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`heat-twin: unknown command "${name}" (known: ${Object.keys(commands).join(', ')})`);
    return 2;
  }
  resetFiles();
  try {
    return await (await load()).run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof PhysicsError) {
      const shown = e instanceof InputError ? asTyped(e) : e;
      io.err(`heat-twin ${name}: ${shown.message.split('\n')[0]}`);
      return 2;
    }
    io.err(`heat-twin ${name}: internal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}
