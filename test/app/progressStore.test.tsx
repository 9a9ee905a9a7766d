// @vitest-environment happy-dom
/**
 * The run's progress store (src/app/lib/progressStore.ts): reports reach subscribers only when the value
 * changes, an unsubscribed listener hears nothing, and the status line's bar reads the store's value (so a
 * report re-renders the bar, not the page: the page never receives the value as a prop). The bar is drawn
 * only once a run has lasted PROGRESS_DELAY_MS (a quicker answer never repaints a bar every frame).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_DELAY_MS, RunProgress, RunStatus } from '../../src/app/components/RunStatus';
import { createProgressStore } from '../../src/app/lib/progressStore';
import type { RunOutput } from '../../src/worker/engine';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('progress store', () => {
  it('notifies on a change only, and not after unsubscribing', () => {
    const s = createProgressStore();
    const heard: (number | null)[] = [];
    const off = s.subscribe(() => heard.push(s.get()));
    s.set(0.25);
    s.set(0.25);
    s.set(0.5);
    s.set(null);
    off();
    s.set(0.75);
    expect(heard).toEqual([0.25, 0.5, null]);
    expect(s.get()).toBe(0.75);
  });

  it("gives the status line a box of the bar's size, and no bar, when a run starts", () => {
    const s = createProgressStore();
    s.set(0.42);
    const html = renderToStaticMarkup(
      <RunStatus state="stale" run={null} progress={s} error={null} busy={true} pendingEdits={0} />,
    );
    expect(html).toContain('class="progress-wait"');
    expect(html).not.toContain('<progress');
  });

  it('says when the numbers come from a year already simulated (an undo, an economics edit), not a new one', () => {
    const s = createProgressStore();
    const run = { hours: 8760, timeStep: 900, elapsedMs: 23.4, repriced: true } as RunOutput;
    const status = (r: RunOutput) =>
      renderToStaticMarkup(
        <RunStatus state="final" run={r} progress={s} error={null} busy={false} pendingEdits={0} />,
      ).replace(/<!-- -->/g, '');
    expect(status(run)).toContain(
      'Up to date · 8,760 h at 15-min steps · from a year already simulated, in 23 ms',
    );
    expect(status({ ...run, repriced: false, elapsedMs: 331 })).toContain(
      'Up to date · 8,760 h at 15-min steps in 331 ms',
    );
    // a plant or floor-area edit: the greenhouse replayed, the plant simulated
    expect(status({ ...run, repriced: false, replayed: true, elapsedMs: 121 })).toContain(
      'Up to date · 8,760 h at 15-min steps · the greenhouse from a year already simulated, the plant in 121 ms',
    );
  });

  it('draws the bar from PROGRESS_DELAY_MS: indeterminate before the first report, then the percentage', () => {
    vi.useFakeTimers();
    const s = createProgressStore();
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    act(() => root.render(<RunProgress store={s} />));
    act(() => vi.advanceTimersByTime(PROGRESS_DELAY_MS - 1));
    expect(el.querySelector('progress')).toBeNull();
    expect(el.querySelector('.progress-wait')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    const bar = el.querySelector('progress');
    expect(bar).not.toBeNull();
    expect(bar!.hasAttribute('value')).toBe(false);
    act(() => s.set(0.42));
    expect(el.querySelector('progress')!.getAttribute('value')).toBe('42');
    act(() => root.unmount());
  });
});
