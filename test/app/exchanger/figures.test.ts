/**
 * The exchanger panel's pure helpers: the design-day sections built from a report, limits, warnings, unit
 * conversion and the CSV. Reference values are hand calculations written out beside each check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designSections } from '../../../src/app/components/exchanger/figures';
import {
  computeDesign,
  type DesignResult,
  exceeded,
  type Row,
} from '../../../src/app/components/exchanger/model';
import {
  allWarnings,
  designCsv,
  displayNumber,
  limitText,
  limitWarning,
} from '../../../src/app/components/exchanger/format';
import type { DesignDayReport } from '../../../src/core';
import { simulate } from '../../../src/core/sim/simulate';

const C = (t: number) => t + 273.15;

/** The README's size-hx example as a design point: 80 → 70 °C hot, 45 → 75 °C cold, 2.7 MW. */
function report(over: Partial<DesignDayReport['exchanger']> = {}): DesignDayReport {
  return {
    scenario: 'hand check',
    conditions: {
      outdoorT: C(-32),
      supplyT: C(85),
      load: 2.7e6,
      returnT: C(45),
      source: { load: 'given', returnT: 'given' },
    },
    exchanger: {
      duty: 2.7e6,
      hotIn: C(80),
      hotOut: C(70),
      coldIn: C(45),
      coldOut: C(75),
      hotFlow: 73.66,
      coldFlow: 21.52,
      uaInstalled: 217.3e3,
      uaBasisColdFlow: 21.52,
      uaInstalledAtBasis: 217.3e3,
      uaRequired: 200e3,
      uaRequiredNote: 'UA to carry the whole design load',
      approach: 5,
      // LMTD = (ΔT1 − ΔT2)/ln(ΔT1/ΔT2) with ΔT1 = 80 − 75 = 5 K, ΔT2 = 70 − 45 = 25 K:
      // (5 − 25)/ln(5/25) = −20/−1.60944 = 12.4267 K.
      lmtd: 12.4267,
      ntu: 2.414,
      effectiveness: 0.8571,
      propertyBasis: 'cp at the mean',
      ...over,
    },
    plate: {
      name: 'medium',
      plates: 80,
      area: 49.28,
      hot: { flow: 73.66, velocity: 1.36, portVelocity: 4.17, pressureDrop: 193e3 },
      cold: { flow: 21.52, velocity: 0.416, portVelocity: 1.24, pressureDrop: 17.7e3 },
      basis: 'a single-pass pack',
    },
    pumps: {
      // allowance outside the miners 150 kPa at the design flow: the pack's 193 kPa hot side leaves −43 kPa
      minerLoop: {
        flow: 84,
        pressureRise: 200e3,
        head: 20.3,
        power: 27.9e3,
        efficiency: 0.6,
        exchangerDrop: 193e3,
        riseWithExchanger: 200e3,
        leftForPiping: -43e3,
      },
      greenhouseLoop: {
        flow: 15.28,
        pressureRise: 3.84e3,
        head: 0.395,
        power: 98.6,
        efficiency: 0.6,
        exchangerDrop: 17.7e3,
        riseWithExchanger: 21.54e3,
      },
    },
    heat: { heatToCoolant: 2.694e6, recovered: 2.316e6, backupHeat: 463.1e3, dryCoolerWinter: 378e3 },
    dryCooler: {
      designAmbientT: C(31),
      designAmbientSource: 'given',
      required: 2.694e6,
      capacity: 2.5e6,
      margin: 2.5 / 2.694 - 1,
      fanSpeed: 1,
      minerInletT: C(72),
      minerInletSetpoint: C(70),
    },
  };
}

const row = (sections: ReturnType<typeof designSections>, id: string): Row => {
  const r = sections.flatMap((s) => s.rows).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('designSections()', () => {
  const s = designSections(report());
  it('F = 1 for the single-pass counterflow pack and UA = Q/(F·LMTD) = 2.7 MW / 12.4267 K = 217.3 kW/K', () => {
    expect(row(s, 'f').value).toBe(1);
    expect(row(s, 'uaDuty').value).toBeCloseTo(2.7e6 / 12.4267, 3);
    expect(displayNumber(row(s, 'uaDuty').value!, row(s, 'uaDuty'), 'SI')).toBe('217.3');
  });
  it('flags the limits exceeded: glycol Δp 193 kPa > 50 kPa, channel 1.36 > 1 m/s, port 4.17 > 4 m/s', () => {
    expect(exceeded(row(s, 'dp'))).toEqual(['hot']);
    expect(exceeded(row(s, 'velocity'))).toEqual(['hot']);
    expect(exceeded(row(s, 'port'))).toEqual(['hot']);
    expect(exceeded(row(s, 'approach'))).toEqual([]);
  });
  it('warns when the dry cooler is short (2.5 < 2.694 MW) and the miner inlet rises 2 K over its set-point', () => {
    expect(row(s, 'dcCapacity').warn).toMatch(/cannot reject all the miners’ heat/);
    expect(row(s, 'dcInlet').warn).toMatch(/above its set-point/);
  });
  it('warns when the required UA is above the installed one, or none can carry the duty', () => {
    expect(row(s, 'uaRequired').warn).toBeUndefined(); // 200 < 217.3 kW/K
    const short = designSections(report({ uaRequired: 300e3 }));
    expect(row(short, 'uaRequired').warn).toMatch(/smaller than the UA the design duty needs/);
    const none = designSections(report({ uaRequired: null, uaRequiredNote: 'no exchanger can carry it' }));
    expect(row(none, 'uaRequired').warn).toBe('no exchanger can carry it');
  });
  it('allWarnings: the three limits, the pump allowance, then the dry cooler and the miner inlet', () => {
    const w = allWarnings(s, 'SI').map((x) => x.rowId);
    expect(w).toEqual(['velocity', 'port', 'dp', 'pumpRiseWithExchanger', 'dcCapacity', 'dcInlet']);
  });

  it('pumps with the exchanger: the greenhouse loop adds the pack’s cold side; the miner loop’s allowance is short', () => {
    const rise = row(s, 'pumpRiseWithExchanger');
    // miner loop: its 200 kPa already covers the exchanger; greenhouse: 3.84 + 17.7 kPa
    expect([rise.hot, rise.cold]).toEqual([200e3, 21.54e3]);
    expect(rise.warn).toMatch(/hot side alone takes more than the miner loop’s allowance/);
    // the field in the editor's words, not its path (the proposal's annex shows this to a host)
    expect(rise.warn).toContain('“Coolant loop › Pressure drop outside the miners”');
    expect(rise.warn).not.toMatch(/minerLoop\./);
    expect([row(s, 'pumpExchangerDrop').hot, row(s, 'pumpExchangerDrop').cold]).toEqual([193e3, 17.7e3]);
    // 150 kPa allowed, 100 kPa taken by the pack: half is left, no warning
    const r = report();
    r.pumps.minerLoop = { ...r.pumps.minerLoop, exchangerDrop: 100e3, leftForPiping: 50e3 };
    expect(row(designSections(r), 'pumpRiseWithExchanger').warn).toBeUndefined();
  });
});

describe('units of the figures (the app’s display units)', () => {
  const s = designSections(report());
  it('pressure drop 193 kPa = 193 000 / 6894.757 = 27.99 psi; limit 50 kPa = 7.25 psi', () => {
    const dp = row(s, 'dp');
    expect(displayNumber(193e3, dp, 'SI')).toBe('193');
    expect(displayNumber(193e3, dp, 'imperial')).toBe('28');
    expect(limitText(dp, 'imperial')).toBe('≤ 7.25 psi');
    expect(limitWarning(dp, 'hot', 'imperial')).toMatch(
      /^hot-side pressure drop 28 psi is above the 7.25 psi allowable: /,
    );
  });
  it('temperatures to 0.1: 80 °C = 176.0 °F; ΔT: 5 K = 9.00 Δ°F', () => {
    expect(displayNumber(C(80), row(s, 'inlet'), 'imperial')).toBe('176.0');
    expect(displayNumber(5, row(s, 'approach'), 'imperial')).toBe('9.00');
    expect(displayNumber(12.4267, row(s, 'lmtd'), 'SI')).toBe('12.4');
  });
  it('duty 2.7 MW = 2700 kW = 2.7e6 × 3.412142 = 9 212 780 BTU/h → 9,213,000 (4 digits)', () => {
    expect(displayNumber(2.7e6, row(s, 'duty'), 'SI')).toBe('2,700');
    expect(displayNumber(2.7e6, row(s, 'duty'), 'imperial')).toBe('9,213,000');
  });
  it('per-side limits: "≤ 50 / 70 kPa" and the cold side checked against its own', () => {
    const r: Row = {
      id: 'x',
      label: 'Pressure drop',
      kind: 'pressure',
      hot: 60e3,
      cold: 60e3,
      max: 50e3,
      maxCold: 70e3,
    };
    expect(limitText(r, 'SI')).toBe('≤ 50 / 70 kPa');
    expect(exceeded(r)).toEqual(['hot']);
  });
});

describe('designCsv()', () => {
  it('one line per figure and side, values in the unit system, the limit and the status', () => {
    const csv = designCsv(designSections(report()), 'SI', 'Exchanger design day — hand check').split('\n');
    expect(csv[0]).toBe('# Exchanger design day — hand check');
    expect(csv[2]).toBe('section,quantity,side,value,unit,limit,status,note');
    expect(csv).toContain(
      "Plate pack ('medium' plates),Pressure drop,hot,193,kPa,50,above limit,channels + ports",
    );
    expect(csv).toContain("Plate pack ('medium' plates),Pressure drop,cold,17.7,kPa,50,,channels + ports");
    expect(csv).toContain('Plate exchanger at the design point,Inlet,hot: miner loop,80,°C,,,');
  });
});

describe('computeDesign()', () => {
  const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
  it('the core design day from the app’s run: the energy balance closes at the design point', () => {
    const run = simulate(manitoba, { hours: 72 });
    const r: DesignResult = computeDesign(manitoba, run, 'large');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const x = r.report.exchanger;
    expect(x.duty).toBeGreaterThan(0);
    expect(r.report.plate.name).toBe('large');
    // Q = UA·F·LMTD at the solved operating point (F = 1): within the property-basis tolerance.
    expect(x.uaInstalled * x.lmtd).toBeCloseTo(x.duty, -4);
  });
  it('says what went wrong instead of throwing (unknown plate, invalid scenario)', () => {
    const run = { hours: 1, series: {} } as never;
    expect(computeDesign(manitoba, run, 'huge')).toEqual({ ok: false, error: 'no plate preset "huge"' });
    const bad = computeDesign({ ...manitoba, miners: { model: 'nope', count: 1 } }, run);
    expect(bad.ok).toBe(false);
  });
});
