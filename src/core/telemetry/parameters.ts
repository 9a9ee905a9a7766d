/**
 * Scenario parameters a calibration may adjust: the range searched and the unit values are written in.
 *
 * The ranges are the physically plausible part of each field's validation range in the scenario schema
 * (core/models/scenario.ts; the schema's own bounds are wider, e.g. leakage 0–10 1/h). Any other numeric
 * field may be fitted too: it is searched from a third to three times its value in the scenario, and
 * values the schema refuses count as failed evaluations.
 */
import { InputError } from '../errors';
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
  'backupHeater.efficiency': { unit: '', lower: 0.3, upper: 1.1, si: '' },
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
    return openParameter(path, raw);
  });
}

/** A field without a table entry: ÷3 … ×3 around its value, in the unit the scenario writes it in. */
function openParameter(path: string, raw: unknown): FitParameter {
  const known = Object.keys(FIT_RANGES).join(', ');
  let value: number | undefined;
  let unit = '';
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    let q: ReturnType<typeof parseQuantity>;
    try {
      q = parseQuantity(raw, path);
    } catch {
      throw new InputError(
        '--fit',
        path,
        `a numeric field (${path} is ${JSON.stringify(raw.slice(0, 40))}), e.g. one of ${known}`,
      );
    }
    if (typeof q === 'number') value = q;
    else {
      unit = q.formatUnits();
      value = q.toNumber(unit);
    }
  }
  if (value === undefined || !(value > 0) || unit.startsWith('deg')) {
    throw new InputError('--fit', path, `a positive numeric field set in the scenario, or one of ${known}`);
  }
  return { path, unit, written: unit, lower: value / 3, upper: value * 3, start: value };
}

/** A parameter value as the scenario writes it: "0.62 1/h", "180 m^2", 0.3. */
export function formatValue(p: Pick<FitParameter, 'written'>, x: number): string {
  const v = +x.toPrecision(5);
  return p.written === '' ? String(v) : `${v} ${p.written}`;
}
