import { describe, expect, it } from 'vitest';
import { telemetry as T } from '../../../src/core/index';

describe('ASHRAE Guideline 14 statistics, by hand', () => {
  // measured m = [10, 12, 8, 14], simulated s = [9, 13, 8, 12]   (a fifth pair has a gap: excluded)
  // n = 4, m̄ = 44/4 = 11, residuals m − s = [1, −1, 0, 2], Σ = 2, Σ² = 1 + 1 + 0 + 4 = 6
  const m = [10, 12, 8, 14, Number.NaN];
  const s = [9, 13, 8, 12, 5];

  it('NMBE and CV(RMSE) with n − p, p = 1', () => {
    const r = T.fitStats(m, s, 1);
    expect(r.n).toBe(4);
    // NMBE = Σ(m − s) / ((n − p)·m̄) = 2 / (3 · 11) = 0.060606…
    expect(r.nmbe).toBeCloseTo(2 / 33, 12);
    // CV(RMSE) = √(Σ(m − s)² / (n − p)) / m̄ = √(6/3) / 11 = 0.128565…
    expect(r.cvrmse).toBeCloseTo(Math.SQRT2 / 11, 12);
    expect(r.cvrmse).toBeCloseTo(0.1285649, 6);
    expect(r.rmse).toBeCloseTo(Math.SQRT2, 12);
  });

  it('p = 2 changes the denominator: n − p = 2', () => {
    const r = T.fitStats(m, s, 2);
    expect(r.nmbe).toBeCloseTo(2 / 22, 12); // 0.0909…
    expect(r.cvrmse).toBeCloseTo(Math.sqrt(3) / 11, 12); // √(6/2)/11
  });

  it('R² is the squared Pearson correlation (IPMVP)', () => {
    // s̄ = 42/4 = 10.5; m − m̄ = [−1, 1, −3, 3]; s − s̄ = [−1.5, 2.5, −2.5, 1.5]
    // Σxy = 1.5 + 2.5 + 7.5 + 4.5 = 16; Σxx = 1 + 1 + 9 + 9 = 20; Σyy = 2.25 + 6.25 + 6.25 + 2.25 = 17
    // R² = 16² / (20 · 17) = 256 / 340 = 0.752941…
    expect(T.fitStats(m, s, 1).r2).toBeCloseTo(256 / 340, 12);
  });

  it('a perfect model scores zero error and R² = 1; a biased one a negative NMBE when it over-predicts', () => {
    const perfect = T.fitStats([1, 2, 3], [1, 2, 3], 1);
    expect(perfect.nmbe).toBe(0);
    expect(perfect.cvrmse).toBe(0);
    expect(perfect.r2).toBeCloseTo(1, 12);
    // s = m + 1 everywhere: NMBE = −3 / (2 · 2) = −0.75
    expect(T.fitStats([1, 2, 3], [2, 3, 4], 1).nmbe).toBeCloseTo(-0.75, 12);
  });

  it('too few pairs give NaN, not a number', () => {
    expect(T.fitStats([1], [1], 1).nmbe).toBeNaN();
  });

  it('monthly sums over paired hours only, months with ≥ 24 paired hours', () => {
    // 24 h in January: m = 2, s = 1 each hour → sums 48 and 24; 30 h in February, one measured gap:
    // 29 pairs, m = 3, s = 3 → 87 and 87; 10 h in March: too few, dropped.
    const month = [...Array(24).fill(1), ...Array(30).fill(2), ...Array(10).fill(3)];
    const meas = [...Array(24).fill(2), Number.NaN, ...Array(29).fill(3), ...Array(10).fill(1)];
    const sim = [...Array(24).fill(1), ...Array(30).fill(3), ...Array(10).fill(1)];
    const p = T.monthlyPairs(meas, sim, month, false);
    expect(p.measured).toEqual([48, 87]);
    expect(p.simulated).toEqual([24, 87]);
    expect(T.monthlyPairs(meas, sim, month, true).measured).toEqual([2, 3]);
  });

  it('verdicts against the G14 criteria; temperatures get none', () => {
    const rows = 48;
    const month = new Uint8Array(rows).fill(1);
    const series = (siUnit: string, values: number[]): T.MeasuredSeries => ({
      series: 'backupHeat',
      column: 'x',
      unit: 'kW',
      siUnit,
      values: Float64Array.from(values),
      hours: values.length,
    });
    const meas = Array.from({ length: rows }, (_, i) => 100 + (i % 2) * 20); // mean 110
    // 5 % under-prediction everywhere: hourly NMBE ≈ +5 % (n − p ≈ n), CV ≈ 5 % → meets hourly criteria.
    const sim = meas.map((x) => x * 0.95);
    const ok = T.scoreSeries(series('W', meas), sim, month, 1);
    expect(ok.meetsHourly).toBe(true);
    const bad = T.scoreSeries(
      series('W', meas),
      meas.map((x) => x * 0.8),
      month,
      1,
    );
    expect(bad.meetsHourly).toBe(false);
    expect(T.isCalibrated([ok])).toBe(true);
    expect(T.isCalibrated([ok, bad])).toBe(false);
    const temp = T.scoreSeries(
      series(
        'K',
        meas.map((x) => x + 273.15),
      ),
      sim.map((x) => x + 273.15),
      month,
      1,
    );
    expect(temp.meetsHourly).toBeUndefined();
    // Scored in °C: mean 110 °C, not 383 K.
    expect(temp.hourly.meanMeasured).toBeCloseTo(110, 9);
  });
});
