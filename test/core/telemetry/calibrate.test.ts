import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { RunCache } from '../../../src/core/sim/reprice';
import { bundledWeather, loadScenario, setField, simulate, telemetry as T } from '../../../src/core/index';

describe('Nelder–Mead with box bounds', () => {
  it('finds the minimum of the Rosenbrock function (1, 1) inside the box', () => {
    const rosen = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const r = T.nelderMead(rosen, {
      lower: [-2, -1],
      upper: [2, 3],
      start: [-1.2, 1],
      maxEvaluations: 600,
      fTolerance: 1e-12,
      xTolerance: 1e-7,
    });
    expect(r.x[0]).toBeCloseTo(1, 2);
    expect(r.x[1]).toBeCloseTo(1, 2);
  });
  it('stays inside the box when the unconstrained minimum is outside it', () => {
    // min (x − 5)² + (y + 3)² on [0, 2] × [−1, 1] is at the corner (2, −1).
    const seen: number[][] = [];
    const r = T.nelderMead((x) => (x[0]! - 5) ** 2 + (x[1]! + 3) ** 2, {
      lower: [0, -1],
      upper: [2, 1],
      start: [1, 0],
      maxEvaluations: 300,
      onEvaluation: (_k, x) => seen.push([...x]),
    });
    expect(r.x[0]).toBeCloseTo(2, 3);
    expect(r.x[1]).toBeCloseTo(-1, 3);
    for (const [x, y] of seen) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(2);
      expect(y).toBeGreaterThanOrEqual(-1);
      expect(y).toBeLessThanOrEqual(1);
    }
  });
  it('stops when the best value stalls for stallWindow evaluations', () => {
    // A flat function never improves: the 6th evaluation is 5 after the 1st with no gain, so it stops.
    let n = 0;
    const r = T.nelderMead(
      () => {
        n++;
        return 1;
      },
      {
        lower: [0, 0],
        upper: [1, 1],
        start: [0.5, 0.5],
        maxEvaluations: 100,
        fTolerance: 1e-9,
        xTolerance: 0,
        stallWindow: 5,
      },
    );
    expect(n).toBe(6);
    expect(r.converged).toBe(true);
  });
  it('respects the evaluation budget', () => {
    let n = 0;
    T.nelderMead(
      (x) => {
        n++;
        return x[0]! ** 2;
      },
      { lower: [-1], upper: [1], start: [0.7], maxEvaluations: 7, fTolerance: 0, xTolerance: 0 },
    );
    expect(n).toBe(7);
  });
});

describe('fit parameters', () => {
  const input = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
  const loaded = loadScenario(input);
  it('start from the scenario, in the table unit, within the table range', () => {
    const [leak, area] = T.fitParameters(input, loaded, ['greenhouse.leakage', 'heatExchanger.area']);
    expect(leak!.start).toBeCloseTo(0.5, 12); // "0.5 1/h"
    expect(T.formatValue(leak!, 0.8)).toBe('0.8 1/h');
    expect(area!.start).toBe(100);
    expect([area!.lower, area!.upper]).toEqual([10, 1000]);
  });
  it('other numeric fields: a third to three times their value', () => {
    const [h] = T.fitParameters(input, loaded, ['greenhouse.height']);
    expect(h!.start).toBe(5);
    expect([h!.lower, h!.upper]).toEqual([5 / 3, 15]);
  });
  it('temperatures: ±10 K in °C; every range within the declared one', () => {
    const [t] = T.fitParameters(input, loaded, ['site.designOutdoorTemperature']);
    expect(t!.unit).toBe('degC');
    expect(t!.start).toBeCloseTo(-32, 9);
    expect(t!.lower).toBeCloseTo(-42, 9);
    expect(t!.upper).toBeCloseTo(-22, 9);
    const [eff] = T.fitParameters(input, loaded, ['backupHeater.efficiency']);
    expect(eff!.upper).toBeLessThanOrEqual(1);
  });
  it('bad paths are refused with the flag named', () => {
    expect(() => T.fitParameters(input, loaded, ['greenhouse.cover'])).toThrow(/--fit/);
    expect(() => T.fitParameters(input, loaded, ['nothing'])).toThrow(/dotted scenario path/);
  });
});

describe('calibration recovers the parameters that made synthetic telemetry', () => {
  // Truth: leakage 0.8 1/h and a 70 m² plate exchanger (the scenario says 0.5 1/h and 100 m²). Six weeks
  // of winter data with 3 % noise on the powers, 0.3 K on the temperature, 1 % empty cells and a two-day
  // outage. Tolerance: leakage within 5 %, area within 15 % (the exchanger area moves the split between
  // miner and backup heat less than the leakage moves the total).
  const input = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
  const weather = bundledWeather();
  const hours = 6 * 7 * 24;
  const truth = setField(setField(input, 'greenhouse.leakage', '0.8 1/h'), 'heatExchanger.area', '70 m^2');
  const csv = T.syntheticTelemetryCsv(simulate(truth, { weather, hours }), weather, {
    year: 2025,
    seed: 11,
    powerNoise: 0.03,
    temperatureNoise: 0.3,
    dropout: 0.01,
    outages: [[20, 2]],
    zone: 'America/Winnipeg',
  });
  const telemetry = T.readTelemetry(csv, {
    weather,
    map: ['Heat meter 1 [MWh]=heatToGreenhouse'],
    tz: 'America/Winnipeg',
  });

  it('within tolerance, with better scores after than before', { timeout: 300_000 }, () => {
    expect(telemetry.coveredHours).toBeLessThan(hours);
    const r = T.calibrate(input, telemetry, ['greenhouse.leakage', 'heatExchanger.area'], { weather });
    const leak = Number.parseFloat(r.fitted['greenhouse.leakage']!);
    const area = Number.parseFloat(r.fitted['heatExchanger.area']!);
    expect(Math.abs(leak / 0.8 - 1)).toBeLessThan(0.05);
    expect(Math.abs(area / 70 - 1)).toBeLessThan(0.15);
    expect(r.objectiveAfter).toBeLessThan(r.objectiveBefore);
    const heatAfter = r.after.find((s) => s.series === 'heatToGreenhouse')!;
    expect(Math.abs(heatAfter.hourly.nmbe)).toBeLessThan(0.02);
    expect(r.calibrated).toBe(true);
    // The fitted scenario loads and carries the values.
    expect(loadScenario(r.input).greenhouse.leakage).toBeCloseTo((leak / 3600) * 1, 9);
    expect(r.evaluations).toBeLessThanOrEqual(20 + 40 * 2 + 1);
  });

  it('a plant-only fit replays the greenhouse side of its first run: the same scores as fresh runs', {
    timeout: 300_000,
  }, () => {
    // leakage at its true value, the exchanger area fitted alone: every candidate has the same greenhouse
    const leaky = setField(input, 'greenhouse.leakage', '0.8 1/h');
    const run = vi.spyOn(RunCache.prototype, 'run');
    try {
      const r = T.calibrate(leaky, telemetry, ['heatExchanger.area'], { weather });
      const outcomes = run.mock.results.map((x) => x.value as ReturnType<RunCache['run']>);
      const simulated = outcomes.filter((o) => !o.repriced);
      // one recorded year per stage (1-h steps, then the full model); every other candidate replayed
      expect(simulated.filter((o) => !o.replayed)).toHaveLength(2);
      expect(simulated.length).toBeGreaterThan(5);
      expect(Math.abs(Number.parseFloat(r.fitted['heatExchanger.area']!) / 70 - 1)).toBeLessThan(0.15);
      const fresh = simulate(r.input, { weather, hours: telemetry.lastRow + 1 });
      expect(r.after).toEqual(T.scoreRun(telemetry, fresh, weather.month, 1));
    } finally {
      run.mockRestore();
    }
  });
});
