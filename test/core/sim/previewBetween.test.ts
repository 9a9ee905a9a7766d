/**
 * correctBetweenNearest (src/core/sim/previewCorrection.ts): the discrepancy interpolated between the preview's
 * two nearest anchors, on made-up records worked by hand, and the property that it never leaves the two
 * anchors' corrections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  correctBetweenNearest,
  correctFromNearest,
  correctPreviewKpis,
  type PreviewAnchor,
} from '../../../src/core/sim/previewCorrection';
import { record } from './previewRecords';

// A: one-hour 1,000 MWh to the greenhouse, 100 backup, 10 unmet; exact +30, −10, −10
const A: PreviewAnchor = {
  coarse: record({ toGh: 1000, backup: 100, unmet: 10, rejected: 500, toAir: 50 }),
  exact: record({ toGh: 1030, backup: 90, unmet: 0, rejected: 470, toAir: 50 }),
};
// B: one-hour 1,200 / 120 / 12; exact +20, +10, 0
const B: PreviewAnchor = {
  coarse: record({ toGh: 1200, backup: 120, unmet: 12, rejected: 300, toAir: 50 }),
  exact: record({ toGh: 1220, backup: 130, unmet: 12, rejected: 280, toAir: 50 }),
};
const preview = (f: number) =>
  record({
    toGh: 1000 + 200 * f,
    backup: 100 + 20 * f,
    unmet: 10 + 2 * f,
    rejected: 500 - 200 * f,
    toAir: 50,
  });

describe('correctBetweenNearest', () => {
  it('halfway between two anchors: half of each discrepancy', () => {
    const c = correctBetweenNearest(preview(0.5), [A, B], 8760)!;
    expect(c.anchor).toBe(0); // equally near: the first
    expect(c.kpis.heatToGreenhouse_MWh).toBeCloseTo(1100 + 25, 9);
    expect(c.kpis.backupHeat_MWh).toBeCloseTo(110 + 0, 9);
    expect(c.kpis.unmetHeat_MWh).toBeCloseTo(11 - 5, 9);
    expect(c.kpis.greenhouseHeatDemand_MWh).toBeCloseTo(1125 + 110 + 6, 9);
  });

  it('a quarter of the way from A: three quarters of its discrepancy, a quarter of B’s', () => {
    const c = correctBetweenNearest(preview(0.25), [B, A], 8760)!;
    expect(c.anchor).toBe(1); // A, the nearer
    expect(c.kpis.heatToGreenhouse_MWh).toBeCloseTo(1050 + 0.75 * 30 + 0.25 * 20, 9);
    expect(c.kpis.backupHeat_MWh).toBeCloseTo(105 - 0.75 * 10 + 0.25 * 10, 9);
    expect(c.kpis.unmetHeat_MWh).toBeCloseTo(10.5 - 0.75 * 10, 9);
  });

  it('behind the nearest anchor, with one anchor, or with the second beyond the trust: the nearest alone', () => {
    const behind = preview(-0.25);
    expect(correctBetweenNearest(behind, [A, B], 8760)).toEqual(correctFromNearest(behind, [A, B], 8760));
    expect(correctBetweenNearest(behind, [A, B], 8760)!.kpis).toEqual(
      correctPreviewKpis(behind, A.exact, A.coarse, 8760),
    );
    expect(correctBetweenNearest(preview(0.5), [A], 8760)).toEqual(
      correctFromNearest(preview(0.5), [A], 8760),
    );
    // B's one-hour heat 60 % above the preview's: it does not trust it, A does (20 %)
    const far: PreviewAnchor = {
      coarse: record({ toGh: 1920, backup: 192, unmet: 19, rejected: 0, toAir: 50 }),
      exact: record({ toGh: 1900, backup: 200, unmet: 19, rejected: 0, toAir: 50 }),
    };
    const p = preview(0.1);
    expect(correctBetweenNearest(p, [A, far], 8760)).toEqual(correctFromNearest(p, [A, far], 8760));
    expect(correctBetweenNearest(p, [], 8760)).toBeUndefined();
    // an anchor's own preview: its exact year
    expect(correctBetweenNearest(B.coarse, [A, B], 8760)!.kpis.heatToGreenhouse_MWh).toBeCloseTo(1220, 9);
  });

  it('never outside the two anchors’ own corrections (random records)', () => {
    const part = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(part, part, part, part, (f, g, dA, dB) => {
        const a: PreviewAnchor = {
          coarse: A.coarse,
          exact: record({ toGh: 1000 + 60 * dA, backup: 100, unmet: 10, rejected: 500, toAir: 50 }),
        };
        const b: PreviewAnchor = {
          coarse: B.coarse,
          exact: record({ toGh: 1200 - 60 * dB, backup: 120, unmet: 12, rejected: 300, toAir: 50 }),
        };
        // anywhere between and off the line through the two anchors
        const p = record({ toGh: 1000 + 200 * f, backup: 100 + 40 * g, unmet: 10, rejected: 400, toAir: 50 });
        const c = correctBetweenNearest(p, [a, b], 8760)!.kpis.heatToGreenhouse_MWh;
        const fromA = correctPreviewKpis(p, a.exact, a.coarse, 8760)!.heatToGreenhouse_MWh;
        const fromB = correctPreviewKpis(p, b.exact, b.coarse, 8760)!.heatToGreenhouse_MWh;
        expect(c).toBeGreaterThanOrEqual(Math.min(fromA, fromB) - 1e-9);
        expect(c).toBeLessThanOrEqual(Math.max(fromA, fromB) + 1e-9);
      }),
      { numRuns: 200, seed: 35 },
    );
  });
});
