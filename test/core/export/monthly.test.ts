import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/export/csv';
import {
  MONTHLY_HEADER,
  type MonthlyRow,
  monthlyColumnInfo,
  monthlyCsv,
  monthlySummary,
} from '../../../src/core/export/monthly';
import { simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const aiRacks = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));

/** January (744 h) and February (672 h) with constant powers per month. */
function synthetic() {
  const hours = 744 + 672;
  const month = new Float64Array(hours);
  const s = {
    outdoorT: new Float64Array(hours),
    minerElectricPower: new Float64Array(hours).fill(3e6),
    heatToCoolant: new Float64Array(hours).fill(2.7e6),
    heatToGreenhouse: new Float64Array(hours),
    backupHeat: new Float64Array(hours),
    dryCoolerDuty: new Float64Array(hours),
    greenhouseHeatDemand: new Float64Array(hours).fill(2e6),
    unmetHeat: new Float64Array(hours),
    heatToAir: new Float64Array(hours).fill(0.3e6),
    tankCharge: new Float64Array(hours).fill(0.2e6),
    tankDischarge: new Float64Array(hours).fill(0.15e6),
    tankLoss: new Float64Array(hours).fill(0.01e6),
    auxiliaryPower: new Float64Array(hours).fill(0.05e6),
    heatPumpHeat: new Float64Array(hours),
    heatPumpElectricity: new Float64Array(hours),
    heatPumpSourceHeat: new Float64Array(hours),
    heatPumpCyclingLoss: new Float64Array(hours),
    aiItPower: new Float64Array(hours),
    aiHeatRejected: new Float64Array(hours),
    aiHeatToAir: new Float64Array(hours),
  };
  for (let i = 0; i < hours; i++) {
    const jan = i < 744;
    month[i] = jan ? 1 : 2;
    s.outdoorT[i] = jan ? 263.15 : 268.15;
    s.heatToGreenhouse[i] = jan ? 1e6 : 0.5e6;
    s.backupHeat[i] = 2e6 - s.heatToGreenhouse[i]!;
    s.dryCoolerDuty[i] = 2.7e6 - s.heatToGreenhouse[i]!;
  }
  return { result: { hours, series: s }, weather: { month } };
}

describe('monthly summary', () => {
  it('hand check: constant powers × hours per month, coverage = delivered / demand', () => {
    const { result, weather } = synthetic();
    const [jan, feb, year] = monthlySummary(result, weather) as [MonthlyRow, MonthlyRow, MonthlyRow];
    expect(jan.month).toBe(1);
    expect(jan.hours).toBe(744);
    // 3 MW × 744 h = 2232 MWh; × 672 h = 2016 MWh; year 4248 MWh.
    expect(jan.minerElectricity_MWh).toBeCloseTo(2232, 9);
    expect(feb.minerElectricity_MWh).toBeCloseTo(2016, 9);
    expect(year.minerElectricity_MWh).toBeCloseTo(4248, 9);
    // 2.7 MW × 1416 h = 3823.2 MWh into the coolant.
    expect(year.heatRecovered_MWh).toBeCloseTo(3823.2, 9);
    // Delivered: 1 MW × 744 h = 744 MWh; 0.5 MW × 672 h = 336 MWh. Demand 2 MW: 1488 and 1344 MWh.
    expect(jan.heatToGreenhouse_MWh).toBeCloseTo(744, 9);
    expect(feb.heatToGreenhouse_MWh).toBeCloseTo(336, 9);
    expect(jan.heatCoverage).toBeCloseTo(0.5, 12);
    expect(feb.heatCoverage).toBeCloseTo(0.25, 12);
    // Year coverage: (744 + 336) / (1488 + 1344) = 1080 / 2832.
    expect(year.heatCoverage).toBeCloseTo(1080 / 2832, 12);
    // Backup = demand − delivered: 744 + 1008 = 1752 MWh; rejected = 2.7 MW·h − delivered.
    expect(year.backupHeat_MWh).toBeCloseTo(744 + 1008, 9);
    expect(year.heatRejected_MWh).toBeCloseTo(3823.2 - 1080, 9);
    // Outdoor mean: (−10 × 744 − 5 × 672) / 1416 = −7.6271 °C.
    expect(year.outdoorMean_C).toBeCloseTo((-10 * 744 - 5 * 672) / 1416, 9);
    expect(year.month).toBe('year');
    // Ledger columns: 0.3 MW to the container air × 1416 h = 424.8 MWh; tank storage change
    // (0.2 − 0.15 − 0.01) MW × 1416 h = 56.64 MWh; tank loss 14.16 MWh; auxiliaries 70.8 MWh.
    expect(year.minerHeatToAir_MWh).toBeCloseTo(424.8, 9);
    expect(year.tankStorageChange_MWh).toBeCloseTo(56.64, 9);
    expect(year.tankLoss_MWh).toBeCloseTo(14.16, 9);
    expect(year.auxiliaryElectricity_MWh).toBeCloseTo(70.8, 9);
    expect(year.unmetHeat_MWh).toBe(0);
  });

  it.each([
    ['the pilot', manitoba],
    ['AI racks and a heat pump', aiRacks],
  ])('the months of a real run add up to the KPIs (Σ months = year row = KPI): %s', (_, input) => {
    // 45 days: all of January and part of February.
    const r = simulate(input, { hours: 24 * 45 });
    const rows = monthlySummary(r, bundledWeather());
    expect(rows.map((x) => x.month)).toEqual([1, 2, 'year']);
    expect(rows.map((x) => x.hours)).toEqual([744, 336, 1080]);
    const year = rows[2]!;
    const k = r.kpis;
    const pairs: [keyof typeof year, number][] = [
      ['minerElectricity_MWh', k.minerElectricity_MWh],
      ['heatRecovered_MWh', k.heatRecovered_MWh],
      ['heatToGreenhouse_MWh', k.heatToGreenhouse_MWh],
      ['backupHeat_MWh', k.backupHeat_MWh],
      ['heatRejected_MWh', k.heatRejected_MWh],
      ['greenhouseHeatDemand_MWh', k.greenhouseHeatDemand_MWh],
      ['heatCoverage', k.heatCoverage],
      ['unmetHeat_MWh', k.unmetHeat_MWh],
      ['minerHeatToAir_MWh', k.minerHeatToAir_MWh],
      ['tankLoss_MWh', k.tankLoss_MWh],
      ['tankStorageChange_MWh', k.tankStorageChange_MWh],
      ['auxiliaryElectricity_MWh', k.auxiliaryElectricity_MWh],
      ['heatPumpHeat_MWh', k.heatPumpHeat_MWh],
      ['heatPumpElectricity_MWh', k.heatPumpElectricity_MWh],
      ['heatPumpSourceHeat_MWh', k.heatPumpSourceHeat_MWh],
      ['heatPumpCyclingLoss_MWh', k.heatPumpCyclingLoss_MWh],
      ['aiItElectricity_MWh', k.aiItElectricity_MWh],
      ['aiHeatRejected_MWh', k.aiHeatRejected_MWh],
      ['aiHeatToAir_MWh', k.aiHeatToAir_MWh],
    ];
    // every energy column of the CSV is checked
    expect(pairs.length).toBe(MONTHLY_HEADER.length - 3);
    for (const [f, kpi] of pairs) {
      expect(Math.abs((year[f] as number) - kpi), f).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(kpi)));
      if (f !== 'heatCoverage') {
        const months = (rows[0]![f] as number) + (rows[1]![f] as number);
        expect(Math.abs(months - kpi), f).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(kpi)));
      }
    }
  });

  it('CSV: header with units, months then the year row; printed months add up to the printed year', () => {
    const { result, weather } = synthetic();
    const rows = parseCsv(monthlyCsv(result, weather));
    expect(rows[0]).toEqual([...MONTHLY_HEADER]);
    expect(rows.map((r) => r[0])).toEqual(['month', '1', '2', 'year']);
    for (let c = 3; c <= 8; c++) {
      const sum = Number(rows[1]![c]) + Number(rows[2]![c]);
      // 6 decimals each: rounding error ≤ 3 × 0.5e-6 MWh.
      expect(Math.abs(sum - Number(rows[3]![c])), rows[0]![c]).toBeLessThan(2e-6);
    }
    expect(rows[1]![3]).toBe('2232.000000');
    expect(rows[3]![9]).toBe((1080 / 2832).toFixed(6));
    // Every column has a unit and definition (OUTPUTS).
    for (const h of MONTHLY_HEADER) expect(monthlyColumnInfo(h).definition.length, h).toBeGreaterThan(0);
  });
});
