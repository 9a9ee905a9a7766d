/**
 * The editor's quantity messages in the field's display unit (a user review: an imperial floor-area field
 * said "allowed between 0.001 ha and 1000 ha", a gpm field "0.01 L/s and 10000 L/s"), and numbers typed
 * with the thousands grouping the app itself prints ("1,000" was refused as "a number with a unit").
 */
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { loadScenario, type ScenarioError, type ScenarioIssue, setField } from '../../src/core';
import { inDisplayUnits, quantityValue } from '../../src/app/components/editor/Box';
import { fieldRange } from '../../src/app/lib/sweep';
import { ungroup } from '../../src/app/lib/units';

function issueOf(path: string, value: unknown): ScenarioIssue {
  try {
    loadScenario(setField(manitoba, path, value));
  } catch (e) {
    return (e as ScenarioError).issues.find((i) => i.path === path)!;
  }
  throw new Error(`${path} = ${String(value)} was accepted`);
}

describe('numbers typed with thousands grouping', () => {
  it('lose the grouping, with or without a unit; a decimal comma or a stray comma is left for the parser', () => {
    expect(ungroup('1,000')).toBe('1000');
    expect(ungroup('20 000')).toBe('20000');
    expect(ungroup('-1,234,567.25 ft^2')).toBe('-1234567.25 ft^2');
    expect(ungroup('7\u202f700 m^2')).toBe('7700 m^2');
    for (const t of ['1,5', '1,0000', '12,34,567', '1000', 'abc', '1,000,00']) expect(ungroup(t)).toBe(t);
    expect(quantityValue('1,000', 'area', 'SI')).toBe('1000 m^2');
  });
});

describe('a quantity field’s message in its display unit', () => {
  it('floor area in imperial: the range in ft², rounded inward, not the core’s ha', () => {
    const range = fieldRange('greenhouse.floorArea', 'area', 'imperial')!;
    // 10 m² = 107.639 ft² → 107.7; 1e7 m² = 107,639,104 ft² → 107,600,000 (4 significant digits, inward)
    expect(range.text).toBe('between 107.7 ft² and 107,600,000 ft²');
    const i = issueOf('greenhouse.floorArea', '-5 ft^2');
    expect(i.message).toMatch(/0\.001 ha and 1000 ha/); // the core's words, for the CLI
    expect(inDisplayUnits(i, range)).toBe(
      'out of range: allowed between 107.7 ft² and 107,600,000 ft² (you entered "-5 ft^2")',
    );
  });

  it('a wrong unit names the field’s unit, not the SI one the core converts to', () => {
    const range = fieldRange('greenhouseLoop.flow', 'volumeFlow', 'imperial')!;
    const i = issueOf('greenhouseLoop.flow', '5 kg');
    expect(i.message).toMatch(/m\^3\/s/);
    const shown = inDisplayUnits(i, range);
    expect(shown).toMatch(
      /^a number in gpm, or with a unit of the same kind: allowed between [\d.,]+ gpm and/,
    );
    expect(shown).not.toMatch(/m\^3|L\/s/);
  });

  it('a tank volume that may be 0 keeps "0 (none) or" and its least volume', () => {
    // declared: 0, or 1e-3 m³ (a litre) to 100,000 m³
    expect(fieldRange('bufferTank.volume', 'volume', 'SI')!.text).toBe(
      '0 (none) or between 0.001 m³ and 100,000 m³',
    );
    // and a day set-point in imperial: 5–35 °C = 41–95 °F
    expect(fieldRange('greenhouse.daySetpoint', 'temperature', 'imperial')!.text).toBe(
      'between 41 °F and 95 °F',
    );
  });

  it('a message without an allowed range is shown as the core wrote it', () => {
    const i: ScenarioIssue = { path: 'greenhouse.floorArea', message: 'not a field', value: 3 };
    expect(inDisplayUnits(i, { text: 'between 1 and 2', unit: '' })).toBe('not a field (you entered 3)');
  });
});
