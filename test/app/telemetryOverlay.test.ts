import { describe, expect, it } from 'vitest';
import { displayOf, overlayData, percent } from '../../src/app/components/telemetry/overlay';

describe('telemetry overlay data', () => {
  it('hours, simulated and measured in display units; gaps are null', () => {
    const o = overlayData(
      Float64Array.from([1000, Number.NaN, 3000]),
      Float64Array.from([1500, 2500, 2500]),
      'W',
    );
    expect(o.unit).toBe('kW');
    expect(o.data).toEqual([
      [0, 1, 2],
      [1.5, 2.5, 2.5],
      [1, null, 3],
    ]);
  });
  it('temperatures in °C; without a run only the measured line', () => {
    const o = overlayData([293.15], undefined, 'K');
    expect(o.unit).toBe('°C');
    expect(o.data[2][0]).toBeCloseTo(20, 12);
    expect(o.data[1]).toEqual([null]);
    expect(displayOf('').unit).toBe('–');
  });
  it('percent', () => {
    expect(percent(0.1234)).toBe('12.3 %');
    expect(percent(-0.0001)).toBe('0.0 %');
    expect(percent(Number.NaN)).toBe('–');
  });
});
