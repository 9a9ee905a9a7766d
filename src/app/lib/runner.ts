/**
 * Scheduling simulation runs after edits. Two lanes, each on its own worker: a quick preview (one-hour
 * step, ~4× fewer steps) and the full run (the scenario's own step). Each lane runs one job at a time and
 * keeps only the latest pending job (latest wins). A result is shown only when it is newer than what is on
 * screen: a preview never replaces the full result of the same or a newer edit. A preview comes with its KPIs
 * corrected by a year computed exactly where it can (previewBases.ts).
 */
import type { RunOutput } from '../../worker/engine';
import type { SimClient } from '../../worker/client';
import { PreviewBases } from './previewBases';

export interface Job {
  input: unknown;
  weatherId?: string;
  revision: number;
}

export type RunEvent =
  | { type: 'result'; output: RunOutput; latencyMs: number }
  | { type: 'progress'; revision: number; fraction: number }
  | { type: 'error'; revision: number; preview: boolean; message: string }
  | { type: 'idle'; idle: boolean };

interface Queued extends Job {
  submittedAt: number;
}

class Lane {
  running: Queued | undefined;
  pending: Queued | undefined;
  constructor(
    readonly client: SimClient,
    readonly preview: boolean,
  ) {}
}

export class Runner {
  private readonly lanes: Lane[];
  private shownFinal = -1;
  private shownPreview = -1;
  private latest = -1;
  private wasIdle = true;
  /** Every result by revision, for the previews' correction (previewBases.ts). */
  private readonly bases = new PreviewBases();

  constructor(
    clients: { quick?: SimClient; full: SimClient },
    private readonly listener: (e: RunEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lanes = [];
    if (clients.quick) this.lanes.push(new Lane(clients.quick, true));
    this.lanes.push(new Lane(clients.full, false));
  }

  /**
   * Run the job on every lane (replacing any job still waiting there). `preview: false` skips the preview lane
   * (and drops an older job waiting there): for an edit the full lane answers as fast, such as an economics-only
   * edit that the worker reprices from its last run.
   */
  submit(job: Job, options: { preview?: boolean } = {}): void {
    this.latest = Math.max(this.latest, job.revision);
    const q: Queued = { ...job, submittedAt: this.now() };
    for (const lane of this.lanes) {
      if (lane.preview && options.preview === false) lane.pending = undefined;
      else if (lane.running) lane.pending = q;
      else void this.start(lane, q);
    }
    this.idleChanged();
  }

  /** True while any lane has work. */
  get busy(): boolean {
    return this.lanes.some((l) => l.running || l.pending);
  }

  private idleChanged(): void {
    const idle = !this.busy;
    if (idle !== this.wasIdle) {
      this.wasIdle = idle;
      this.listener({ type: 'idle', idle });
    }
  }

  private async start(lane: Lane, job: Queued): Promise<void> {
    lane.running = job;
    try {
      const onProgress = lane.preview
        ? undefined
        : (fraction: number) => this.listener({ type: 'progress', revision: job.revision, fraction });
      const req = {
        input: job.input,
        preview: lane.preview,
        revision: job.revision,
        ...(job.weatherId !== undefined ? { weatherId: job.weatherId } : {}),
      };
      const output = await lane.client.run(req, onProgress);
      this.deliver(output, job);
    } catch (e) {
      if (job.revision === this.latest) {
        this.listener({
          type: 'error',
          revision: job.revision,
          preview: lane.preview,
          message: (e as Error)?.message ?? String(e),
        });
      }
    } finally {
      lane.running = undefined;
      const next = lane.pending;
      lane.pending = undefined;
      if (next) void this.start(lane, next);
      this.idleChanged();
    }
  }

  private deliver(result: RunOutput, job: Queued): void {
    // recorded before the checks below: a preview that comes after its full year still makes a base
    const output = this.bases.take(result, job.weatherId);
    const r = output.revision;
    if (output.preview) {
      // Skip a preview of an edit whose full result is already shown, or older than the preview shown.
      if (r <= this.shownFinal || r < this.shownPreview) return;
      this.shownPreview = r;
    } else {
      if (r < this.shownFinal) return;
      this.shownFinal = r;
    }
    this.listener({ type: 'result', output, latencyMs: this.now() - job.submittedAt });
  }
}
