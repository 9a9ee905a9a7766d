/**
 * The warning strip above the 3D view (src/app/components/Warnings.tsx): always a line once there is a result
 * ("No warnings" when there are none), so results with and without warnings do not move the view below it.
 * Its height hold while a result is refined runs in the browser (test/e2e/app-layout.e2e.mjs, laptop 1280×800).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WarningStrip } from '../../src/app/components/Warnings';

describe('WarningStrip', () => {
  it('says "No warnings" on its line when there are none', () => {
    const html = renderToStaticMarkup(<WarningStrip warnings={[]} settling={false} />);
    expect(html).toContain('class="warning-strip"');
    expect(html).toMatch(/<li class="sev-none">No warnings<\/li>/);
  });

  it('lists the warnings most serious first, without the "No warnings" line', () => {
    const html = renderToStaticMarkup(
      <WarningStrip
        settling={true}
        warnings={[
          { code: 'exchanger-limits-recovery', message: 'm', hours: 276 },
          { code: 'freeze-risk', message: 'm', hours: 2 },
          { code: 'unmet-heat', message: 'm', hours: 4 },
        ]}
      />,
    );
    expect(html).not.toContain('No warnings');
    expect([...html.matchAll(/data-code="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'freeze-risk',
      'unmet-heat',
      'exchanger-limits-recovery',
    ]);
    expect(html).toContain('(276 h)');
  });
});
