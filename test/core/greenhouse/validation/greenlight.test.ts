/**
 * The twin against GreenLight, an independent peer-reviewed greenhouse model (Katzin et al. 2020, 2021; github
 * davkat1/GreenLight, commit fa502ed, Katzin 2021 model on Vanthoor 2011's greenhouse, no lamps, scipy BDF), on
 * GreenLight's default 4 ha glasshouse and the bundled Winnipeg year (models/sites/greenlight-reference.json).
 * GreenLight's monthly heating (MJ/m²) was measured by running GreenLight on the same EPW.
 *
 * Status (see README, "Greenhouse model"): the monthly shape follows GreenLight (r > 0.99); the year is within
 * the ±10 % target (+8.3 %) and the monthly CV(RMSE) within ASHRAE Guideline 14's 15 % (10.8 %); the monthly
 * NMBE (−9.0 %) is not yet within G14's ±5 %: March–December, with the crop at LAI 3 in both models, the twin
 * needs 8–16 % more. Part of that is control: GreenLight's boiler is a proportional controller that holds the
 * air ≈ 0.45 K below its set-point, the twin holds the set-point. The scenario gives the crop GreenLight's own
 * leaf-area trajectory (planted young on 1 January), read from GreenLight's output. These tests hold today's
 * measured agreement so that any change of the physics shows here, whichever way.
 */
import { describe, expect, it } from 'vitest';
import reference from '../../../../models/sites/greenlight-reference.json';
import { loadScenario, simulate } from '../../../../src/core/index';

/** GreenLight v2, Winnipeg TMYx, MJ/m² per month (year 1,539.2). */
const GREENLIGHT = [264.7, 224.6, 179.5, 101.5, 73.5, 21.8, 11.5, 19.4, 56.4, 126.9, 200.1, 259.3];

/** ASHRAE Guideline 14-2014 NMBE and CV(RMSE) with the (n − 1) denominator, as fractions. */
function g14(sim: number[], meas: number[]) {
  const n = meas.length;
  const mean = meas.reduce((a, b) => a + b, 0) / n;
  let bias = 0;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    bias += meas[i]! - sim[i]!;
    sq += (meas[i]! - sim[i]!) ** 2;
  }
  return { nmbe: bias / ((n - 1) * mean), cvrmse: Math.sqrt(sq / (n - 1)) / mean };
}

describe('greenhouse heating demand vs GreenLight (Winnipeg, GreenLight default glasshouse)', () => {
  const s = loadScenario(reference);
  const r = simulate(s);
  const area = s.greenhouse.floorArea;
  const demand = r.series.greenhouseHeatDemand;
  const monthly = new Array(12).fill(0);
  for (let h = 0; h < demand.length; h++) {
    const m = monthOfHour(h);
    monthly[m] += (demand[h]! * 3600) / 1e6 / area;
  }
  const year = monthly.reduce((a, b) => a + b, 0);
  const gl = GREENLIGHT.reduce((a, b) => a + b, 0);

  it('the monthly shape follows GreenLight (Pearson r > 0.99)', () => {
    const mx = monthly.reduce((a, b) => a + b, 0) / 12;
    const my = gl / 12;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < 12; i++) {
      sxy += (monthly[i]! - mx) * (GREENLIGHT[i]! - my);
      sxx += (monthly[i]! - mx) ** 2;
      syy += (GREENLIGHT[i]! - my) ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.99);
  });

  it('the year within ±10 % of GreenLight (the target; measured 1,667 vs 1,539 MJ/m², +8.3 %)', () => {
    expect(year / gl).toBeGreaterThan(0.9);
    expect(year / gl).toBeLessThan(1.1);
  });

  it('monthly CV(RMSE) within ASHRAE Guideline 14’s 15 % (measured 10.8 %)', () => {
    expect(g14(monthly, GREENLIGHT).cvrmse).toBeLessThan(0.15);
  });

  it('monthly NMBE: the target |NMBE| ≤ 5 % is not met yet (measured −9.0 %); held within ±3 points', () => {
    // G14's sign convention: NMBE < 0 when the model over-predicts
    const m = g14(monthly, GREENLIGHT);
    expect(m.nmbe).toBeLessThan(-0.06);
    expect(m.nmbe).toBeGreaterThan(-0.12);
  });

  it('the KPI per area agrees with the hourly series', () => {
    expect(r.kpis.heatDemandPerArea_GJm2 * 1000).toBeCloseTo(year, 0);
  });
});

/** Month (0–11) of hour h of a 365-day year. */
function monthOfHour(h: number): number {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let d = Math.floor(h / 24);
  for (let m = 0; m < 12; m++) {
    if (d < days[m]!) return m;
    d -= days[m]!;
  }
  return 11;
}
