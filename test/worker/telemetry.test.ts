import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledWeather } from '../../src/core/index';
import { fitChoices, importTelemetry, scoreTelemetry } from '../../src/worker/telemetry';

const text = readFileSync('models/telemetry/manitoba-2025.csv', 'utf8')
  .split('\r\n')
  .slice(0, 1 + 14 * 24)
  .join('\r\n');
const req = { text, map: ['Heat meter 1 [MWh]=heatToGreenhouse'], tz: 'America/Winnipeg' };

describe('telemetry in the worker', () => {
  it('imports the example and offers the fit ranges', () => {
    const out = importTelemetry(req);
    expect(out.series.map((s) => s.series)).toEqual(['heatToGreenhouse', 'backupHeat', 'hxColdOutT']);
    expect(out.hours).toBe(8760);
    expect(fitChoices().find((c) => c.path === 'greenhouse.leakage')).toMatchObject({ unit: '1/h' });
  });
  it('scores a run equal to the measurements as perfect', () => {
    const out = importTelemetry(req);
    // A "run" whose series are the measurements with the gaps filled: zero error on every paired hour.
    const series = Object.fromEntries(
      out.series.map((s) => [s.series, s.values.map((v) => (Number.isNaN(v) ? 0 : v))]),
    );
    const r = scoreTelemetry(req, { series, hours: 8760, month: bundledWeather().month });
    for (const row of r.rows) {
      expect(row.hourly.nmbe).toBe(0);
      expect(row.hourly.cvrmse).toBe(0);
    }
    expect(r.calibrated).toBe(true);
  });
  it('an import error names the column', () => {
    expect(() => importTelemetry({ text })).toThrow(/column 2 "Heat meter 1 \[MWh\]"/);
  });
});
