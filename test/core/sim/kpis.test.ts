/**
 * The annual KPIs from hourly series, on a four-hour record whose sums, shares and counts are worked out by hand
 * here (every energy is Σ hourly mean power × 1 h; the unmet-hour rule is 2 % of the hour's demand and 1 W/m²).
 */
import { describe, expect, it } from 'vitest';
import { energyKpis, UNMET_ABS, UNMET_SHARE } from '../../../src/core/sim/kpis';
import { SERIES_NAMES, type SeriesName } from '../../../src/core/sim/outputs';

const H = 4;
const AREA = 1000; // m²: 1 W/m² is 1 kW

/** Every series zero, then the given hourly values (W, K, −). */
function record(values: Partial<Record<SeriesName, number[]>>): Record<SeriesName, Float64Array> {
  const x = {} as Record<SeriesName, Float64Array>;
  for (const k of SERIES_NAMES) x[k] = new Float64Array(H);
  for (const [k, v] of Object.entries(values)) x[k as SeriesName].set(v!);
  return x;
}

const ctx = { hours: H, floorArea: AREA, residualSum: 3, throughputSum: 3e6 };

describe('energyKpis', () => {
  it('sums hourly means into MWh and the demand ledger into its shares', () => {
    const x = record({
      minerElectricPower: [1e6, 1e6, 2e6, 0],
      heatToCoolant: [0.9e6, 0.9e6, 1.8e6, 0],
      heatToGreenhouse: [0.5e6, 0.7e6, 1e6, 0],
      backupHeat: [0.3e6, 0, 0, 0],
      unmetHeat: [0.2e6, 0, 0, 0],
      greenhouseHeatDemand: [1e6, 0.7e6, 1e6, 0],
      dryCoolerDuty: [0.4e6, 0.2e6, 0.8e6, 0],
      auxiliaryPower: [1e4, 1e4, 1e4, 1e4],
      tankCharge: [0, 0, 2e5, 0],
      tankDischarge: [1e5, 0, 0, 0],
      tankLoss: [1e3, 1e3, 1e3, 1e3],
    });
    const k = energyKpis(x, ctx);
    expect(k.minerElectricity_MWh).toBeCloseTo(4, 12);
    expect(k.heatRecovered_MWh).toBeCloseTo(3.6, 12);
    expect(k.heatToGreenhouse_MWh).toBeCloseTo(2.2, 12);
    expect(k.backupHeat_MWh).toBeCloseTo(0.3, 12);
    expect(k.unmetHeat_MWh).toBeCloseTo(0.2, 12);
    expect(k.greenhouseHeatDemand_MWh).toBeCloseTo(2.7, 12);
    expect(k.heatRejected_MWh).toBeCloseTo(1.4, 12);
    expect(k.auxiliaryElectricity_MWh).toBeCloseTo(0.04, 12);
    expect(k.tankLoss_MWh).toBeCloseTo(0.004, 12);
    // charge − discharge − loss = 0.2 − 0.1 − 0.004
    expect(k.tankStorageChange_MWh).toBeCloseTo(0.096, 12);
    // (2.2) / (2.2 + 0.3 + 0.2) and 2.2 / (4 + 0.04)
    expect(k.heatCoverage).toBeCloseTo(2.2 / 2.7, 12);
    expect(k.energyReuseFactor).toBeCloseTo(2.2 / 4.04, 12);
    expect(k.peakGreenhouseLoad_kW).toBe(1000);
    // 2.7 MWh over 1 000 m² = 2.7 kWh/m² = 9.72 MJ/m² = 0.00972 GJ/m²
    expect(k.heatDemandPerArea_GJm2).toBeCloseTo(0.00972, 12);
    expect(k.energyBalanceResidual).toBe(1e-6);
  });

  it('design load: the mean demand of the ⌈0.4 %⌉ coldest hours (ASHRAE 99.6 %), beside the hourly peak', () => {
    // a year of 8,760 hours: 36 coldest (⌈35.04⌉) at −30 °C demanding 2 MW, one mild hour with a 5 MW transient
    const n = 8760;
    const outdoorT = new Float64Array(n).fill(273.15 + 5);
    const greenhouseHeatDemand = new Float64Array(n).fill(0.5e6);
    for (let i = 100; i < 136; i++) {
      outdoorT[i] = 273.15 - 30;
      greenhouseHeatDemand[i] = 2e6;
    }
    outdoorT[136] = 273.15 - 29; // the 37th coldest: not a design hour
    greenhouseHeatDemand[136] = 9e6;
    greenhouseHeatDemand[5000] = 5e6;
    const x = {} as Record<SeriesName, Float64Array>;
    for (const k of SERIES_NAMES) x[k] = new Float64Array(n);
    x.outdoorT = outdoorT;
    x.greenhouseHeatDemand = greenhouseHeatDemand;
    const k = energyKpis(x, { ...ctx, hours: n });
    expect(k.designGreenhouseLoad_kW).toBe(2000);
    expect(k.peakGreenhouseLoad_kW).toBe(9000);
  });

  it('the other energies: Σ hourly means in MWh', () => {
    const x = record({
      heatToAir: [1e5, 1e5, 1e5, 1e5],
      backupInput: [2e5, 0, 0, 0],
      aiHeatRejected: [3e5, 3e5, 0, 0],
      heatPumpSourceHeat: [4e5, 0, 0, 0],
      aiHeatToAir: [5e4, 5e4, 5e4, 5e4],
    });
    const k = energyKpis(x, ctx);
    expect(k.minerHeatToAir_MWh).toBeCloseTo(0.4, 12);
    expect(k.backupInput_MWh).toBeCloseTo(0.2, 12);
    expect(k.aiHeatRejected_MWh).toBeCloseTo(0.6, 12);
    expect(k.heatPumpSourceHeat_MWh).toBeCloseTo(0.4, 12);
    expect(k.aiHeatToAir_MWh).toBeCloseTo(0.2, 12);
  });

  it('the reuse factor counts every electricity: miners, auxiliaries, AI racks, heat pump', () => {
    const x = record({
      minerElectricPower: [1e6, 0, 0, 0],
      auxiliaryPower: [2e5, 0, 0, 0],
      aiItPower: [3e5, 0, 0, 0],
      heatPumpElectricity: [4e5, 0, 0, 0],
      heatToGreenhouse: [9.5e5, 0, 0, 0],
      greenhouseHeatDemand: [9.5e5, 0, 0, 0],
    });
    expect(energyKpis(x, ctx).energyReuseFactor).toBeCloseTo(0.95 / 1.9, 12);
    // only a heat pump's electricity: still a reuse factor, not 0
    const y = record({ heatPumpElectricity: [1e5, 0, 0, 0], heatPumpHeat: [3e5, 0, 0, 0] });
    expect(energyKpis(y, ctx).energyReuseFactor).toBeCloseTo(3, 12);
    // only auxiliaries, or only AI racks, drawing electricity (the miners off)
    const z = record({ auxiliaryPower: [1e5, 0, 0, 0], heatToGreenhouse: [5e4, 0, 0, 0] });
    expect(energyKpis(z, ctx).energyReuseFactor).toBeCloseTo(0.5, 12);
    const a = record({ aiItPower: [2e5, 0, 0, 0], heatToGreenhouse: [5e4, 0, 0, 0] });
    expect(energyKpis(a, ctx).energyReuseFactor).toBeCloseTo(0.25, 12);
  });

  it('an hour is unmet only above 2 % of its demand and above 1 W/m² of floor', () => {
    expect([UNMET_SHARE, UNMET_ABS]).toEqual([0.02, 1]);
    // demand 100 kW each hour; shortfalls: 2.5 kW (yes), 1.5 kW (under 2 %: no), 0.9 kW (under 1 W/m²: no), 2.1 kW (yes)
    const demand = [1e5, 1e5, 1e5, 1e5];
    const x = record({ greenhouseHeatDemand: demand, unmetHeat: [2500, 1500, 900, 2100] });
    expect(energyKpis(x, ctx).unmetHours).toBe(2);
    // the same shortfall against a demand of 200 kW: 2 % is 4 kW, so none counts
    const y = record({ greenhouseHeatDemand: demand.map((d) => 2 * d), unmetHeat: [2500, 1500, 900, 2100] });
    expect(energyKpis(y, ctx).unmetHours).toBe(0);
    // a small demand (10 kW, 2 % = 200 W): 900 W is over 2 % but under 1 W/m² × 1 000 m², 1 100 W over both
    const z = record({ greenhouseHeatDemand: [1e4, 1e4, 1e4, 1e4], unmetHeat: [900, 1100, 999, 1000] });
    expect(energyKpis(z, ctx).unmetHours).toBe(1);
    // exactly at either threshold does not count (strictly more than)
    const share = UNMET_SHARE * 1e5; // 2 kW, above the 1 kW floor
    const w = record({
      greenhouseHeatDemand: [1e5, 1e5, 1e4, 1e4],
      unmetHeat: [share, share * 1.01, 1000, 1000.5],
    });
    expect(energyKpis(w, ctx).unmetHours).toBe(2);
  });

  it('cold hours: air more than 0.5 K under its set-point; averages and the hottest coolant', () => {
    const x = record({
      greenhouseAirT: [290, 290.5, 290.4, 289],
      setpointT: [291, 291, 291, 291],
      minerOutletT: [330, 352.15, 340, 300],
      minerUptime: [1, 1, 0.5, 0],
      hashrate: [4e15, 4e15, 2e15, 0],
    });
    const k = energyKpis(x, ctx);
    // 1 K, exactly 0.5 K, 0.6 K and 2 K under the set-point: all but the second count
    expect(k.coldHours).toBe(3);
    expect(k.maxCoolantTemp_C).toBeCloseTo(79, 9);
    expect(k.minerUptime).toBeCloseTo(0.625, 12);
    expect(k.hashrateAverage_THs).toBeCloseTo(2500, 9);
  });

  it('no demand, no electricity, no throughput: the shares are 0, not NaN', () => {
    const k = energyKpis(record({}), { ...ctx, residualSum: 0, throughputSum: 0 });
    expect(k.heatCoverage).toBe(0);
    expect(k.energyReuseFactor).toBe(0);
    expect(k.energyBalanceResidual).toBe(0);
    expect(k.heatPumpCop).toBe(0);
  });

  it('the heat pump: its heat counts as recovered, its electricity in the reuse factor, COP = heat / electricity', () => {
    const x = record({
      minerElectricPower: [1e6, 1e6, 1e6, 1e6],
      heatToGreenhouse: [5e5, 5e5, 5e5, 5e5],
      heatPumpHeat: [3e5, 3e5, 0, 0],
      heatPumpElectricity: [1e5, 1e5, 0, 0],
      greenhouseHeatDemand: [8e5, 8e5, 5e5, 5e5],
      aiItPower: [2e5, 2e5, 2e5, 2e5],
    });
    const k = energyKpis(x, ctx);
    expect(k.heatPumpCop).toBeCloseTo(3, 12);
    expect(k.heatCoverage).toBeCloseTo(1, 12);
    // (2 + 0.6) / (4 + 0 + 0.8 + 0.2)
    expect(k.energyReuseFactor).toBeCloseTo(2.6 / 5, 12);
    expect(k.aiItElectricity_MWh).toBeCloseTo(0.8, 12);
  });
});
