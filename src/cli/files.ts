/**
 * The files a command reads and writes. Inputs: regular files only (not a directory, a device such as
 * /dev/zero, a pipe), at most a stated size, checked before a byte is read. Outputs: never a file this run
 * reads (`--result scenario.json` would replace the site model with a result record) and never the file of
 * another output of the same run (`--csv a.csv --monthly a.csv` would keep only the last). System error codes
 * are said in words.
 */
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './io';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a name in its path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EIO: 'an input/output error',
};

/** A file-system error in words ("no such file"), else its code or message. */
export function fileReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code !== undefined ? REASONS[code] : undefined) ?? code ?? (e as Error).message;
}

/** The file's real path if it exists, else its absolute path. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** What this command has read (canonical path → what it was) and written (→ its flag). */
const inputs = new Map<string, string>();
const outputs = new Map<string, string>();

/** Start a command with no files read or written (the CLI's tests run many commands in one process). */
export function resetFiles(): void {
  inputs.clear();
  outputs.clear();
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * Read an input file of at most `maxBytes`, refusing (with `what`, e.g. "--weather" or "scenario file")
 * anything that is not a regular file or is larger, before reading it.
 */
export function readInput(path: string, what: string, maxBytes: number): Buffer {
  if (path.trim() === '') throw new UsageError(`${what}: give a file name`);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${what}: ${path} is a folder, not a file`);
    if (!st.isFile())
      throw new UsageError(
        `${what}: ${path} is not a regular file (a device, pipe or socket cannot be read)`,
      );
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${what}: cannot read ${path}: ${fileReason(e)}`);
  }
  if (size > maxBytes)
    throw new UsageError(`${what}: ${path} is ${mb(size)}; at most ${mb(maxBytes)} is read`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`${what}: cannot read ${path}: ${fileReason(e)}`);
  }
  inputs.set(canonical(path), what);
  return bytes;
}

/** Claim `path` for the output `flag`: refused if this run reads it or another output writes it. */
export function claimOutput(path: string, flag: string): void {
  if (path.trim() === '') throw new UsageError(`${flag}: give a file name`);
  const c = canonical(path);
  const read = inputs.get(c);
  if (read !== undefined)
    throw new UsageError(`${flag}: ${path} is the ${read} this run reads; write the output to another file`);
  const other = outputs.get(c);
  if (other !== undefined && other !== flag)
    throw new UsageError(`${flag}: ${path} is also ${other}'s file; give each output a file of its own`);
  outputs.set(c, flag);
}

/**
 * Before a command computes: each output given (flag → path) is claimed (`claimOutput`) and must be writable —
 * its folder exists and may be written, and it is not itself a folder — so that a typo in a path is said at
 * once, not after a year's simulation. Nothing is created here.
 */
export function checkOutputs(outs: Readonly<Record<string, string | undefined>>): void {
  for (const [flag, path] of Object.entries(outs)) {
    if (path === undefined) continue;
    claimOutput(path, flag);
    const full = resolve(path);
    const dir = dirname(full);
    const problem = (why: string) => new UsageError(`${flag}: cannot write ${path}: ${why}`);
    let folder: ReturnType<typeof statSync>;
    try {
      folder = statSync(dir);
    } catch (e) {
      throw problem(`its folder ${dir}: ${fileReason(e)}`);
    }
    if (!folder.isDirectory()) throw problem(`${dir} is a file, not a folder`);
    let existing: ReturnType<typeof statSync> | undefined;
    try {
      existing = statSync(full);
    } catch {
      existing = undefined; // a new file
    }
    if (existing?.isDirectory()) throw problem(REASONS.EISDIR!);
    try {
      accessSync(existing ? full : dir, constants.W_OK);
    } catch (e) {
      throw problem(fileReason(e));
    }
  }
}
