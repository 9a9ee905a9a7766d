import { describe, expect, it } from 'vitest';
import {
  durationCurve,
  energyFlows,
  hourlyCsv,
  monthly,
  monthlyCsv,
  monthlySum,
} from '../../src/app/lib/aggregate';
import { SERIES, type SeriesName } from '../../src/core/sim/simulate';

/** A 3-hour "year": hours in January, January, February. */
function tiny(values: Partial<Record<SeriesName, number[]>>) {
  const series = {} as Record<SeriesName, Float64Array>;
  for (const k of Object.keys(SERIES) as SeriesName[]) series[k] = Float64Array.from(values[k] ?? [0, 0, 0]);
  return {
    hours: 3,
    series,
    calendar: {
      month: Uint8Array.from([1, 1, 2]),
      day: Uint8Array.from([1, 1, 1]),
      hour: Uint8Array.from([1, 2, 1]),
      leapYear: false,
    },
  };
}

describe('monthly sums and duration curves', () => {
  it('sums hourly W into MWh per month', () => {
    // 1 MW for two January hours = 2 MWh; 3 MW for one February hour = 3 MWh.
    expect(monthlySum(Float64Array.from([1e6, 1e6, 3e6]), [1, 1, 2]).slice(0, 3)).toEqual([2, 3, 0]);
    const m = monthly(
      tiny({ heatToGreenhouse: [1e6, 0, 0], backupHeat: [0, 2e6, 0], dryCoolerDuty: [0, 0, 5e5] }),
    );
    expect(m.minerToGreenhouse[0]).toBe(1);
    expect(m.backup[0]).toBe(2);
    expect(m.rejected[1]).toBe(0.5);
  });

  it('sorts a load-duration curve from the highest hour down', () => {
    expect([...durationCurve(Float64Array.from([3, 9, 1, 5]))]).toEqual([9, 5, 3, 1]);
  });
});

describe('energy flows', () => {
  it('balances each node: what enters leaves (hand numbers)', () => {
    // Miners: 10 MW electric → 9 MW coolant + 0.5 MW container air (+ 0.5 MW other).
    // Coolant: 9 MW → 6 MW greenhouse + 3 MW dry cooler. Backup: 2.2 MW fuel → 2 MW heat.
    const flows = energyFlows(
      tiny({
        minerElectricPower: [10e6, 0, 0],
        heatToCoolant: [9e6, 0, 0],
        heatToAir: [0.5e6, 0, 0],
        heatToGreenhouse: [6e6, 0, 0],
        dryCoolerDuty: [3e6, 0, 0],
        backupInput: [2.2e6, 0, 0],
        backupHeat: [2e6, 0, 0],
        auxiliaryPower: [0.1e6, 0, 0],
      }),
    );
    const sum = (f: (x: (typeof flows)[number]) => boolean) =>
      flows.filter(f).reduce((t, x) => t + x.value, 0);
    expect(sum((f) => f.target === 'Miners')).toBeCloseTo(10, 12);
    expect(sum((f) => f.source === 'Miners')).toBeCloseTo(10, 12);
    expect(sum((f) => f.source === 'Coolant loop')).toBeCloseTo(9, 12);
    expect(sum((f) => f.target === 'Greenhouse')).toBeCloseTo(8, 12);
    expect(flows.find((f) => f.source === 'Backup heater' && f.target === 'Other losses')?.value).toBeCloseTo(
      0.2,
      12,
    );
    // The coolant balances exactly: no "coolant → other losses" flow.
    expect(flows.some((f) => f.source === 'Coolant loop' && f.target === 'Other losses')).toBe(false);
  });
});

describe('CSV', () => {
  it('writes hourly rows in °C and kW with the calendar', () => {
    const csv = hourlyCsv(tiny({ outdoorT: [273.15, 263.15, 283.15], heatToGreenhouse: [1500, 0, 0] }));
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith('month,day,hour,outdoor_C,')).toBe(true);
    const head = lines[0]!.split(',');
    const row = lines[1]!.split(',');
    expect(row[head.indexOf('outdoor_C')]).toBe('0');
    expect(row[head.indexOf('miner_heat_to_greenhouse_kW')]).toBe('1.5');
    expect(lines[2]!.split(',')[head.indexOf('outdoor_C')]).toBe('-10');
  });

  it('writes 12 months and a year total in MWh', () => {
    const lines = monthlyCsv(tiny({ backupHeat: [1e6, 1e6, 4e6] }))
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(14);
    expect(lines[1]!.split(',')[4]).toBe('2');
    expect(lines[2]!.split(',')[4]).toBe('4');
    expect(lines[13]).toMatch(/^Year,0,0,0,6,0$/);
  });
});
