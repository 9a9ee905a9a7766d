/**
 * The Exchanger tab renders the core's design day for the app's run: every section, the units of the
 * system chosen, a warning row under the limit the Manitoba pilot exceeds (the glycol side's pressure drop
 * through 84 'large' plates, 144 kPa in `heat-twin design` against the 50 kPa allowable), the CSV button.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ExchangerPanel from '../../../src/app/components/exchanger/ExchangerPanel';
import { bundledWeather } from '../../../src/core';
import { simulate } from '../../../src/core/sim/simulate';
import type { RunOutput } from '../../../src/worker/engine';

const input = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const hours = 72;
const w = bundledWeather();
const sim = simulate(input, { hours, weather: w });
const run = {
  ...sim,
  revision: 1,
  preview: false,
  calendar: {
    month: Uint8Array.from(w.month.subarray(0, hours)),
    day: Uint8Array.from(w.day.subarray(0, hours)),
    hour: Uint8Array.from(w.hour.subarray(0, hours)),
    leapYear: w.leapYear,
  },
  elapsedMs: 0,
} as unknown as RunOutput;

describe('ExchangerPanel', () => {
  it('SI: the sections, units, the hot-side Δp warning row and the CSV button', () => {
    const html = renderToStaticMarkup(<ExchangerPanel run={run} units="SI" input={input} />);
    for (const id of ['conditions', 'exchanger', 'plate', 'pumps', 'heat', 'dryCooler', 'hour']) {
      expect(html).toContain(`data-section="${id}"`);
    }
    expect(html).toContain('kW/K');
    expect(html).toContain('kPa');
    expect(html).toContain('data-warning-for="dp"');
    expect(html).toMatch(/hot-side pressure drop [\d.,]+ kPa is above the 50 kPa allowable/);
    expect(html).toContain('Download design report (CSV)');
    expect(html).toContain('scenario&#x27;s 100 m² in plates');
    expect(html).toContain('command-line tool');
  });
  it('imperial: the same figures in °F, psi, ft/s and lb/h', () => {
    const html = renderToStaticMarkup(<ExchangerPanel run={run} units="imperial" input={input} />);
    for (const unit of ['°F', 'psi', 'ft/s', 'lb/h', 'ft²']) expect(html).toContain(unit);
    expect(html).toMatch(/hot-side pressure drop [\d.,]+ psi is above the 7.25 psi allowable/);
    expect(html).not.toContain('kPa');
    // the plate pack's note, written by the core in SI: the scenario's 100 m² in ft²
    expect(html).toContain('scenario&#x27;s 1,080\u00a0ft² in plates');
    expect(html).not.toMatch(/\d\s*(m²|kW|MW|°C)(?!\w)/);
  });
  it('an input the core cannot load: one line that says why, no tables', () => {
    const html = renderToStaticMarkup(
      <ExchangerPanel run={run} units="SI" input={{ ...input, miners: { model: 'nope', count: 1 } }} />,
    );
    expect(html).toContain('could not be worked out');
    expect(html).not.toContain('<table');
  });
});
