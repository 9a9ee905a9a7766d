/**
 * `heat-twin size-hx`: size a heat exchanger at its nominal point (ε–NTU / LMTD) and select a chevron plate
 * pack within pressure-drop and velocity limits (Martin / VDI Heat Atlas N6); or, with `--ua`, `--plates` or
 * `--area`, rate an installed exchanger. Quantities are unit strings parsed at this boundary.
 */
import {
  checkArrangement,
  type Fluid,
  InputError,
  type NominalField,
  type NominalSpec,
  PhysicsError,
  LIMIT_RANGES,
  type PlateLimits,
  plateLimits,
  parseFluid,
  plateArea,
  rateExchanger,
  sizeNominal,
  sizePlate,
} from '../core';
import { Display, unitSystemArg } from './display';
import { nominalJson, nominalLines, plateLines, ratingJson, ratingLines } from './hxReport';
import { type CliIo, UsageError } from './io';
import { optionHelp, parseCommandArgs, parseOptions } from './options';
import { parsePasses, parsePlate } from './plateArg';
import { OPTIONS } from './sizeHxOptions';
import { flowArg, MAX_MASS_FLOW, MAX_VOLUME_FLOW } from './studyArgs';
import { rangeInTyped } from './typedRange';
import { quantity, withUnits } from './units';

export { parsePlate } from './plateArg';

export const summary = 'size or rate a heat exchanger (UA, NTU, ε, LMTD; plates, Δp and velocity limits)';

const LABELS: Record<NominalField, string> = {
  duty: '--duty',
  hotIn: '--hot-in',
  hotOut: '--hot-out',
  coldIn: '--cold-in',
  coldOut: '--cold-out',
  hotFlow: '--hot-flow',
  coldFlow: '--cold-flow',
};

export { OPTIONS } from './sizeHxOptions';

const HELP = [
  'heat-twin size-hx — size a heat exchanger at its nominal point, or rate an installed one',
  '',
  'Usage: heat-twin size-hx [options]',
  '',
  ...optionHelp(OPTIONS),
  '',
  'Sizing: give any consistent subset — each stream needs two of its inlet, outlet and flow, plus --duty or',
  'one stream with all three; over-specified values must agree within 0.1 %. With --plate, the fewest',
  'plates (1–4 passes per side) that reach the UA within the Δp and velocity limits; the report says which',
  'limit governed and warns about any the plate size cannot meet.',
  'Rating: --ua, or --plate with --plates or --area, plus --hot-in, --cold-in, --hot-flow, --cold-flow.',
  'Properties: cp at the mean of each stream’s inlet and outlet temperatures, iterated (sizing and rating).',
  '',
  'Example: heat-twin size-hx --duty "2.7 MW" --hot-in "80 degC" --hot-out "55 degC" --cold-in "45 degC" \\',
  '           --cold-out "70 degC" --hot-fluid "propylene-glycol 30%" --plate medium',
].join('\n');

/**
 * The fluid of a stream at its loop pressure; a refusal names the option that is wrong: the fluid's, or the
 * pressure's with the text as typed (the core checks the pressure while it builds the fluid).
 */
function fluidArg(
  text: string | undefined,
  flag: string,
  pressure: { value: number; text: string | undefined; flag: string },
): Fluid {
  try {
    return parseFluid(text ?? 'water', pressure.value);
  } catch (e) {
    if (e instanceof InputError && e.field === 'pressure')
      throw new InputError(
        pressure.flag,
        pressure.text,
        'an absolute pressure between 0.01 bar and 220.64 bar (the critical point of water)',
      );
    if (e instanceof InputError) throw new InputError(flag, text, e.allowed);
    throw e;
  }
}

/** A stream's fluid (`--hot-fluid`, default water) at its loop pressure (`--hot-pressure`, default 3 bar). */
function streamFluid(v: Values, side: 'hot' | 'cold'): Fluid {
  const text = str(v, `${side}-pressure`);
  const flag = `--${side}-pressure`;
  const value = text !== undefined ? quantity(text, 'Pa', flag) : 3e5;
  return fluidArg(str(v, `${side}-fluid`), `--${side}-fluid`, { value, text, flag });
}

/**
 * Largest value a size-hx input may take, SI: far beyond any plant (a 10 GW duty, 100,000 kg/s), so a number
 * that only a unit prefix made absurd ("1e14 TW") is refused instead of printed as 2.4e21 kg/s.
 */
const MAX: Record<string, [number, string]> = {
  W: [1e10, '10 GW'],
  'kg/s': MAX_MASS_FLOW,
  'm^3/s': MAX_VOLUME_FLOW,
  'W/K': [1e10, '10 GW/K'],
  'm^2': [1e6, '1,000,000 m²'],
};

/**
 * A quantity that must be above 0 (a duty, a flow, UA, an area; a temperature above absolute zero) and at most
 * MAX, refused here with the text as typed: the core's own check would show the SI number ("--hot-in =
 * -26.85" for "-300 degC").
 */
function positiveQuantity(text: string, unit: string, flag: string): number {
  const x = quantity(text, unit, flag);
  const max = MAX[unit];
  if (!(x > 0) || (max && !(x <= max[0]))) {
    const allowed =
      unit === 'K'
        ? 'a temperature above absolute zero (0 K)'
        : max
          ? `above 0 and at most ${max[1]}`
          : 'a value above 0';
    throw new InputError(flag, text, allowed);
  }
  return x;
}

type Values = Record<string, string | boolean | undefined>;

const str = (v: Values, k: string): string | undefined => v[k] as string | undefined;

function limitsArg(v: Values): Partial<PlateLimits> {
  const l: Partial<PlateLimits> = {};
  const both = str(v, 'max-dp');
  if (both !== undefined) {
    l.maxPressureDropHot = quantity(both, 'Pa', '--max-dp');
    l.maxPressureDropCold = l.maxPressureDropHot;
  }
  const hot = str(v, 'max-dp-hot');
  const cold = str(v, 'max-dp-cold');
  if (hot !== undefined) l.maxPressureDropHot = quantity(hot, 'Pa', '--max-dp-hot');
  if (cold !== undefined) l.maxPressureDropCold = quantity(cold, 'Pa', '--max-dp-cold');
  const vel = str(v, 'max-velocity');
  const port = str(v, 'max-port-velocity');
  if (vel !== undefined) l.maxChannelVelocity = quantity(vel, 'm/s', '--max-velocity');
  if (port !== undefined) l.maxPortVelocity = quantity(port, 'm/s', '--max-port-velocity');
  // the core's ranges, refused under the flag that set the limit, in the unit it was typed in
  const typed: Partial<Record<keyof PlateLimits, [flag: string, text: string | undefined, bare: string]>> = {
    maxPressureDropHot: hot !== undefined ? ['--max-dp-hot', hot, 'kPa'] : ['--max-dp', both, 'kPa'],
    maxPressureDropCold: cold !== undefined ? ['--max-dp-cold', cold, 'kPa'] : ['--max-dp', both, 'kPa'],
    maxChannelVelocity: ['--max-velocity', vel, 'm/s'],
    maxPortVelocity: ['--max-port-velocity', port, 'm/s'],
  };
  try {
    plateLimits(l);
  } catch (e) {
    if (!(e instanceof InputError && Object.hasOwn(typed, e.field))) throw e;
    const key = e.field as keyof PlateLimits;
    const t = typed[key];
    if (!t || t[1] === undefined) throw e;
    const [lo, hi, si] = LIMIT_RANGES[key];
    throw new InputError(t[0], t[1], rangeInTyped(lo, hi, si, t[1], t[2]));
  }
  return l;
}

/** The boiling limit's advice names the options that set the loop pressure. */
function withPressureHint<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PhysicsError && /raise the loop pressure/.test(e.message)) {
      throw new PhysicsError(
        e.message.replace(
          'raise the loop pressure',
          'raise the loop pressure (--hot-pressure / --cold-pressure, absolute, e.g. "5 bar")',
        ),
      );
    }
    throw e;
  }
}

/**
 * Quantities in the plain forms are read without mathjs (units.ts); any other unit loads the core's parser and
 * the command runs again — it writes its output only after the last quantity is read.
 */
export function run(args: string[], io: CliIo): Promise<number> {
  return withUnits(() => sizeHx(args, io));
}

function sizeHx(args: string[], io: CliIo): number {
  const { values: v } = parseCommandArgs('size-hx', args, parseOptions(OPTIONS), false) as { values: Values };
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const display = new Display(unitSystemArg(str(v, 'units')));
  const hotFluid = streamFluid(v, 'hot');
  const coldFluid = streamFluid(v, 'cold');
  const arrangement = checkArrangement(str(v, 'arrangement') ?? 'counterflow', '--arrangement');
  const plate = str(v, 'plate') !== undefined ? parsePlate(str(v, 'plate')!) : undefined;
  if (plate && arrangement !== 'counterflow') {
    throw new UsageError(
      `--plate selects a plate pack, which is counterflow (or multi-pass, see --passes): drop --arrangement ${arrangement}`,
    );
  }
  const limits = limitsArg(v);
  const passes = str(v, 'passes') !== undefined ? parsePasses(str(v, 'passes')!) : undefined;
  if (!plate) {
    const stray = [
      'max-dp',
      'max-dp-hot',
      'max-dp-cold',
      'max-velocity',
      'max-port-velocity',
      'passes',
      'plates',
      'area',
    ]
      .filter((k) => v[k] !== undefined)
      .map((k) => `--${k}`);
    if (stray.length > 0) {
      throw new UsageError(
        `${stray.join(', ')} need${stray.length === 1 ? 's' : ''} a plate geometry: add --plate (e.g. --plate medium)`,
      );
    }
  }
  const rating = ['ua', 'plates', 'area'].filter((k) => v[k] !== undefined);
  if (rating.length > 0) {
    return withPressureHint(() =>
      rate(v, io, display, { hotFluid, coldFluid, arrangement, plate, passes, rating }),
    );
  }
  const spec: NominalSpec = { hotFluid, coldFluid, arrangement, labels: LABELS };
  if (v.duty !== undefined) spec.duty = positiveQuantity(str(v, 'duty')!, 'W', '--duty');
  for (const [k, f] of [
    ['hot-in', 'hotIn'],
    ['hot-out', 'hotOut'],
    ['cold-in', 'coldIn'],
    ['cold-out', 'coldOut'],
  ] as const) {
    if (v[k] !== undefined) spec[f] = positiveQuantity(str(v, k)!, 'K', `--${k}`);
  }
  for (const side of ['hot', 'cold'] as const) {
    const text = str(v, `${side}-flow`);
    if (text === undefined) continue;
    const f = flowArg(text, `--${side}-flow`);
    if (f.mass !== undefined) spec[`${side}Flow`] = f.mass;
    else spec[`${side}VolumeFlow`] = f.volume!;
  }
  const point = withPressureHint(() => sizeNominal(spec));
  const design = plate
    ? sizePlate(point, plate.geometry, { limits, ...(passes ? { passes } : {}) })
    : undefined;
  if (v.json) io.out(JSON.stringify(nominalJson(point, design), null, 2));
  else {
    for (const line of nominalLines(point, display)) io.out(line);
    if (design) for (const line of plateLines(design, plate?.preset, display)) io.out(line);
  }
  return 0;
}

interface RateContext {
  hotFluid: Fluid;
  coldFluid: Fluid;
  arrangement: ReturnType<typeof checkArrangement>;
  plate: ReturnType<typeof parsePlate> | undefined;
  passes: { hot: number; cold: number } | undefined;
  rating: string[];
}

/** Rating mode: --ua, or --plate with --plates or --area; inlets and flows given, outlets computed. */
function rate(v: Values, io: CliIo, display: Display, c: RateContext): number {
  if (c.rating.length > 1) {
    throw new UsageError(
      `give one of --ua, --plates, --area to rate an exchanger, not ${c.rating.map((k) => `--${k}`).join(' and ')}`,
    );
  }
  const given = ['duty', 'hot-out', 'cold-out'].filter((k) => v[k] !== undefined).map((k) => `--${k}`);
  if (given.length > 0) {
    throw new UsageError(
      `rating computes ${given.join(', ')} from the exchanger: drop ${given.length === 1 ? 'it' : 'them'}, or drop --${c.rating[0]} to size instead`,
    );
  }
  const missing = ['hot-in', 'cold-in', 'hot-flow', 'cold-flow']
    .filter((k) => v[k] === undefined)
    .map((k) => `--${k}`);
  if (missing.length > 0) throw new UsageError(`rating --${c.rating[0]} also needs ${missing.join(', ')}`);
  const hotIn = positiveQuantity(str(v, 'hot-in')!, 'K', '--hot-in');
  const coldIn = positiveQuantity(str(v, 'cold-in')!, 'K', '--cold-in');
  const hf = flowArg(str(v, 'hot-flow')!, '--hot-flow');
  const cf = flowArg(str(v, 'cold-flow')!, '--cold-flow');
  const exchanger = ratedExchanger(v, c);
  // Volume flows → mass with the density at the stream's mean temperature, iterated with the rating.
  let hotMean = hotIn;
  let coldMean = coldIn;
  let r!: ReturnType<typeof rateExchanger>;
  let hotFlow = 0;
  let coldFlow = 0;
  for (let i = 0; i < 20; i++) {
    hotFlow = hf.mass ?? hf.volume! * c.hotFluid.density(hotMean);
    coldFlow = cf.mass ?? cf.volume! * c.coldFluid.density(coldMean);
    r = rateExchanger({
      hotFluid: c.hotFluid,
      coldFluid: c.coldFluid,
      hotIn,
      coldIn,
      hotFlow,
      coldFlow,
      arrangement: c.arrangement,
      ...exchanger,
    });
    const hm = 0.5 * (hotIn + r.hotOut);
    const cm = 0.5 * (coldIn + r.coldOut);
    const done = Math.abs(hm - hotMean) < 1e-9 && Math.abs(cm - coldMean) < 1e-9;
    hotMean = hm;
    coldMean = cm;
    if (done || (hf.mass !== undefined && cf.mass !== undefined)) break;
  }
  const s = { hotLabel: c.hotFluid.label, coldLabel: c.coldFluid.label, hotIn, coldIn, hotFlow, coldFlow };
  if (v.json) io.out(JSON.stringify(ratingJson(r, s, c.plate?.geometry), null, 2));
  else {
    const geometry = {
      ...(c.plate?.preset ? { preset: c.plate.preset } : {}),
      ...(c.plate ? { plate: c.plate.geometry } : {}),
    };
    for (const line of ratingLines(r, s, geometry, display)) io.out(line);
  }
  return 0;
}

type RatedExchanger =
  | { ua: number }
  | {
      plate: {
        geometry: ReturnType<typeof parsePlate>['geometry'];
        plates: number;
        passes?: { hot: number; cold: number };
      };
    };

/** The exchanger rated: a bare UA (--ua), or the plate pack with --plates, or as many plates as --area needs. */
function ratedExchanger(v: Values, c: RateContext): RatedExchanger {
  if (c.rating[0] === 'ua') {
    const ua = positiveQuantity(str(v, 'ua')!, 'W/K', '--ua');
    if (c.plate) throw new UsageError('--ua rates a bare UA: drop --plate, or give --plates instead of --ua');
    return { ua };
  }
  if (!c.plate)
    throw new UsageError(`--${c.rating[0]} needs a plate geometry: add --plate (e.g. --plate medium)`);
  let plates: number;
  if (c.rating[0] === 'plates') {
    plates = Number(str(v, 'plates'));
    if (!(Number.isInteger(plates) && plates >= 3 && plates <= 1500)) {
      throw new InputError('--plates', str(v, 'plates'), 'a whole number of plates from 3 to 1500');
    }
  } else {
    const area = positiveQuantity(str(v, 'area')!, 'm^2', '--area');
    plates = Math.round(area / plateArea(c.plate.geometry)) + 2;
    if (!(plates >= 3 && plates <= 1500))
      throw new InputError('--area', str(v, 'area'), 'an area of 1 to 1498 plates of this size');
  }
  return { plate: { geometry: c.plate.geometry, plates, ...(c.passes ? { passes: c.passes } : {}) } };
}
