import { describe, expect, it } from 'vitest';
import {
  BACKUP_INPUT,
  BACKUP_LOSSES,
  durationCurve,
  energyFlows,
  hourlyCsv,
  monthly,
  monthlyCsv,
  monthlySum,
  nodeFlow,
} from '../../src/app/lib/aggregate';
import { readFileSync } from 'node:fs';
import { monthlyStack } from '../../src/app/components/MonthlyBars';
import type { Flow } from '../../src/app/lib/aggregate';
import type { EnergyKpiId, Kpis } from '../../src/core';
import { ENERGY_KPI_OUTPUTS } from '../../src/core/sim/outputsKpis';
import { SERIES, type SeriesName, simulate } from '../../src/core/sim/simulate';

const aiJson = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

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
  /** A run's KPIs: every energy KPI 0 but those given (MWh). */
  const kpis = (v: Partial<Record<EnergyKpiId, number>>) =>
    ({
      kpis: { ...Object.fromEntries(Object.keys(ENERGY_KPI_OUTPUTS).map((id) => [id, 0])), ...v } as Kpis,
    }) as const;
  const inflow = (flows: Flow[], n: string) =>
    flows.filter((f) => f.target === n).reduce((t, f) => t + f.value, 0);
  const outflow = (flows: Flow[], n: string) =>
    flows.filter((f) => f.source === n).reduce((t, f) => t + f.value, 0);

  it('balances each node: what enters leaves (hand numbers)', () => {
    // Miners: 10 MWh electric → 9 coolant + 1 container air. Coolant: 9 → 6 greenhouse + 2.6 dry cooler + 0.1 tank
    // losses + 0.3 stored. Backup: 2.2 fuel → 2 heat (0.2 flue). Pumps and fans 0.1.
    const flows = energyFlows(
      kpis({
        minerElectricity_MWh: 10,
        heatRecovered_MWh: 9,
        minerHeatToAir_MWh: 1,
        heatToGreenhouse_MWh: 6,
        heatRejected_MWh: 2.6,
        tankLoss_MWh: 0.1,
        tankStorageChange_MWh: 0.3,
        backupInput_MWh: 2.2,
        backupHeat_MWh: 2,
        auxiliaryElectricity_MWh: 0.1,
      }),
    );
    expect(inflow(flows, 'Miners')).toBeCloseTo(10, 12);
    expect(outflow(flows, 'Miners')).toBeCloseTo(10, 12);
    expect(inflow(flows, 'Coolant loop')).toBeCloseTo(9, 12);
    expect(outflow(flows, 'Coolant loop')).toBeCloseTo(9, 12);
    expect(inflow(flows, 'Greenhouse')).toBeCloseTo(8, 12);
    expect(outflow(flows, 'Electricity')).toBeCloseTo(10.1, 12);
    // the heater's input (fuel or electricity alike: the pilot's backup is electric) splits into the heat the
    // heater makes and its losses, so the heater's node is its output, as on the "Backup heat" card
    expect(flows.filter((f) => f.source === BACKUP_INPUT)).toEqual([
      { source: BACKUP_INPUT, target: 'Backup heater', value: 2 },
      { source: BACKUP_INPUT, target: BACKUP_LOSSES, value: expect.closeTo(0.2, 12) },
    ]);
    expect(inflow(flows, 'Backup heater')).toBe(2);
    expect(outflow(flows, 'Backup heater')).toBe(2);
    // nothing of the heat pump or the AI racks without them (zero flows are not drawn)
    expect(flows.some((f) => /Heat pump|AI/.test(f.source + f.target))).toBe(false);
  });

  it('a tank that gave back more than it stored feeds the coolant loop', () => {
    const flows = energyFlows(
      kpis({
        minerElectricity_MWh: 10,
        heatRecovered_MWh: 10,
        heatToGreenhouse_MWh: 10.4,
        tankStorageChange_MWh: -0.4,
      }),
    );
    expect(flows.find((f) => f.source === 'Stored in tank')).toEqual({
      source: 'Stored in tank',
      target: 'Coolant loop',
      value: 0.4,
    });
    expect(inflow(flows, 'Coolant loop')).toBeCloseTo(outflow(flows, 'Coolant loop'), 12);
  });

  /** Every node with flows both in and out: |in − out|, relative to the largest flow. */
  const imbalances = (flows: Flow[]) => {
    const max = Math.max(...flows.map((f) => f.value));
    const names = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
    return names
      .filter((n) => inflow(flows, n) > 0 && outflow(flows, n) > 0)
      .map((n) => [n, Math.abs(inflow(flows, n) - outflow(flows, n)) / max] as const);
  };

  it('AI racks and a heat pump (three days of the bundled scenario): every inner node balances', () => {
    const r = simulate(aiJson, { hours: 72 });
    const flows = energyFlows(r);
    const inner = imbalances(flows);
    expect(inner.map(([n]) => n)).toEqual(
      expect.arrayContaining(['Miners', 'Coolant loop', 'AI racks', 'Heat pump', 'Backup heater']),
    );
    for (const [n, d] of inner) expect(d, n).toBeLessThan(1e-9);
    expect(flows.find((f) => f.source === 'AI racks' && f.target === 'Heat pump')?.value).toBe(
      r.kpis.heatPumpSourceHeat_MWh,
    );
    expect(outflow(flows, 'Heat pump')).toBeGreaterThan(0);
    // the greenhouse node is the greenhouse's heat demand (unmet heat included), as on its card
    expect(inflow(flows, 'Greenhouse') / r.kpis.greenhouseHeatDemand_MWh).toBeCloseTo(1, 9);
  });

  it('the Manitoba pilot (a cold week): in = out at every node, the backup heater node is the backup heat', () => {
    const r = simulate(pilotJson, { hours: 168 });
    expect(r.kpis.backupHeat_MWh).toBeGreaterThan(0);
    expect(r.kpis.backupInput_MWh).toBeGreaterThan(r.kpis.backupHeat_MWh);
    const flows = energyFlows(r);
    const inner = imbalances(flows);
    expect(inner.map(([n]) => n)).toEqual(
      expect.arrayContaining(['Miners', 'Coolant loop', 'Backup heater']),
    );
    for (const [n, d] of inner) expect(d, n).toBeLessThan(1e-9);
    // the heater's node: in = out = its output (the "Backup heat" card), its input and losses their own nodes
    expect(inflow(flows, 'Backup heater')).toBe(r.kpis.backupHeat_MWh);
    expect(outflow(flows, 'Backup heater')).toBe(r.kpis.backupHeat_MWh);
    expect(outflow(flows, BACKUP_INPUT)).toBeCloseTo(r.kpis.backupInput_MWh, 9);
    expect(inflow(flows, BACKUP_LOSSES)).toBeCloseTo(r.kpis.backupInput_MWh - r.kpis.backupHeat_MWh, 9);
    expect(nodeFlow(flows, 'Backup heater', 'out')).toBe(r.kpis.backupHeat_MWh);
  });
});

describe('monthly stack', () => {
  it('miner, heat-pump, backup and unmet heat add up to the demand every month (AI racks, three days)', () => {
    const r = simulate(aiJson, { hours: 72 });
    const n = r.hours;
    const calendar = {
      month: new Uint8Array(n).fill(1),
      day: new Uint8Array(n),
      hour: new Uint8Array(n),
      leapYear: false,
    };
    const m = monthly({ hours: n, series: r.series, calendar });
    const st = monthlyStack(m);
    expect(st.heatPump[0]).toBeGreaterThan(0);
    for (let i = 0; i < 12; i++) {
      const sum = st.minerToGreenhouse[i]! + st.heatPump[i]! + st.backup[i]! + st.unmet[i]!;
      expect(Math.abs(sum - m.demand[i]!), `month ${i + 1}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, m.demand[i]!),
      );
    }
    // (the unmet part was demand − miner − backup, so a heat pump's heat showed as unmet)
    expect(st.unmet[0]).toBeLessThan(0.01 * st.heatPump[0]!);
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
    expect(lines[13]).toMatch(/^Year,0,0,0,6,0,0,0$/);
    // greenhouse heat = miner + backup + heat pump + unmet (the last two columns) every row
    expect(lines[0]).toBe(
      'month,miner_electricity_MWh,greenhouse_heat_MWh,miner_heat_to_greenhouse_MWh,backup_heat_MWh,rejected_heat_MWh,heat_pump_heat_MWh,unmet_heat_MWh',
    );
  });
});
