import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/export/csv';
import { hourlyColumns, hourlyCsv, hourStartLabel } from '../../../src/core/export/hourly';
import { SERIES, type SeriesName, simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const SERIES_NAMES = Object.keys(SERIES) as SeriesName[];

/** Two hours of synthetic weather: 1 January, EPW hours 1 and 24. */
function weather2() {
  const f = (a: number, b: number) => Float64Array.from([a, b]);
  return {
    month: f(1, 12),
    day: f(1, 31),
    hour: f(1, 24),
    dryBulb: f(273.15 - 10, 273.15 + 2.5),
    dewPoint: f(273.15 - 12, 273.15),
    relativeHumidity: f(0.77, 0.5),
    pressure: f(98098, 101325),
    globalHorizontal: f(0, 250.25),
    directNormal: f(0, 100),
    diffuseHorizontal: f(0, 50),
    windSpeed: f(2, 4.5),
    windDirection: f(280, 90),
    totalSkyCover: f(0, 10),
  };
}

/** Every series constant: K series 300 K, W series 1.5 MW, others 0.25 (SI). */
function series2() {
  const s = {} as Record<SeriesName, Float64Array>;
  for (const k of SERIES_NAMES) {
    const u = SERIES[k];
    s[k] = new Float64Array(2).fill(u === 'K' ? 300 : u === 'W' ? 1.5e6 : u === 'hash/s' ? 1.728e17 : 0.25);
  }
  return s;
}

describe('hourly CSV export', () => {
  it('time stamps: EPW hour h is the hour (h−1):00–h:00 (EnergyPlus weather convention) → MM-DDThh:mm of its start', () => {
    const w = weather2();
    expect(hourStartLabel(w, 0)).toBe('01-01T00:00');
    expect(hourStartLabel(w, 1)).toBe('12-31T23:00');
  });

  it('columns: time, 10 weather columns, then every SERIES entry with its unit suffix; values converted by hand', () => {
    const w = weather2();
    const text = hourlyCsv({ hours: 2, series: series2() }, w);
    const rows = parseCsv(text);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(3);
    const [header, r1, r2] = rows as [string[], string[], string[]];
    expect(header).toHaveLength(1 + 10 + SERIES_NAMES.length);
    expect(header.slice(0, 4)).toEqual([
      'hourStart_local',
      'weather_dryBulb_C',
      'weather_dewPoint_C',
      'weather_relativeHumidity_pct',
    ]);
    const col = (name: string) => header.indexOf(name);
    // Hand conversions: 263.15 K = −10 °C; 0.77 → 77 %; 98 098 Pa = 98.098 kPa.
    expect(r1[col('weather_dryBulb_C')]).toBe('-10.00');
    expect(r1[col('weather_relativeHumidity_pct')]).toBe('77.0');
    expect(r1[col('weather_pressure_kPa')]).toBe('98.098');
    // 250.25 is exact in binary; toFixed breaks the tie towards the larger value (ECMA-262 Number.prototype.toFixed).
    expect(r2[col('weather_globalHorizontal_Wm2')]).toBe('250.3');
    expect(r2[col('weather_windDirection_deg')]).toBe('90');
    // Series: 300 K = 26.850 °C; 1.5e6 W = 1500 kW; 1.728e17 hash/s = 172 800 TH/s.
    expect(r1[col('supplyT_C')]).toBe('26.850');
    expect(r1[col('minerInletT_C')]).toBe('26.850');
    expect(r1[col('hxDuty_kW')]).toBe('1500.000');
    expect(r1[col('minerElectricPower_kW')]).toBe('1500.000');
    expect(r1[col('hashrate_THs')]).toBe('172800.000');
    expect(r1[col('minerFlow_kgs')]).toBe('0.2500');
    expect(r1[col('minerUptime_frac')]).toBe('0.25000');
    // Loop temperatures, flows, duties, miner power and hashrate are all there.
    for (const h of [
      'minerOutletT_C',
      'hxHotOutT_C',
      'hxColdOutT_C',
      'greenhouseReturnT_C',
      'preheatedT_C',
      'pipeInletT_C',
      'pipeOutletT_C',
      'greenhouseFlow_kgs',
      'hxColdFlow_kgs',
      'backupHeat_kW',
      'dryCoolerDuty_kW',
      'heatToGreenhouse_kW',
    ])
      expect(header, h).toContain(h);
    expect(new Set(header).size).toBe(header.length);
  });

  it('every column has a unit and a description', () => {
    for (const c of hourlyColumns({ series: series2() }, weather2())) {
      expect(c.unit.length, c.header).toBeGreaterThan(0);
      expect(c.description.length, c.header).toBeGreaterThan(0);
    }
  });

  it('a real run: one row per hour, and Σ hourly kW = KPI MWh × 1000 (energy = Σ mean power × 1 h)', () => {
    const r = simulate(manitoba, { hours: 72 });
    const rows = parseCsv(hourlyCsv(r, bundledWeather()));
    expect(rows).toHaveLength(73);
    const h = rows[0]!;
    const sum = (name: string) => rows.slice(1).reduce((t, row) => t + Number(row[h.indexOf(name)]), 0);
    // Each printed value is rounded to 1 W (3 decimals of kW): 72 values → error ≤ 72 × 0.0005 kW·h.
    expect(Math.abs(sum('minerElectricPower_kW') - r.kpis.minerElectricity_MWh * 1e3)).toBeLessThan(0.04);
    expect(Math.abs(sum('heatToGreenhouse_kW') - r.kpis.heatToGreenhouse_MWh * 1e3)).toBeLessThan(0.04);
    expect(Math.abs(sum('dryCoolerDuty_kW') - r.kpis.heatRejected_MWh * 1e3)).toBeLessThan(0.04);
    expect(rows[1]![0]).toBe('01-01T00:00');
    expect(rows[72]![0]).toBe('01-03T23:00');
  });

  it('a plant without a buffer tank: its temperatures are empty cells, not −273.15 °C (with one: numbers)', () => {
    const none = parseCsv(hourlyCsv(simulate(manitoba, { hours: 3 }), bundledWeather()));
    const h = none[0]!;
    for (const name of ['tankTopT_C', 'tankBottomT_C']) {
      expect(none.slice(1).map((row) => row[h.indexOf(name)])).toEqual(['', '', '']);
    }
    expect(Number(none[1]![h.indexOf('supplyT_C')])).toBeGreaterThan(30); // other temperatures stay numbers
    const tank = { ...manitoba, bufferTank: { ...manitoba.bufferTank, volume: '50 m^3' } };
    const withTank = parseCsv(hourlyCsv(simulate(tank, { hours: 3 }), bundledWeather()));
    const top = Number(withTank[1]![withTank[0]!.indexOf('tankTopT_C')]);
    expect(top).toBeGreaterThan(20);
    expect(top).toBeLessThan(100);
  });

  it('refuses a weather year shorter than the result', () => {
    expect(() => hourlyCsv({ hours: 3, series: series2() }, weather2())).toThrow(
      /weather.*at least the 3 simulated hours/,
    );
  });
});
