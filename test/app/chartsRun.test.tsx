// @vitest-environment happy-dom
/**
 * What the charts draw while a quick preview is on screen (src/app/components/ResultsPane.tsx `useChartsRun`):
 * the latest full year once there is one, the preview only before any; and what the status line says of a
 * corrected preview (RunStatus).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useChartsRun } from '../../src/app/components/ResultsPane';
import { RunStatus } from '../../src/app/components/RunStatus';
import { createProgressStore } from '../../src/app/lib/progressStore';
import type { RunOutput } from '../../src/worker/engine';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const run = (revision: number, preview: boolean, extra: Partial<RunOutput> = {}) =>
  ({ revision, preview, hours: 8760, timeStep: 900, elapsedMs: 1, ...extra }) as RunOutput;

/** The charts' run at each render: its revision, negative for a preview. */
const seen: (number | null)[] = [];
function Probe({ r }: { r: RunOutput | null }) {
  const c = useChartsRun(r);
  seen.push(c ? c.revision * (c.preview ? -1 : 1) : null);
  return null;
}

describe('useChartsRun', () => {
  it('keeps the last full year during a preview after it; draws a first preview with no year yet', async () => {
    seen.length = 0;
    const root = createRoot(document.createElement('div'));
    const show = async (r: RunOutput | null) => {
      await act(async () => root.render(<Probe r={r} />));
    };
    await show(run(1, true)); // first load: no year yet
    expect(seen.at(-1)).toBe(-1);
    await show(run(1, false));
    expect(seen.at(-1)).toBe(1);
    await show(run(2, true)); // an edit's preview: the charts stay on year 1
    expect(seen.at(-1)).toBe(1);
    await show(run(2, false));
    expect(seen.at(-1)).toBe(2);
    await act(async () => root.unmount());
  });
});

describe('RunStatus of a preview', () => {
  const status = (r: RunOutput) =>
    renderToStaticMarkup(
      <RunStatus
        state="preview"
        run={r}
        progress={createProgressStore()}
        error={null}
        busy
        pendingEdits={0}
      />,
    );
  it('says when the preview’s numbers are corrected by a year computed exactly', () => {
    expect(status(run(3, true, { correctedFrom: 2 }))).toContain(
      'Quick preview (1-hour steps, corrected by a year computed exactly) — refining…',
    );
    expect(status(run(3, true))).toContain('Quick preview (1-hour steps) — refining…');
  });
});
