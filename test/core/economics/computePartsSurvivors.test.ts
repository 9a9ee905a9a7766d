/**
 * The parts of a year's economics where mutation testing found them unpinned (issue 18): an electric backup
 * priced over the simulated hours only, when the hourly series hold more (a preview cut from a longer buffer).
 */
import { describe, expect, it } from 'vitest';
import { energySums, hostBackup } from '../../../src/core/economics/computeParts';
import type { HourlyEnergy } from '../../../src/core/economics/computeTypes';
import { parseEconomics } from '../../../src/core/economics/schema';

describe('hostBackup: an electric backup over `hours`, not the series length', () => {
  it('hours beyond `hours` are neither avoided nor bought', () => {
    const e = parseEconomics({ backupElectricityPrice: [0.1, 0.3, 5] });
    const c = (w: number) => new Float64Array(3).fill(w);
    const h: HourlyEnergy = {
      hours: 2,
      minerElectricPower: c(2e6),
      hashrate: c(1e17),
      // The third hour (not simulated) is large and dear: counting it would change every figure.
      heatToGreenhouse: Float64Array.from([1e6, 2e6, 9e6]),
      backupHeat: c(0),
      backupInput: Float64Array.from([0.5e6, 0, 9e6]),
      auxiliaryPower: c(0),
      greenhouseHeatDemand: c(3e6),
      backupFuel: 'electric',
      backupEfficiency: 0.8,
    };
    const b = hostBackup(e, h, energySums(h, 1), 1);
    // Hand: heat 1000 kWh × 0.1 + 2000 kWh × 0.3 = 700 USD, / 0.8 = 875; bought 500 kWh × 0.1 = 50.
    expect(b.avoidedPurchase).toBeCloseTo(875, 9);
    expect(b.remainingPurchase).toBeCloseTo(50, 9);
    expect(b.avoided).toBeCloseTo(875, 9);
  });
});
