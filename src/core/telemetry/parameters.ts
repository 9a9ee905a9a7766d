/**
 * Scenario parameters a calibration may adjust: the range searched and the unit values are written in.
 *
 * FIT_RANGES holds the physically plausible part of some fields' declared ranges (core/models/params; the
 * declared bounds are wider, e.g. leakage 0–10 1/h), always intersected with the declaration. Any other
 * declared numeric field may be fitted too: from a third to three times its value (±10 K for
 * temperatures), within its declared range.
 */
import { InputError } from '../errors';
import { paramInfo } from '../models/params';
import { convert, parseQuantity, quantity } from '../units';

export interface FitParameter {
  path: string;
  /** Unit of the values ('' for plain numbers). */
  unit: string;
  /** The unit as written into the scenario (e.g. "1/h" for h^-1). */
  written: string;
  lower: number;
  upper: number;
  /** The scenario's value, in `unit`. */
  start: number;
}

interface Range {
  unit: string;
  written?: string;
  lower: number;
  upper: number;
  /** SI unit of the loaded scenario's value (to start from a default). */
  si: string;
}

/** Fit ranges (assumption: plausible values for a greenhouse heated by a mining plant; within the schema). */
export const FIT_RANGES: Record<string, Range> = {
  'greenhouse.leakage': { unit: 'h^-1', written: '1/h', lower: 0.05, upper: 5, si: 's^-1' },
  'greenhouse.screenSaving': { unit: '', lower: 0, upper: 0.8, si: '' },
  'greenhouse.coverToFloorRatio': { unit: '', lower: 1, upper: 3, si: '' },
  'greenhouse.pipeLengthPerArea': { unit: 'm/m^2', lower: 0.5, upper: 10, si: 'm^-1' },
  'greenhouse.daySetpoint': { unit: 'degC', lower: 10, upper: 30, si: 'K' },
  'greenhouse.nightSetpoint': { unit: 'degC', lower: 10, upper: 30, si: 'K' },
  'greenhouse.ventOffset': { unit: 'K', lower: 0.5, upper: 15, si: 'K' },
  'greenhouse.leafAreaIndex': { unit: '', lower: 0, upper: 8, si: '' },
  'greenhouse.indoorRH': { unit: '', lower: 0.5, upper: 0.95, si: '' },
  'heatExchanger.area': { unit: 'm^2', lower: 10, upper: 1000, si: 'm^2' },
  'heatExchanger.ua': { unit: 'kW/K', lower: 10, upper: 5000, si: 'W/K' },
  'heatExchanger.overallU': { unit: 'W/(m^2 K)', lower: 500, upper: 10_000, si: 'W/(m^2 K)' },
  'miners.powerLimit': { unit: '', lower: 0.3, upper: 1, si: '' },
  'miners.availability': { unit: '', lower: 0.5, upper: 1, si: '' },
  'minerLoop.inletSetpoint': { unit: 'degC', lower: 40, upper: 90, si: 'K' },
  'greenhouseLoop.flow': { unit: 'L/s', lower: 1, upper: 500, si: 'm^3/s' },
  'backupHeater.efficiency': { unit: '', lower: 0.3, upper: 1, si: '' },
};

function valueAt(input: unknown, path: string): unknown {
  let cur: unknown = input;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function siValueAt(scenario: unknown, path: string): number | undefined {
  const v = valueAt(scenario, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The value of a scenario input field in `unit` (unit strings, plain numbers meaning SI `si`). */
function inputValue(v: unknown, unit: string, si: string, path: string): number | undefined {
  if (typeof v === 'number') return unit === si ? v : convert(v, si, unit);
  if (typeof v !== 'string') return undefined;
  return quantity(v, unit, path);
}

/**
 * The parameters to fit: `paths` of the scenario input (unit strings), with their start values taken from
 * the input or, for fields left at their defaults, from the loaded scenario (SI).
 */
export function fitParameters(input: unknown, loaded: unknown, paths: readonly string[]): FitParameter[] {
  if (paths.length === 0)
    throw new InputError(
      '--fit',
      '',
      'one or more scenario paths, e.g. greenhouse.leakage,heatExchanger.area',
    );
  if (new Set(paths).size !== paths.length) throw new InputError('--fit', paths.join(','), 'each path once');
  return paths.map((path) => {
    if (!/^[A-Za-z]\w*(\.[A-Za-z]\w*)+$/.test(path)) {
      throw new InputError('--fit', path.slice(0, 60), 'a dotted scenario path, e.g. greenhouse.leakage');
    }
    const range = FIT_RANGES[path];
    const raw = valueAt(input, path);
    if (range) {
      let start = raw === undefined ? undefined : inputValue(raw, range.unit, range.si, path);
      if (start === undefined) {
        const si = siValueAt(loaded, path);
        if (si !== undefined) start = range.unit === range.si ? si : convert(si, range.si, range.unit);
      }
      if (start === undefined) {
        throw new InputError('--fit', path, `a field the scenario gives a value for (${path} is not set)`);
      }
      const clamped = Math.min(range.upper, Math.max(range.lower, start));
      return {
        path,
        unit: range.unit,
        written: range.written ?? range.unit,
        lower: range.lower,
        upper: range.upper,
        start: clamped,
      };
    }
    return openParameter(path, raw, loaded);
  });
}

/** [lower, upper] in `unit`, intersected with the declared range of `path` (SI `si`). */
function declared(path: string, si: string, unit: string, lower: number, upper: number): [number, number] {
  const info = paramInfo(path);
  const toUnit = (x: number): number => (unit === si ? x : convert(x, si, unit));
  const lo = info?.min !== undefined ? Math.max(lower, toUnit(info.min)) : lower;
  const hi = info?.max !== undefined ? Math.min(upper, toUnit(info.max)) : upper;
  if (!(hi > lo))
    throw new InputError('--fit', path, `a parameter with room to vary (declared range ends at ${lo})`);
  return [lo, hi];
}

/**
 * A declared numeric field without a table entry: from a third to three times its value (±10 K for
 * temperatures, in °C), within its declared range; the scenario's value (or the loaded default) is the start.
 */
function openParameter(path: string, raw: unknown, loaded: unknown): FitParameter {
  const known = Object.keys(FIT_RANGES).join(', ');
  const info = paramInfo(path);
  if (!info || info.unit === undefined) {
    throw new InputError('--fit', path, `a numeric scenario parameter, e.g. one of ${known}`);
  }
  const si = info.unit;
  let unit = si === 'K' ? 'degC' : si;
  let value: number | undefined;
  if (typeof raw === 'string' && si !== 'K' && si !== '') {
    const q = parseQuantity(raw, path);
    if (typeof q !== 'number') unit = q.formatUnits();
  }
  const siValue = siValueAt(loaded, path);
  if (siValue !== undefined) value = unit === si ? siValue : convert(siValue, si, unit);
  if (value === undefined)
    throw new InputError('--fit', path, `a field the scenario gives a value for (${path} is not set)`);
  const temperature = si === 'K';
  if (!temperature && !(value > 0)) {
    throw new InputError(
      '--fit',
      path,
      `a positive value to search around (it is ${value}), or one of ${known}`,
    );
  }
  const [lower, upper] = declared(
    path,
    si,
    unit,
    temperature ? value - 10 : value / 3,
    temperature ? value + 10 : value * 3,
  );
  return { path, unit, written: unit, lower, upper, start: Math.min(upper, Math.max(lower, value)) };
}

/** A parameter value as the scenario writes it: "0.62 1/h", "180 m^2", 0.3. */
export function formatValue(p: Pick<FitParameter, 'written'>, x: number): string {
  const v = +x.toPrecision(5);
  return p.written === '' ? String(v) : `${v} ${p.written}`;
}
