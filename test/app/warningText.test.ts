/**
 * Warnings in the app's unit system (lib/warningText.ts): the core's SI words rewritten in imperial with the
 * display-unit table; SI left as written. Conversions checked by hand: 1 kW = 3,412.14 BTU/h, 1 MWh = 3.41214
 * MMBtu (1 Btu = 1,055.056 J, IT), °F = °C × 9/5 + 32, 1 K = 1.8 Δ°F. (A UI review found "(6000 kW)" and
 * "1.0 MWh" in the imperial warnings list.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warningText } from '../../src/app/lib/warningText';
import { simulate } from '../../src/core/sim/simulate';

describe('warningText', () => {
  it('SI: the message as the core wrote it', () => {
    const m = 'In 6 hours the backup heater at capacity (6000 kW) could not make up …';
    expect(warningText(m, 'SI')).toBe(m);
  });

  it('imperial: kW and MW as power, MWh as energy, °C as temperature, K as a difference', () => {
    expect(warningText('the backup heater at capacity (6000 kW) could not', 'imperial')).toBe(
      'the backup heater at capacity (20.5 MMBtu/h) could not',
    );
    expect(warningText('a 2.5 MW cooler', 'imperial')).toBe('a 8.53 MMBtu/h cooler');
    expect(warningText('(50 kW)', 'imperial')).toBe('(171,000 BTU/h)'); // 170,607 to three digits
    expect(warningText('did not get 0.98 MWh of its heat demand (0.012 %)', 'imperial')).toBe(
      'did not get 3.34 MMBtu of its heat demand (0.012 %)',
    );
    expect(warningText('hold the miner inlet at 70.0 °C: add', 'imperial')).toBe(
      'hold the miner inlet at 158 °F: add',
    );
    expect(warningText('The coolant reaches 78.7 °C, only 4.3 K below its boiling point', 'imperial')).toBe(
      'The coolant reaches 174 °F, only 7.74 Δ°F below its boiling point',
    );
    expect(warningText('at −32.0 °C outside', 'imperial')).toBe('at -25.6 °F outside');
    // words and other numbers stay: hours, percentages, field names
    expect(warningText('For 276 hours (raise backupHeater.capacity) 0.012 %', 'imperial')).toBe(
      'For 276 hours (raise backupHeater.capacity) 0.012 %',
    );
  });

  it('every warning of the pilot year in imperial has no SI quantity left', () => {
    const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
    const r = simulate(pilot, { hours: 24 * 60 });
    expect(r.warnings.length).toBeGreaterThan(0);
    for (const w of r.warnings) {
      expect(warningText(w.message, 'imperial')).not.toMatch(/\d\s*(kW|MW|MWh|°C)\b/);
    }
  });
});
