/**
 * Which simulated series a measured column stands for, and in which unit it is written.
 *
 * A column is recognised when its header is one of the hourly export's ids (`heatToGreenhouse_kW`,
 * `hxColdOutT_C`, `minerElectricPower_kW`: series name + unit suffix, see core/export/hourly.ts), a series
 * name with a unit in brackets (`backupHeat [MWh]`, `supplyT (degF)`), or when a map entry names it
 * (`Heat meter 1 [MWh]=heatToGreenhouse`, `sensor.boiler_power=backupHeat [kW]`, with an optional
 * `:cumulative` or `:interval` for energy meters). Units are parsed with the core's unit system (mathjs
 * `Unit`, never its expression evaluator): a unit text must look like a unit (letters, `/`, `*`, `^n`,
 * spaces) before it reaches the parser.
 */
import { InputError } from '../errors';
import { SERIES, type SeriesName } from '../sim/simulate';
import { convert } from '../units';

/** How an energy column is read: per-interval energy, or a meter's running total. */
export type EnergyMode = 'interval' | 'cumulative';

export interface ColumnSpec {
  /** The header as written (for messages). */
  header: string;
  series: SeriesName;
  /** The column's unit, as the unit parser reads it ('degC', 'kW', 'MWh', '' for a fraction). */
  unit: string;
  /** The series' SI unit (K, W, kg/s, …). */
  siUnit: string;
  /** 'energy' when a W series is measured by an energy meter (J, kWh, MWh): converted to mean power. */
  kind: 'sample' | 'energy';
  /** For energy columns: given by the map, else detected from the data. */
  energyMode?: EnergyMode;
  /** value in `unit` → SI. */
  toSI: (x: number) => number;
}

/** The hourly export's unit suffixes (core/export/hourly.ts UNIT_MAP) → unit text. */
const SUFFIX_UNITS: Record<string, string> = {
  C: 'degC',
  kW: 'kW',
  Wm2: 'W/m^2',
  ms: 'm/s',
  kgs: 'kg/s',
  THs: 'TH/s',
  kWK: 'kW/K',
  frac: '',
  K: 'K',
  W: 'W',
  MW: 'MW',
  F: 'degF',
};

/** The series' SI unit; fractions ('0–1 …') are ''. */
export function seriesSiUnit(name: SeriesName): string {
  const u: string = SERIES[name];
  if (u.startsWith('0–1')) return '';
  return u.replace('²', '^2');
}

const UNIT_TEXT = /^[A-Za-z°µ]+(?:\^-?\d)?(?:\s*[*/ ]\s*[A-Za-z°µ]+(?:\^-?\d)?)*$/;

/** Unit text as the mathjs unit parser reads it (°C → degC, m² → m^2, % → ''), or an error. */
export function normaliseUnit(text: string, where: string): string {
  const t = text
    .trim()
    .replace(/°C/g, 'degC')
    .replace(/°F/g, 'degF')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/\bBTU\/h(r)?\b/g, 'BTUh');
  if (t === '' || t === '%' || t === '-' || t === '–' || t === '1') return t === '%' ? '%' : '';
  if (t.length > 24 || !UNIT_TEXT.test(t)) {
    throw new InputError(where, text.slice(0, 40), 'a unit such as kW, MWh, degC, °F, kg/s, m^3/h or %');
  }
  return t;
}

function converter(unit: string, to: string): ((x: number) => number) | undefined {
  if (unit === '%' && to === '') return (x) => x / 100;
  if (unit === '' || to === '') return unit === to ? (x) => x : undefined;
  try {
    // Temperatures: convert the absolute value (20 degC → 293.15 K); linear units: scale.
    const zero = convert(0, unit, to);
    const one = convert(1, unit, to);
    if (!Number.isFinite(zero) || !Number.isFinite(one)) return undefined;
    return (x) => zero + (one - zero) * x;
  } catch {
    return undefined;
  }
}

const SERIES_NAMES = new Set(Object.keys(SERIES));
const isSeries = (s: string): s is SeriesName => SERIES_NAMES.has(s);

/** `name [unit]` or `name (unit)` → parts. */
function splitBracket(text: string): { name: string; unit: string | undefined } {
  const m = /^(.*?)\s*[[(]([^\])]*)[\])]\s*$/.exec(text);
  return m ? { name: m[1]!.trim(), unit: m[2]!.trim() } : { name: text.trim(), unit: undefined };
}

/** A printable, bounded rendering of user text for messages. */
export function shown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strip control characters from user text
  return JSON.stringify(text.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 60));
}

export interface MapEntry {
  series: SeriesName;
  unit: string | undefined;
  energyMode: EnergyMode | undefined;
}

/** Parse `--map "Header text=seriesName [unit][:cumulative|:interval]"` entries (keyed by header). */
export function parseMap(entries: readonly string[]): Map<string, MapEntry> {
  const out = new Map<string, MapEntry>();
  for (const e of entries) {
    const eq = e.lastIndexOf('=');
    if (eq <= 0) {
      throw new InputError(
        '--map',
        e.slice(0, 80),
        '"Column header=series", e.g. "Heat meter 1 [MWh]=heatToGreenhouse"',
      );
    }
    const header = e.slice(0, eq).trim();
    let right = e.slice(eq + 1).trim();
    let energyMode: EnergyMode | undefined;
    const mode = /:(cumulative|interval)$/.exec(right);
    if (mode) {
      energyMode = mode[1] as EnergyMode;
      right = right.slice(0, mode.index).trim();
    }
    const { name, unit } = splitBracket(right);
    if (!isSeries(name)) {
      throw new InputError('--map', e.slice(0, 80), `a series of the simulation after "=" (${seriesHint()})`);
    }
    out.set(header, {
      series: name,
      unit: unit === undefined ? undefined : normaliseUnit(unit, '--map'),
      energyMode,
    });
  }
  return out;
}

function seriesHint(): string {
  return 'e.g. heatToGreenhouse, backupHeat, minerElectricPower, hxColdOutT, supplyT, greenhouseAirT';
}

/** Headers that are not measurements and are skipped: our hourly export's weather columns. */
export function isWeatherColumn(header: string): boolean {
  return header.startsWith('weather_');
}

/**
 * The spec of one measured column, or an error naming it. `where` names the column (`column 3 "…"`).
 */
export function columnSpec(header: string, map: Map<string, MapEntry>, where: string): ColumnSpec {
  let series: SeriesName | undefined;
  let unitText: string | undefined;
  let energyMode: EnergyMode | undefined;
  const mapped = map.get(header);
  const { name, unit: bracketUnit } = splitBracket(header);
  if (mapped) {
    series = mapped.series;
    unitText = mapped.unit ?? bracketUnit;
    energyMode = mapped.energyMode;
  } else if (isSeries(name) && bracketUnit !== undefined) {
    series = name;
    unitText = bracketUnit;
  } else {
    const us = header.lastIndexOf('_');
    const base = header.slice(0, us);
    const suffix = header.slice(us + 1);
    if (us > 0 && isSeries(base) && suffix in SUFFIX_UNITS) {
      series = base;
      unitText = SUFFIX_UNITS[suffix];
    } else if (isSeries(header)) {
      throw new InputError(
        where,
        header,
        `a unit: write ${header}_kW / ${header}_C or "${header} [unit]", or give it in --map`,
      );
    }
  }
  if (!series) {
    throw new InputError(
      where,
      header.slice(0, 60),
      `a column named by a series id with its unit (e.g. heatToGreenhouse_kW, hxColdOutT_C) or mapped with --map "${shown(header).slice(1, -1)}=<series>"`,
    );
  }
  if (unitText === undefined) {
    throw new InputError(
      where,
      header.slice(0, 60),
      `a unit in the header ("name [kW]") or in the map ("…=${series} [kW]")`,
    );
  }
  const unit = normaliseUnit(unitText, where);
  const siUnit = seriesSiUnit(series);
  const direct = converter(unit, siUnit);
  if (direct) return { header, series, unit, siUnit, kind: 'sample', toSI: direct };
  if (siUnit === 'W') {
    const energy = converter(unit, 'J');
    if (energy) {
      return {
        header,
        series,
        unit,
        siUnit,
        kind: 'energy',
        ...(energyMode ? { energyMode } : {}),
        toSI: energy,
      };
    }
  }
  throw new InputError(
    where,
    `${header.slice(0, 60)} [${unit || '1'}]`,
    `a unit convertible to ${siUnit || 'a fraction'}${siUnit === 'W' ? ' (power) or J (an energy meter)' : ''}, as ${series} is measured in ${siUnit || 'a fraction'}`,
  );
}
