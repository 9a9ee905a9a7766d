/**
 * Checks and messages of nominal-point sizing (nominal.ts): which quantities determine a point and which to
 * add when it is under-specified, temperature-cross and impossible-temperature checks whose messages say
 * which value to change and by how much.
 */
import { InputError, PhysicsError, toCelsius } from '../errors';
import type { Fluid } from '../fluids/types';
import type { FlowArrangement } from './effectiveness';

/** The seven nominal-point quantities a caller may give. */
export type NominalField = 'duty' | 'hotIn' | 'hotOut' | 'coldIn' | 'coldOut' | 'hotFlow' | 'coldFlow';

export const NOMINAL_FIELDS: readonly NominalField[] = [
  'duty',
  'hotIn',
  'hotOut',
  'coldIn',
  'coldOut',
  'hotFlow',
  'coldFlow',
];

/** Relative tolerance on an over-specified energy balance (0.1 %). */
export const BALANCE_TOLERANCE = 1e-3;

/** Thrown when too few quantities are given; an InputError so the CLI exits with code 2. */
export class UnderSpecifiedError extends InputError {
  constructor(
    readonly missing: string[][],
    message: string,
  ) {
    super('nominal point', 'under-specified', message);
    this.message = message;
  }
}

export function fmt(x: number, digits = 4): string {
  return String(+x.toPrecision(digits));
}
export function degC(k: number): string {
  return `${toCelsius(k).toFixed(1)} °C`;
}
export function kelvinDiff(x: number): string {
  return `${x < 0.05 ? x.toPrecision(2) : x.toFixed(1)} K`;
}

type Side = { inn: boolean; out: boolean; flow: boolean };

function sideCount(s: Side): number {
  return (s.inn ? 1 : 0) + (s.out ? 1 : 0) + (s.flow ? 1 : 0);
}

/** Whether the set of given quantities determines the point (2 equations, 7 unknowns). */
export function determined(known: Record<NominalField, boolean>): boolean {
  const h = sideCount({ inn: known.hotIn, out: known.hotOut, flow: known.hotFlow });
  const c = sideCount({ inn: known.coldIn, out: known.coldOut, flow: known.coldFlow });
  if (known.duty) return h >= 2 && c >= 2;
  return (h === 3 && c >= 2) || (c === 3 && h >= 2);
}

/** The smallest sets of extra quantities that would make the point determined. */
function completions(known: Record<NominalField, boolean>): NominalField[][] {
  const missing = NOMINAL_FIELDS.filter((f) => !known[f]);
  for (let k = 1; k <= missing.length; k++) {
    const found: NominalField[][] = [];
    const pick = (start: number, chosen: NominalField[]): void => {
      if (chosen.length === k) {
        const trial = { ...known };
        for (const f of chosen) trial[f] = true;
        if (determined(trial)) found.push([...chosen]);
        return;
      }
      for (let i = start; i < missing.length; i++) pick(i + 1, [...chosen, missing[i]!]);
    };
    pick(0, []);
    if (found.length > 0) return found;
  }
  return [];
}

export function underSpecified(
  known: Record<NominalField, boolean>,
  label: (f: NominalField) => string,
): never {
  const sets = completions(known);
  const k = sets[0]?.length ?? 0;
  const union = NOMINAL_FIELDS.filter((f) => sets.some((s) => s.includes(f)));
  // If every k-subset of the union works, "give k of …" is exact; otherwise list the alternatives.
  let combos = 0;
  const n = union.length;
  let binom = 1;
  for (let i = 0; i < k; i++) binom = (binom * (n - i)) / (i + 1);
  combos = binom;
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
  let msg: string;
  if (sets.length === combos) {
    msg =
      k === union.length
        ? `under-specified: also give ${union.map(label).join(' and ')}`
        : `under-specified: give ${words[k]} of ${union.map(label).join(', ')}`;
  } else if (sets.length <= 6) {
    msg = `under-specified: also give ${sets.map((s) => s.map(label).join(' and ')).join('; or ')}`;
  } else {
    msg = `under-specified: give ${words[k] ?? k} more of ${union.map(label).join(', ')}`;
  }
  msg += ' (each stream needs two of its inlet, outlet and flow, plus the duty or one stream with all three)';
  throw new UnderSpecifiedError(
    sets.map((s) => s.map(label)),
    msg,
  );
}

export function meanOf(a: number | undefined, b: number | undefined): number {
  if (a !== undefined && b !== undefined) return 0.5 * (a + b);
  return (a ?? b)!;
}

export function fmtW(w: number): string {
  return Math.abs(w) >= 1e6
    ? `${fmt(w / 1e6)} MW`
    : Math.abs(w) >= 1e3
      ? `${fmt(w / 1e3)} kW`
      : `${fmt(w)} W`;
}

/** A solved temperature that is not finite or not positive means the given numbers are wildly off. */
export function guardTemperature(
  fluid: Fluid,
  tin: number,
  tout: number,
  side: 'hot' | 'cold',
  label: (f: NominalField) => string,
): void {
  for (const [t, f] of [
    [tin, side === 'hot' ? 'hotIn' : 'coldIn'],
    [tout, side === 'hot' ? 'hotOut' : 'coldOut'],
  ] as const) {
    if (!(Number.isFinite(t) && t > 0)) {
      throw new PhysicsError(
        `the energy balance puts the ${side} stream's ${f.endsWith('In') ? 'inlet' : 'outlet'} at ${fmt(t)} K ` +
          `(${label(f)}), which is impossible: check the duty and the ${side} flow`,
      );
    }
    if (t < fluid.freezingPoint || t > fluid.maxTemperature) {
      // The fluid model's own, fully worded PhysicsError (fluid, temperature and limit), under the end it is.
      try {
        fluid.specificHeat(t);
      } catch (e) {
        if (!(e instanceof PhysicsError)) throw e;
        const end = `${side} ${f.endsWith('In') ? 'inlet' : 'outlet'}`;
        throw new PhysicsError(`the ${end} (${label(f)}): ${e.message}`);
      }
    }
  }
}

/** Temperature-cross checks with messages that say which temperature to move and by how much. */
export function checkCross(
  arrangement: FlowArrangement,
  t: { Thi: number; Tho: number; Tci: number; Tco: number },
  given: Record<NominalField, boolean>,
  label: (f: NominalField) => string,
  s: { duty: number; hotCp: number; coldCp: number; hotFlow: number; coldFlow: number },
): void {
  const { Thi, Tho, Tci, Tco } = t;
  const how = (f: NominalField): string => (given[f] ? '' : ' (from the energy balance)');
  if (arrangement === 'parallel') {
    const d = Tco - Tho;
    if (d >= 0) {
      const fixes: string[] = [];
      if (given.coldOut) fixes.push(`lower ${label('coldOut')} by more than ${kelvinDiff(d)}`);
      if (given.hotOut) fixes.push(`raise ${label('hotOut')} by more than ${kelvinDiff(d)}`);
      fixes.push('or use counterflow');
      throw new PhysicsError(
        `parallel flow: cold outlet ${degC(Tco)}${how('coldOut')} is not below hot outlet ${degC(Tho)}${how('hotOut')}: ` +
          fixes.join(', '),
      );
    }
    return;
  }
  // Counterflow and crossflow: the cold outlet must stay below the hot inlet and the hot outlet above the
  // cold inlet (for crossflow this is necessary, the ε ≤ ε_max check below is the sufficient condition).
  const d1 = Tco - Thi;
  if (d1 >= 0) {
    const fixes: string[] = [];
    if (given.coldOut) fixes.push(`lower ${label('coldOut')} by more than ${kelvinDiff(d1)}`);
    else if (given.coldFlow)
      fixes.push(`raise ${label('coldFlow')} above ${fmt(s.duty / (s.coldCp * (Thi - Tci)))} kg/s`);
    if (given.hotIn) fixes.push(`raise ${label('hotIn')} by more than ${kelvinDiff(d1)}`);
    else if (given.coldIn) fixes.push(`lower ${label('coldIn')}`);
    throw new PhysicsError(
      `cold outlet ${degC(Tco)}${how('coldOut')} is not below hot inlet ${degC(Thi)}${how('hotIn')} ` +
        `(temperature cross): ${fixes.join(' or ')}`,
    );
  }
  const d2 = Tci - Tho;
  if (d2 >= 0) {
    const fixes: string[] = [];
    if (given.hotOut) fixes.push(`raise ${label('hotOut')} by more than ${kelvinDiff(d2)}`);
    else if (given.hotFlow)
      fixes.push(`raise ${label('hotFlow')} above ${fmt(s.duty / (s.hotCp * (Thi - Tci)))} kg/s`);
    if (given.coldIn) fixes.push(`lower ${label('coldIn')} by more than ${kelvinDiff(d2)}`);
    else if (given.hotIn) fixes.push(`raise ${label('hotIn')}`);
    throw new PhysicsError(
      `hot outlet ${degC(Tho)}${how('hotOut')} is not above cold inlet ${degC(Tci)}${how('coldIn')} ` +
        `(temperature cross): ${fixes.join(' or ')}`,
    );
  }
}
