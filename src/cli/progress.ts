/**
 * A one-line progress bar with ETA for long commands, drawn on stderr only when it is a terminal (so pipes,
 * files and `--json` output stay clean). Redraws at most every `minInterval` ms; `done()` erases the line.
 */
import type { CliIo } from './io';

export interface Progress {
  /** Report `done` of `total` units finished (a fraction when total is 1). */
  update(done: number, total: number, note?: string): void;
  /** Erase the bar (call before printing results). */
  done(): void;
}

export interface ProgressOptions {
  /** Where to draw (default: process.stderr when io.isTTY, else nothing). */
  write?: (s: string) => void;
  /** Clock in ms (default performance.now); injectable for tests. */
  now?: () => number;
  /** Bar width in characters. */
  width?: number;
  /** Minimum time between redraws, ms (the final 100 % is always drawn). */
  minInterval?: number;
}

const NONE: Progress = { update() {}, done() {} };

/** m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–:––';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The bar's text: `label [█████░░░░░]  42 %  5/12  elapsed 0:03  ETA 0:04`. ETA = elapsed × (1 − f)/f,
 * the rate so far extrapolated linearly; shown once something is done.
 */
export function renderProgress(
  label: string,
  done: number,
  total: number,
  elapsedSeconds: number,
  width = 24,
  note?: string,
): string {
  const f = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const full = Math.round(f * width);
  const bar = '█'.repeat(full) + '░'.repeat(width - full);
  const count = total === 1 ? '' : `  ${done}/${total}`;
  const eta = f > 0 && f < 1 ? `  ETA ${formatDuration((elapsedSeconds * (1 - f)) / f)}` : '';
  return `${label} [${bar}] ${String(Math.floor(f * 100)).padStart(3)} %${count}  elapsed ${formatDuration(elapsedSeconds)}${eta}${note ? `  ${note}` : ''}`;
}

/** A progress bar for `io` (a no-op unless stderr is a terminal or `opts.write` is given). */
export function progressBar(io: CliIo, label: string, opts: ProgressOptions = {}): Progress {
  const write = opts.write ?? (io.isTTY ? (s: string) => process.stderr.write(s) : undefined);
  if (!write) return NONE;
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const minInterval = opts.minInterval ?? 100;
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total, note) {
      const t = now();
      if (t - last < minInterval && done < total) return;
      last = t;
      drawn = true;
      write(`\r\x1b[2K${renderProgress(label, done, total, (t - t0) / 1000, opts.width, note)}`);
    },
    done() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}
