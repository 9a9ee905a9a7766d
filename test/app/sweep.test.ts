import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, paramInfo } from '../../src/core';
import {
  applicableKpis,
  defaultBounds,
  kpiShown,
  planSweep,
  rangeEnds,
  type SweepParam,
  sweepCsv,
  sweepKpis,
  sweepParams,
} from '../../src/app/lib/sweep';
import type { Kpis } from '../../src/core';

const params = sweepParams();
const byPath = (p: string) => params.find((x) => x.path === p) as SweepParam;
const kpi = (id: string) => sweepKpis().find((k) => k.id === id)!;

describe('sweep parameters', () => {
  it('are the editor numeric fields with the range of their one declaration in the core', () => {
    const area = byPath('greenhouse.floorArea');
    expect(area).toMatchObject({ label: 'Floor area', group: 'Greenhouse', kind: 'area', integer: false });
    expect([area.min, area.max]).toEqual([
      paramInfo('greenhouse.floorArea')!.min,
      paramInfo('greenhouse.floorArea')!.max,
    ]);
    expect(byPath('miners.count').integer).toBe(true);
    expect(params.some((p) => p.path === 'simulation.timeStep')).toBe(false);
    expect(params.every((p) => Number.isFinite(p.min) && Number.isFinite(p.max))).toBe(true);
  });

  it('default to half to one and a half times the current value, within the range', () => {
    expect(defaultBounds(byPath('greenhouse.floorArea'), 20_000, 'SI')).toEqual({
      from: '10000',
      to: '30000',
    });
    // A set-point: ±5 degrees in the display unit.
    expect(defaultBounds(byPath('greenhouse.daySetpoint'), 294.15, 'SI')).toEqual({ from: '16', to: '26' });
  });
});

describe('sweep form', () => {
  const area = byPath('greenhouse.floorArea');

  it('gives the values shown and in SI', () => {
    const plan = planSweep({ from: '10000', to: '30000', points: '3' }, area, 'SI');
    expect(plan).toEqual({ ok: true, values: [10_000, 20_000, 30_000], shown: [10_000, 20_000, 30_000] });
    const f = planSweep({ from: '60', to: '70', points: '2' }, byPath('greenhouse.daySetpoint'), 'imperial');
    expect(f.ok && f.values.map((k) => +k.toFixed(4))).toEqual([288.7056, 294.2611]);
  });

  it('names the field, the value and the allowed range of a bad entry', () => {
    const plan = planSweep({ from: '10000', to: '2e7', points: '3' }, area, 'SI');
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.to).toBe('To = "2e7" m²: Floor area must be between 10 m² and 10,000,000 m²');
    expect(plan.errors.from).toBeUndefined();
    const bad = planSweep({ from: 'x', to: '10', points: '40' }, area, 'SI');
    expect(!bad.ok && bad.errors.from).toMatch(/^From = "x" m²: a number between 10 m² and/);
    expect(!bad.ok && bad.errors.points).toMatch(/^Points = "40": a whole number from 2 to 15/);
    const same = planSweep({ from: '10', to: '10', points: '3' }, area, 'SI');
    expect(!same.ok && same.errors.to).toMatch(/must differ from From/);
  });

  it('refuses more whole-number points than the range holds', () => {
    const plan = planSweep({ from: '1', to: '3', points: '5' }, byPath('dryCooler.count'), 'SI');
    expect(!plan.ok && plan.errors.points).toMatch(/at most 3 whole numbers/);
  });
});

describe('sweep range text', () => {
  it('imperial ends rounded inward to 4 significant digits (all shown values allowed); SI as declared', () => {
    const area = byPath('greenhouse.floorArea');
    expect(rangeEnds(area, 'imperial')).toEqual({ lo: '107.7', hi: '107,600,000', unit: 'ft²' });
    expect(rangeEnds(area, 'SI')).toEqual({ lo: '10', hi: '10,000,000', unit: 'm²' });
    const low = planSweep({ from: '107.7', to: '200', points: '2' }, area, 'imperial');
    expect(low.ok).toBe(true);
    const bad = planSweep({ from: '100', to: '200', points: '2' }, area, 'imperial');
    expect(!bad.ok && bad.errors.from).toContain('between 107.7 ft² and 107,600,000 ft²');
  });
});

describe('sweep KPIs', () => {
  const k = {
    heatCoverage: 0.8123,
    backupHeat_MWh: 1000,
    maxCoolantTemp_C: 50,
    operatorNetBenefit: 12,
    heatDemandPerArea_GJm2: 2,
    lcoh: 34.12,
    currency: 'CAD',
  } as unknown as Kpis;

  it('show energy per floor area and prices per energy in imperial units, with labels free of SI units', () => {
    const eui = kpiShown(kpi('heatDemandPerArea_GJm2'), k, 'imperial');
    expect(eui.unit).toBe('kBtu/ft²');
    // 1 GJ/m² = 947.817 kBtu / 10.7639 ft² = 88.055 kBtu/ft²
    expect(eui.value).toBeCloseTo(176.11, 1);
    expect(kpiShown(kpi('heatDemandPerArea_GJm2'), k, 'SI')).toEqual({ value: 2, unit: 'GJ/m²' });
    const lcoh = sweepKpis().find((x) => x.info.unit === '$/MWh')!;
    const perMmbtu = kpiShown(lcoh, { ...k, [lcoh.id]: 34.12 } as unknown as Kpis, 'imperial');
    expect(perMmbtu.unit).toBe('CAD/MMBtu');
    expect(perMmbtu.value).toBeCloseTo(10, 2); // 34.12 per MWh = 10.00 per MMBtu (3.412 MMBtu/MWh)
    expect(kpiShown(lcoh, { ...k, [lcoh.id]: 34.12 } as unknown as Kpis, 'SI').unit).toBe('CAD/MWh');
    for (const x of sweepKpis()) expect(x.label).not.toMatch(/m²|MWh|kW\b|°C/);
  });

  it('electricity stays in MWh in imperial (as metered and billed); heat goes to MMBtu', () => {
    const e = { ...k, minerElectricity_MWh: 26000, auxiliaryElectricity_MWh: 120 } as unknown as Kpis;
    expect(kpiShown(kpi('minerElectricity_MWh'), e, 'imperial')).toEqual({ value: 26000, unit: 'MWh' });
    expect(kpiShown(kpi('auxiliaryElectricity_MWh'), e, 'imperial')).toEqual({ value: 120, unit: 'MWh' });
    const heat = kpiShown(kpi('backupHeat_MWh'), e, 'imperial');
    expect(heat.unit).toBe('MMBtu');
    expect(heat.value).toBeCloseTo(3412.14, 1); // 1,000 MWh × 3.412142 MMBtu/MWh
  });

  it('come from the OUTPUTS table, shown in the display unit system', () => {
    expect(sweepKpis().some((x) => x.id === 'currency')).toBe(false);
    expect(kpiShown(kpi('heatCoverage'), k, 'SI')).toEqual({ value: 81.23, unit: '%' });
    expect(kpiShown(kpi('backupHeat_MWh'), k, 'SI')).toEqual({ value: 1000, unit: 'MWh' });
    const mmbtu = kpiShown(kpi('backupHeat_MWh'), k, 'imperial');
    expect(mmbtu.unit).toBe('MMBtu');
    expect(mmbtu.value).toBeCloseTo(3412.14, 1);
    expect(kpiShown(kpi('maxCoolantTemp_C'), k, 'imperial').value).toBeCloseTo(122, 9);
    expect(kpiShown(kpi('operatorNetBenefit'), k, 'SI')).toEqual({ value: 12, unit: 'CAD' });
  });

  it('export as CSV with units in the header, one row per point', () => {
    const points = [
      { sweep: 1, index: 0, value: 10_000, kpis: k, warnings: 0, elapsedMs: 1 },
      { sweep: 1, index: 1, value: 20_000, warnings: 0, error: 'bad, value', elapsedMs: 1 },
    ];
    const csv = sweepCsv(byPath('greenhouse.floorArea'), [kpi('heatCoverage')], points, 'SI');
    expect(csv.split('\n')).toEqual([
      'Floor area (m²),Share of the greenhouse heat from the miners (and the heat pump) (%),note',
      '10000,81.23,',
      '20000,,"bad, value"',
      '',
    ]);
  });
});

describe('KPIs offered for a sweep', () => {
  const site = (f: string) => loadScenario(JSON.parse(readFileSync(`models/sites/${f}.json`, 'utf8')));
  const ids = (l: { id: string }[]) => l.map((k) => k.id);
  const all = sweepKpis();

  it('leave out the tank, heat-pump and AI KPIs of a site without them (zero at every point)', () => {
    const pilot = site('manitoba-pilot');
    expect(pilot.bufferTank.volume).toBe(0);
    const offered = ids(applicableKpis(all, pilot, 'greenhouse.floorArea'));
    for (const gone of [
      'tankLoss_MWh',
      'heatPumpHeat_MWh',
      'heatPumpCop',
      'aiItElectricity_MWh',
      'hostingRevenue',
    ])
      expect(offered).not.toContain(gone);
    for (const kept of ['heatCoverage', 'backupHeat_MWh', 'npv', 'hashrateAverage_THs'])
      expect(offered).toContain(kept);
    expect(offered.length).toBeLessThan(all.length);
  });

  it('offer them when the swept parameter is that equipment’s own, on a site that has it, or already chosen', () => {
    const pilot = site('manitoba-pilot');
    expect(ids(applicableKpis(all, pilot, 'bufferTank.volume'))).toContain('tankLoss_MWh');
    const ai = site('ai-racks-heat-pump');
    expect(ids(applicableKpis(all, ai, 'greenhouse.floorArea'))).toContain('heatPumpCop');
    expect(ids(applicableKpis(all, pilot, 'miners.count', ['heatPumpCop']))).toContain('heatPumpCop');
    expect(ids(applicableKpis(all, null, 'miners.count'))).toEqual(ids(all));
  });
});
