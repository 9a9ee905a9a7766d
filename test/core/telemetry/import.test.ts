import { describe, expect, it } from 'vitest';
import { InputError, telemetry as T } from '../../../src/core/index';

/** A non-leap typical year's rows (EPW hour h = hour ending h), site standard time UTC−6. */
function fakeWeather(leap = false) {
  const month: number[] = [];
  const day: number[] = [];
  const hour: number[] = [];
  const year = leap ? 2024 : 2001;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 3_600_000) {
    const d = new Date(t);
    month.push(d.getUTCMonth() + 1);
    day.push(d.getUTCDate());
    hour.push(d.getUTCHours() + 1);
  }
  return {
    month: Uint8Array.from(month),
    day: Uint8Array.from(day),
    hour: Uint8Array.from(hour),
    location: { timeZone: -6 },
  } as unknown as Parameters<typeof T.readTelemetry>[1]['weather'];
}
const weather = fakeWeather();
/** Weather row of local standard month-day hour-start. */
const row = (m: number, d: number, h: number): number =>
  (Date.UTC(2001, m - 1, d, h) - Date.UTC(2001, 0, 1)) / 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** `hours` hourly rows from 2025-01-01 00:00 local standard time; value(i) per row. */
function hourly(header: string, hours: number, value: (i: number) => string, stamp = localStamp): string {
  const lines = [header];
  for (let i = 0; i < hours; i++) lines.push(`${stamp(i)},${value(i)}`);
  return lines.join('\n');
}
function localStamp(i: number): string {
  const d = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000);
  return `2025-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00`;
}
const week = 200;

describe('telemetry import: timestamps and hours', () => {
  it('our export ids and units; local stamps are standard time; the hour-start convention', () => {
    const t = T.readTelemetry(
      hourly('time,backupHeat_kW,hxColdOutT_C', week, (i) => `${100 + i},${50 + (i % 3)}`),
      { weather },
    );
    const b = t.series.find((s) => s.series === 'backupHeat')!;
    expect(b.values[0]).toBe(100_000); // 100 kW → W
    expect(b.values[row(1, 2, 3)]).toBe((100 + 27) * 1000);
    const c = t.series.find((s) => s.series === 'hxColdOutT')!;
    expect(c.values[1]).toBeCloseTo(51 + 273.15, 9);
    expect(Number.isNaN(b.values[week])).toBe(true);
    expect(t.coveredHours).toBe(week);
    expect(t.years).toEqual([2025]);
  });

  it('ISO 8601 with an offset or Z lands on the site standard hour', () => {
    // 2025-07-01T18:30Z = 12:30 CST (UTC−6); 2025-07-01T14:10-04:00 = 18:10Z = 12:10 CST → hour 12.
    const text = [
      'timestamp,backupHeat_kW',
      '2025-07-01T18:30:00Z,10',
      '2025-07-01T14:10-04:00,20',
      ...Array.from({ length: week }, (_, i) => `2025-08-01T${pad(i % 24)}:00:00.000-0600,${i}`).slice(0, 24),
      ...Array.from(
        { length: week },
        (_, i) => `2025-09-${pad(1 + Math.floor(i / 24))}T${pad(i % 24)}:00-06:00,${i}`,
      ),
    ].join('\n');
    const t = T.readTelemetry(text, { weather });
    const v = t.series[0]!.values;
    expect(v[row(7, 1, 12)]).toBe(15_000); // mean of 10 and 20 kW
    expect(v[row(8, 1, 5)]).toBe(5_000);
  });

  it('daylight saving with --tz: spring gap and the repeated autumn hour', () => {
    // America/Winnipeg: CDT (UTC−5) from 2025-03-09 02:00 to 2025-11-02 02:00.
    const stamps = [
      '2025-03-09 01:00',
      '2025-03-09 03:00',
      '2025-07-01 13:00',
      '2025-11-02 00:00',
      '2025-11-02 01:00',
      '2025-11-02 01:00',
      '2025-11-02 02:00',
    ];
    const filler = Array.from(
      { length: week },
      (_, i) => `2025-12-${pad(1 + Math.floor(i / 24))} ${pad(i % 24)}:00,${i}`,
    );
    const text = ['time,backupHeat_kW', ...stamps.map((s, i) => `${s},${i + 1}`), ...filler].join('\n');
    const t = T.readTelemetry(text, { weather, tz: 'America/Winnipeg' });
    const v = t.series[0]!.values;
    expect(v[row(3, 9, 1)]).toBe(1000); // 01:00 CST
    expect(v[row(3, 9, 2)]).toBe(2000); // 03:00 CDT = 02:00 CST
    expect(v[row(7, 1, 12)]).toBe(3000); // 13:00 CDT = 12:00 CST
    expect(v[row(11, 1, 23)]).toBe(4000); // 00:00 CDT = 23:00 CST the day before
    expect(v[row(11, 2, 0)]).toBe(5000); // first 01:00 (CDT) = 00:00 CST
    expect(v[row(11, 2, 1)]).toBe(6000); // second 01:00 (CST)
    expect(v[row(11, 2, 2)]).toBe(7000);
    // Without --tz the repeated 01:00 is one time given twice: refused, naming both lines and --tz.
    expect(() => T.readTelemetry(text, { weather })).toThrow(
      /line 7, column "time" = "2025-11-02 01:00" is not allowed: a time not given before\. Line 6 has the same time; .*--tz/,
    );
    // Without --tz (and the repeat) the same summer stamp is standard time.
    const once = text.replace('\n2025-11-02 01:00,6', '');
    expect(once).not.toBe(text);
    const std = T.readTelemetry(once, { weather }).series[0]!.values;
    expect(std[row(7, 1, 13)]).toBe(3000);
  });

  it('sub-hourly samples average to the clock hour; gaps stay gaps', () => {
    const lines = ['time,hxColdOutT_C'];
    for (let i = 0; i < week * 4; i++) {
      const d = new Date(Date.UTC(2025, 0, 1) + i * 900_000);
      const v = i === 5 ? 'NaN' : i >= 8 && i < 12 ? '' : String(40 + (i % 4)); // 40, 41, 42, 43
      lines.push(`2025-01-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())},${v}`);
    }
    const v = T.readTelemetry(lines.join('\n'), { weather }).series[0]!.values;
    expect(v[0]! - 273.15).toBeCloseTo(41.5, 9); // (40 + 41 + 42 + 43) / 4
    expect(v[1]! - 273.15).toBeCloseTo((40 + 42 + 43) / 3, 9); // one NaN reading excluded
    expect(Number.isNaN(v[2]!)).toBe(true); // four empty cells: a gap
  });

  it('energy meters: a cumulative MWh meter and per-interval kWh give mean kW', () => {
    // Running total 1000, 1001, 1002.5, … MWh at hour starts: hour 0 gets 1 MWh → 1000 kW, hour 1 1.5 MWh.
    const totals = [1000];
    for (let i = 1; i <= week; i++) totals.push(totals[i - 1]! + (i % 2 ? 1 : 1.5));
    const t = T.readTelemetry(
      hourly('time,Heat meter 1 [MWh]', week + 1, (i) => String(totals[i])),
      {
        weather,
        map: ['Heat meter 1 [MWh]=heatToGreenhouse'],
      },
    );
    const s = t.series[0]!;
    expect(s.energyMode).toBe('cumulative');
    expect(s.values[0]).toBeCloseTo(1e6, 6);
    expect(s.values[1]).toBeCloseTo(1.5e6, 6);
    expect(Number.isNaN(s.values[week]!)).toBe(true); // no closing reading
    // 15-minute interval energies of 250 kWh each (stamped at each interval's end): 1000 kW.
    const lines = ['time,backupHeat [kWh]'];
    for (let i = 1; i <= week * 4; i++) {
      const d = new Date(Date.UTC(2025, 0, 1) + i * 900_000);
      lines.push(
        `2025-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())},${(i % 2 ? 250 : 200) + (Math.floor((i - 1) / 4) % 2) * 100}`,
      );
    }
    const e = T.readTelemetry(lines.join('\n'), { weather, map: ['backupHeat [kWh]=backupHeat:interval'] })
      .series[0]!;
    expect(e.energyMode).toBe('interval');
    // hour 0 holds the intervals ending 00:15, 00:30, 00:45, 01:00: 250 + 200 + 250 + 200 kWh = 900 kWh
    expect(e.values[0]).toBeCloseTo(900e3, 6);
  });

  it('Home Assistant history: time-weighted states, unavailable is a gap, entities mapped', () => {
    const lines = ['entity_id,state,last_changed'];
    for (let h = 0; h < week; h++) {
      const t0 = Date.UTC(2025, 0, 1, 6 + h); // 00:00 CST = 06:00Z
      lines.push(`sensor.boiler_power,${h === 3 ? 'unavailable' : 10},${new Date(t0).toISOString()}`);
      lines.push(
        `sensor.boiler_power,${h === 3 ? 'unavailable' : 20},${new Date(t0 + 45 * 60_000).toISOString()}`,
      );
    }
    const t = T.readTelemetry(lines.join('\n'), { weather, map: ['sensor.boiler_power=backupHeat [kW]'] });
    expect(t.format).toBe('home-assistant');
    const v = t.series[0]!.values;
    expect(v[0]).toBeCloseTo(12_500, 6); // 10 kW for 45 min, 20 kW for 15 min
    expect(Number.isNaN(v[3]!)).toBe(true);
  });

  it('a --map entry that names no column (or entity) of the file is refused, with the file’s columns', () => {
    const text = hourly(
      'time,Heat meter 1 [MWh],backupHeat_kW',
      week,
      (i) => `${1000 + i + 0.5 * (i % 2)},${i}`,
    );
    const typo = () => T.readTelemetry(text, { weather, map: ['Heat meter 1 [MW]=heatToGreenhouse'] });
    expect(typo).toThrow(InputError);
    expect(typo).toThrow(
      /^--map = "Heat meter 1 \[MW\]" is not allowed: a column of the file, spelt as in its header \("time", "Heat meter 1 \[MWh\]", "backupHeat_kW"\)/,
    );
    // spelt right it reads (and a column mapped but skipped is no error)
    expect(
      T.readTelemetry(text, { weather, map: ['Heat meter 1 [MWh]=heatToGreenhouse'] }).series,
    ).toHaveLength(2);
    const ha = [
      'entity_id,state,last_changed',
      `sensor.boiler_power,10,${new Date(Date.UTC(2025, 0, 1, 6)).toISOString()}`,
    ];
    expect(() => T.readTelemetry(ha.join('\n'), { weather, map: ['sensor.boiler=backupHeat [kW]'] })).toThrow(
      /--map = "sensor\.boiler" is not allowed: a column of the file, spelt as in its header \("sensor\.boiler_power"\)/,
    );
  });

  it('29 February is dropped on a non-leap weather year and kept on a leap one', () => {
    const stamp = (i: number) => {
      const d = new Date(Date.UTC(2024, 1, 25) + i * 3_600_000);
      return `2024-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00`;
    };
    const text = hourly('time,backupHeat_kW', week, (i) => String(i), stamp);
    const t = T.readTelemetry(text, { weather });
    expect(t.coveredHours).toBe(week - 24);
    expect(t.notes.join(' ')).toMatch(/29 February/);
    expect(T.readTelemetry(text, { weather: fakeWeather(true) }).coveredHours).toBe(week);
  });
});

describe('telemetry import: bad input names the column or line', () => {
  const ok = (i: number) => String(i);
  const err = (text: string, opts: Partial<Parameters<typeof T.readTelemetry>[1]> = {}) => {
    try {
      T.readTelemetry(text, { weather, ...opts });
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  it('no timestamp column', () => {
    expect(err(hourly('when,backupHeat_kW', week, ok))).toMatch(/timestamp column/);
  });
  it('an unknown column, with how to map it', () => {
    expect(err(hourly('time,Boiler 2', week, ok))).toMatch(/column 2 "Boiler 2".*--map "Boiler 2=<series>"/);
  });
  it('a unit that does not fit the series', () => {
    expect(err(hourly('time,backupHeat [degC]', week, ok))).toMatch(
      /column 2 "backupHeat \[degC\]".*convertible to W/,
    );
    expect(err(hourly('time,hxColdOutT [kW]', week, ok))).toMatch(/convertible to K/);
  });
  it('a unit text that is not a unit never reaches a parser', () => {
    expect(err(hourly('time,backupHeat [2+2 kW]', week, ok))).toMatch(/a unit such as kW/);
  });
  it('less than a week of data: nothing to fit', () => {
    expect(err(hourly('time,backupHeat_kW', 100, ok))).toMatch(/100 hours with data.*at least 168/);
  });
  it('a series that never varies', () => {
    expect(err(hourly('time,backupHeat_kW', week, () => '42'))).toMatch(/"backupHeat_kW".*always 42000/);
  });
  it('a bad number or timestamp names the line', () => {
    const text = hourly('time,backupHeat_kW', week, (i) => (i === 7 ? 'x12' : ok(i)));
    expect(err(text)).toMatch(/line 9, column "backupHeat_kW"/);
    expect(err(text.replace('2025-01-01 03:00', '2025-13-01 03:00'))).toMatch(/line 5/);
  });
  it('hostile header text is quoted and stripped of control characters', () => {
    const msg = err(hourly('time,"\u001b[31mevil\u0007"', week, ok));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking control characters are absent
    expect(msg).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(msg).toMatch(/column 2/);
  });
  it('more than a year, duplicate series, a bad zone', () => {
    const twoYears = [
      'time,backupHeat_kW',
      '2024-01-01 00:00,1',
      ...Array.from({ length: week }, (_, i) => `${localStamp(i)},${i}`),
    ];
    expect(err(twoYears.join('\n'))).toMatch(/at most one year/);
    expect(err(hourly('time,backupHeat_kW,backupHeat [MW]', week, (i) => `${i},${i}`))).toMatch(
      /one column per series/,
    );
    expect(err(hourly('time,backupHeat_kW', week, ok), { tz: 'Mars/Olympus' })).toMatch(/--tz/);
  });
});
