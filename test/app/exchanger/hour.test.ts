/**
 * The exchanger at one hour of the run, from the hourly series: hand calculations for the README's size-hx
 * point (80 → 70 °C hot, 45 → 75 °C cold, 2.7 MW, UA 217.3 kW/K).
 */
import { describe, expect, it } from 'vitest';
import { extremeHour, hourLabel, hourSection } from '../../../src/app/components/exchanger/hour';
import type { Row } from '../../../src/app/components/exchanger/model';

const C = (t: number) => t + 273.15;
const f = (...x: number[]) => Float64Array.from(x);

// Hour 0: the README point; hour 1: the coldest hour, exchanger idle; hour 2: the peak duty.
const series = {
  outdoorT: f(C(-20), C(-33), C(-25)),
  hxDuty: f(2.7e6, 0, 3.1e6),
};
const run = {
  hours: 3,
  series: {
    ...series,
    minerOutletT: f(C(80), C(60), C(80)),
    hxHotOutT: f(C(70), C(60), C(65)),
    greenhouseReturnT: f(C(45), C(40), C(45)),
    hxColdOutT: f(C(75), C(40), C(76)),
    hxUA: f(217.3e3, 150e3, 300e3),
    minerFlow: f(73.66, 84, 84),
    hxColdFlow: f(21.52, 0, 24),
  },
  calendar: {
    month: Uint8Array.from([1, 1, 1]),
    day: Uint8Array.from([12, 12, 12]),
    hour: Uint8Array.from([9, 10, 11]),
    leapYear: false,
  },
} as never;

const value = (rows: Row[], id: string) => rows.find((r) => r.id === id)?.value;

describe('hourSection()', () => {
  it('hour 0: LMTD 12.43 K, approach 5 K, Cmin = 2.7 MW / 30 K = 90 kW/K, NTU = 217.3/90 = 2.414, ε = 30/35', () => {
    const s = hourSection(run, 0);
    // LMTD = (5 − 25)/ln(5/25) = 12.4267 K.
    expect(value(s.rows, 'hLmtd')).toBeCloseTo(12.4267, 3);
    expect(value(s.rows, 'hApproach')).toBeCloseTo(5, 9);
    expect(value(s.rows, 'hNtu')).toBeCloseTo(217.3 / 90, 9);
    expect(value(s.rows, 'hEps')).toBeCloseTo(30 / 35, 9);
    expect(s.title).toBe('One hour of the run: 12 Jan, 08:00–09:00');
  });
  it('an idle hour: no LMTD, NTU or ε, and a note that says so', () => {
    const s = hourSection(run, 1);
    expect(value(s.rows, 'hLmtd')).toBeNull();
    expect(value(s.rows, 'hNtu')).toBeNull();
    expect(value(s.rows, 'hEps')).toBeNull();
    expect(s.note).toMatch(/no heat in this hour/);
  });
});

describe('hour helpers', () => {
  it('extremeHour: the coldest hour and the hour of peak duty', () => {
    expect(extremeHour(series.outdoorT, 3, 'min')).toBe(1);
    expect(extremeHour(series.hxDuty, 3, 'max')).toBe(2);
  });
  it('hourLabel: EPW hour ending 24 on 31 Dec is 23:00–24:00', () => {
    const r = { calendar: { month: [12], day: [31], hour: [24] } } as never;
    expect(hourLabel(r, 0)).toBe('31 Dec, 23:00–24:00');
  });
});
