import { describe, expect, it } from 'vitest';
import { type RunEvent, Runner } from '../../src/app/lib/runner';
import type { SimClient } from '../../src/worker/client';
import type { RunOutput, RunRequest } from '../../src/worker/engine';

/** A client whose runs finish when the test says so. */
function fakeClient() {
  const calls: { req: RunRequest; resolve: () => void; reject: (e: Error) => void }[] = [];
  const client: SimClient = {
    run: (req) =>
      new Promise<RunOutput>((res, rej) => {
        calls.push({
          req,
          resolve: () => res({ revision: req.revision, preview: req.preview } as RunOutput),
          reject: rej,
        });
      }),
    loadWeather: async () => {
      throw new Error('not used');
    },
    hasWeather: async () => false,
    sweep: async () => {
      throw new Error('not used');
    },
    cancelSweep: async () => {},
    sweepTrace: async () => undefined,
    adoptSweepTrace: async () => {},
    terminate: () => {},
  };
  return { client, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const quick = fakeClient();
  const full = fakeClient();
  const events: RunEvent[] = [];
  const runner = new Runner(
    { quick: quick.client, full: full.client },
    (e) => events.push(e),
    () => 0,
  );
  const shown = () =>
    events
      .filter((e) => e.type === 'result')
      .map((e) => (e.type === 'result' ? `${e.output.revision}${e.output.preview ? 'p' : 'f'}` : ''));
  return { quick, full, runner, events, shown };
}

describe('run scheduling', () => {
  it('shows the preview, then the full result', async () => {
    const { quick, full, runner, shown, events } = setup();
    runner.submit({ input: {}, revision: 1 });
    expect(quick.calls[0]?.req.preview).toBe(true);
    expect(full.calls[0]?.req.preview).toBe(false);
    quick.calls[0]!.resolve();
    await tick();
    full.calls[0]!.resolve();
    await tick();
    expect(shown()).toEqual(['1p', '1f']);
    expect(events.filter((e) => e.type === 'idle').map((e) => (e.type === 'idle' ? e.idle : null))).toEqual([
      false,
      true,
    ]);
  });

  it('drops a preview that arrives after the full result of the same edit', async () => {
    const { quick, full, runner, shown } = setup();
    runner.submit({ input: {}, revision: 1 });
    full.calls[0]!.resolve();
    await tick();
    quick.calls[0]!.resolve();
    await tick();
    expect(shown()).toEqual(['1f']);
  });

  it('keeps only the latest pending job per lane (latest wins)', async () => {
    const { quick, full, runner, shown } = setup();
    runner.submit({ input: {}, revision: 1 });
    runner.submit({ input: {}, revision: 2 });
    runner.submit({ input: {}, revision: 3 });
    expect(full.calls).toHaveLength(1); // 1 running, 3 pending, 2 dropped
    full.calls[0]!.resolve();
    quick.calls[0]!.resolve();
    await tick();
    expect(full.calls.map((c) => c.req.revision)).toEqual([1, 3]);
    quick.calls[1]!.resolve();
    await tick();
    full.calls[1]!.resolve();
    await tick();
    expect(shown()).toEqual(['1f', '3p', '3f']);
    expect(runner.busy).toBe(false);
  });

  it('reports an error of the latest edit and keeps going', async () => {
    const { full, quick, runner, events } = setup();
    runner.submit({ input: {}, revision: 1 });
    full.calls[0]!.reject(new Error('boom'));
    quick.calls[0]!.reject(new Error('boom'));
    await tick();
    expect(events.some((e) => e.type === 'error' && e.message === 'boom')).toBe(true);
    runner.submit({ input: {}, revision: 2 });
    expect(full.calls).toHaveLength(2);
  });
});

describe('an edit the full lane answers as fast (economics only): no preview', () => {
  it('runs on the full lane only and drops an older preview still waiting', async () => {
    const { quick, full, runner, shown } = setup();
    runner.submit({ input: {}, revision: 1 });
    runner.submit({ input: {}, revision: 2 });
    // revision 2 waits on both lanes; revision 3 (economics only) replaces it on the full lane and drops it
    // from the preview lane
    runner.submit({ input: {}, revision: 3 }, { preview: false });
    quick.calls[0]!.resolve();
    await tick();
    full.calls[0]!.resolve();
    await tick();
    expect(quick.calls.map((c) => c.req.revision)).toEqual([1]);
    expect(full.calls.map((c) => c.req.revision)).toEqual([1, 3]);
    full.calls[1]!.resolve();
    await tick();
    expect(shown()).toEqual(['1p', '1f', '3f']);
    expect(runner.busy).toBe(false);
  });
});
