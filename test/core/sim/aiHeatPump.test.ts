import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { heatPump, heatPumpCop } from '../../../src/core/components/heatPump';
import { HEAT_LEDGER } from '../../../src/core/sim/outputs';
import { type SimulationResult, simulate } from '../../../src/core/sim/simulate';

const ai = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
const K = (c: number) => c + 273.15;

describe('AI racks + heat pump in the annual simulation (three January weeks)', () => {
  // run in beforeAll, not the describe body: a run at collection time is invisible to per-test coverage
  let r: SimulationResult;
  let k: SimulationResult['kpis'];
  let x: SimulationResult['series'];
  beforeAll(() => {
    r = simulate(ai, { hours: 24 * 21 });
    k = r.kpis;
    x = r.series;
  });
  it('closes the energy balance (residual ≤ 1e-9) and the ledger every hour', () => {
    expect(k.energyBalanceResidual).toBeLessThanOrEqual(1e-9);
    for (let h = 0; h < r.hours; h++) {
      const demand = x.heatToGreenhouse[h]! + x.heatPumpHeat[h]! + x.backupHeat[h]! + x.unmetHeat[h]!;
      expect(Math.abs(demand - x.greenhouseHeatDemand[h]!)).toBeLessThan(1e-6 * Math.max(1, demand));
      const hp = x.heatPumpSourceHeat[h]! + x.heatPumpElectricity[h]!;
      expect(Math.abs(hp - x.heatPumpHeat[h]! - x.heatPumpCyclingLoss[h]!)).toBeLessThan(
        1e-6 * Math.max(1, hp),
      );
      // no flow runs backwards: the racks give the heat pump heat, their coolers reject what is left
      expect(x.heatPumpSourceHeat[h]!).toBeGreaterThanOrEqual(0);
      expect(x.heatPumpCyclingLoss[h]!).toBeGreaterThanOrEqual(0);
      expect(x.aiHeatRejected[h]!).toBeLessThanOrEqual((x.aiItPower[h]! - x.aiHeatToAir[h]!) * (1 + 1e-12));
      const ai = x.heatPumpSourceHeat[h]! + x.aiHeatRejected[h]! + x.aiHeatToAir[h]!;
      expect(Math.abs(ai - x.aiItPower[h]!)).toBeLessThan(1e-6 * ai);
    }
    expect(HEAT_LEDGER.map((l) => l.kpi)).toContain('heatPumpHeat_MWh');
    expect(HEAT_LEDGER.map((l) => l.kpi)).toContain('heatPumpCyclingLoss_MWh');
  });
  it('the racks draw 22 × 132 kW × 80 % all the time', () => {
    expect(k.aiItElectricity_MWh).toBeCloseTo((22 * 132 * 0.8 * r.hours) / 1000, 6);
  });
  it('the seasonal COP lies between the COPs at the highest (85 °C) and lowest (60 °C) supply from 40 °C', () => {
    const hp = heatPump({ capacity: 2.6e6 });
    expect(k.heatPumpCop).toBeGreaterThan(heatPumpCop(hp, K(85), K(40)) * 0.95);
    expect(k.heatPumpCop).toBeLessThan(heatPumpCop(hp, K(60), K(40)));
    expect(k.heatPumpHeat_MWh).toBeGreaterThan(0);
  });
  it('the heat pump heat counts as recovered: coverage = (miner + heat pump heat) / demand', () => {
    expect(k.heatCoverage).toBeCloseTo(
      (k.heatToGreenhouse_MWh + k.heatPumpHeat_MWh) / k.greenhouseHeatDemand_MWh,
      12,
    );
  });
  it('economics: hosting revenue, the heat pump electricity paid, the host avoids its heat', () => {
    expect(k.hostingRevenue).toBeGreaterThan(0);
    expect(r.economics.breakdown.heatPumpElectricity_MWh).toBeCloseTo(
      (k.heatPumpElectricity_MWh * 8760) / r.hours,
      6,
    );
    expect(r.economics.breakdown.heatDelivered_MWh).toBeCloseTo(
      ((k.heatToGreenhouse_MWh + k.heatPumpHeat_MWh) * 8760) / r.hours,
      6,
    );
  });
});
