/**
 * Which base corrects a preview on the page (src/app/lib/previewBases.ts): the earlier revision, with both a
 * preview and a full year of the same weather and hours, whose preview is nearest; kept across edits that bring
 * no preview.
 */
import { describe, expect, it } from 'vitest';
import { PreviewBases } from '../../src/app/lib/previewBases';
import type { Kpis } from '../../src/core';
import type { RunOutput } from '../../src/worker/engine';

/** Made-up KPIs (a closed ledger) with `toGh` MWh of miner heat to the greenhouse, 100 MWh backup. */
function kpis(toGh: number): Kpis {
  return {
    minerElectricity_MWh: toGh + 600,
    heatRecovered_MWh: toGh + 500,
    minerHeatToAir_MWh: 100,
    heatToGreenhouse_MWh: toGh,
    heatRejected_MWh: 500,
    tankLoss_MWh: 0,
    tankStorageChange_MWh: 0,
    greenhouseHeatDemand_MWh: toGh + 100,
    backupHeat_MWh: 100,
    unmetHeat_MWh: 0,
  } as unknown as Kpis;
}

const out = (revision: number, preview: boolean, toGh: number, hours = 8760): RunOutput =>
  ({ revision, preview, hours, kpis: kpis(toGh) }) as unknown as RunOutput;

describe('PreviewBases', () => {
  it('corrects a preview by an earlier revision that has both runs', () => {
    const b = new PreviewBases();
    b.take(out(1, true, 1000), undefined);
    b.take(out(1, false, 1030), undefined);
    b.take(out(2, false, 1100), undefined); // a plant edit: no preview
    const shown = b.take(out(3, true, 1050), undefined);
    expect(shown.correctedFrom).toBe(1);
    expect(shown.kpis.heatToGreenhouse_MWh).toBeCloseTo(1080, 9);
    expect(shown.kpis.greenhouseHeatDemand_MWh).toBeCloseTo(1180, 9);
  });

  it('records a preview that came after its own full year, and uses it for later edits', () => {
    const b = new PreviewBases();
    b.take(out(4, false, 1030), undefined);
    const late = b.take(out(4, true, 1000), undefined);
    expect(late.correctedFrom).toBeUndefined();
    expect(b.take(out(5, true, 990), undefined).correctedFrom).toBe(4);
  });

  it('leaves a full year, another weather, other hours and a far edit as they came', () => {
    const b = new PreviewBases();
    b.take(out(1, true, 1000), 'winnipeg');
    b.take(out(1, false, 1030), 'winnipeg');
    const exact = out(2, false, 1040);
    expect(b.take(exact, 'winnipeg')).toBe(exact);
    expect(b.take(out(3, true, 1010), 'bundled').correctedFrom).toBeUndefined();
    expect(b.take(out(4, true, 1010, 48), 'winnipeg').correctedFrom).toBeUndefined();
    // 40 % more heat to the greenhouse than the base's preview: beyond the correction's trust
    const far = out(5, true, 1400);
    expect(b.take(far, 'winnipeg')).toBe(far);
  });

  it('corrects from the earlier revision whose preview is nearest, not only the newest', () => {
    const b = new PreviewBases();
    b.take(out(1, true, 1000), undefined);
    b.take(out(1, false, 1030), undefined);
    b.take(out(2, true, 1200), undefined);
    b.take(out(2, false, 1210), undefined);
    // back towards revision 1's value: corrected by revision 1's error (+30), not revision 2's (+10)
    const back = b.take(out(3, true, 1010), undefined);
    expect(back.correctedFrom).toBe(1);
    expect(back.kpis.heatToGreenhouse_MWh).toBeCloseTo(1040, 9);
  });

  it('drops the preview’s “colder than its set-point” warning when no unmet hour is left after the correction', () => {
    const b = new PreviewBases();
    const withHours = (o: RunOutput, unmetHours: number, warnings: { code: string }[] = []) =>
      ({ ...o, kpis: { ...o.kpis, unmetHours }, warnings }) as unknown as RunOutput;
    b.take(withHours(out(1, true, 1000), 12), undefined);
    b.take(withHours(out(1, false, 1030), 0), undefined);
    const cold = [{ code: 'greenhouse-too-cold' }, { code: 'exchanger-limits-recovery' }];
    const shown = b.take(withHours(out(2, true, 1010), 10, cold), undefined);
    expect(shown.kpis.unmetHours).toBe(0);
    expect(shown.warnings.map((w) => w.code)).toEqual(['exchanger-limits-recovery']);
    const still = b.take(withHours(out(3, true, 1010), 20, cold), undefined);
    expect(still.kpis.unmetHours).toBe(8);
    expect(still.warnings).toHaveLength(2);
  });

  it('keeps its base across many edits without a preview', () => {
    const b = new PreviewBases();
    b.take(out(1, true, 1000), undefined);
    b.take(out(1, false, 1030), undefined);
    for (let r = 2; r < 60; r++) b.take(out(r, false, 1030), undefined);
    expect(b.take(out(60, true, 1000), undefined).correctedFrom).toBe(1);
  });
});
