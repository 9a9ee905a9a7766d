/**
 * The run's progress store (src/app/lib/progressStore.ts): reports reach subscribers only when the value
 * changes, an unsubscribed listener hears nothing, and the status line's bar reads the store's value (so a
 * report re-renders the bar, not the page: the page never receives the value as a prop).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RunStatus } from '../../src/app/components/RunStatus';
import { createProgressStore } from '../../src/app/lib/progressStore';

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

  it('gives the status line its bar: the percentage while running, indeterminate before the first report', () => {
    const s = createProgressStore();
    const html = () =>
      renderToStaticMarkup(
        <RunStatus state="stale" run={null} progress={s} error={null} busy={true} pendingEdits={0} />,
      );
    expect(html()).not.toMatch(/<progress[^>]*value=/);
    s.set(0.42);
    expect(html()).toMatch(/<progress[^>]*value="42"/);
  });
});
