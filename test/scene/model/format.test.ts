import { describe, expect, it } from 'vitest';
import { formatQuantity as f } from '../../../src/scene/model/format';

describe('display formatting (hand conversions)', () => {
  it('temperatures', () => {
    expect(f(293.15, 'temperature', 'SI')).toBe('20.0 °C');
    expect(f(293.15, 'temperature', 'imperial')).toBe('68.0 °F'); // 20 × 9/5 + 32
    expect(f(273.15 - 33, 'temperature', 'SI')).toBe('-33.0 °C');
    expect(f(273.15 - 40, 'temperature', 'imperial')).toBe('-40.0 °F'); // −40 is the same in both
    expect(f(10, 'deltaT', 'imperial')).toBe('18.0 °F');
  });
  it('power', () => {
    expect(f(2.69e6, 'power', 'SI')).toBe('2.69 MW');
    expect(f(783_700, 'power', 'SI')).toBe('783.7 kW');
    expect(f(0, 'power', 'SI')).toBe('0 W');
    // 1 MW / 0.29307107 W per Btu/h = 3 412 141.6 Btu/h.
    expect(f(1e6, 'power', 'imperial')).toBe('3.41 MMBtu/h');
    expect(f(1e4, 'power', 'imperial')).toBe('34 kBtu/h');
  });
  it('energy', () => {
    expect(f(11_474.68 * 3.6e9, 'energy', 'SI')).toBe('11.47 GWh');
    expect(f(500 * 3.6e9, 'energy', 'SI')).toBe('500 MWh');
    // 1000 MWh = 3.6e12 J / 1055.05585262 J = 3 412 141 633 Btu = 3 412 MMBtu.
    expect(f(1000 * 3.6e9, 'energy', 'imperial')).toBe('3,412 MMBtu');
  });
  it('flows, fractions, conductance, hashrate, area, volume', () => {
    expect(f(84, 'massFlow', 'SI')).toBe('84.0 kg/s');
    expect(f(84, 'massFlow', 'imperial')).toBe('185.2 lb/s'); // 84 / 0.45359237 = 185.188
    expect(f(0.2147, 'fraction', 'SI')).toBe('21 %');
    expect(f(425_000, 'conductance', 'SI')).toBe('425.0 kW/K');
    // 425 kW/K = 425 000 / 0.29307107 Btu/h per K × 5/9 K/°F = 805 643 Btu/h·°F.
    expect(f(425_000, 'conductance', 'imperial')).toBe('805.6 kBtu/h·°F');
    expect(f(1.728e17, 'hashrate', 'SI')).toBe('172.8 PH/s');
    expect(f(20_000, 'area', 'SI')).toBe('2.00 ha');
    expect(f(500, 'area', 'SI')).toBe('500 m²');
    expect(f(20_000, 'area', 'imperial')).toBe('215,278 ft²'); // 20 000 / 0.09290304
    expect(f(50, 'volume', 'imperial')).toBe('13,209 gal'); // 50 / 0.003785411784
  });
  it('never prints NaN', () => {
    expect(f(Number.NaN, 'power', 'SI')).toBe('—');
    expect(f(Number.POSITIVE_INFINITY, 'temperature', 'SI')).toBe('—');
  });
});
